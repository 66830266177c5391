/** Registers `<dk-faq>` and `<dk-faq-item>` (`import 'dermakit/faq'`). */
import { define } from '../core/define.js';
import { DkFaq } from './faq.js';
import { DkFaqItem } from './faq-item.js';

define('dk-faq-item', DkFaqItem);
define('dk-faq', DkFaq);

export { DkFaq, DkFaqItem };
