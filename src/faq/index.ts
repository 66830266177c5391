/**
 * Registers `<dk-faq>` and `<dk-faq-item>` (`import 'dermakit/faq'`). The context root comes first and the FAQ is
 * defined before its items: each item then finds the FAQ's settings (heading level) at once instead of through a
 * replayed request, also when only this element is imported.
 */
import '../core/context-root.js';
import { define } from '../core/define.js';
import { DkFaq } from './faq.js';
import { DkFaqItem } from './faq-item.js';

define('dk-faq', DkFaq);
define('dk-faq-item', DkFaqItem);

export { DkFaq, DkFaqItem };
export type { DkEventMap } from '../core/events.js';
