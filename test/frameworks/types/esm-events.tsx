// An ESM user's `import 'dermakit'` (dist/esm/index.d.ts) types the kit's events on every target.
import type { DkEventMap } from 'dermakit';

document.querySelector('dk-faq-item')!.addEventListener('dk-toggle', (event) => event.detail.open satisfies boolean);
window.addEventListener('dk-change', (event) => event.detail.position satisfies number);
// @ts-expect-error dk-toggle's detail has no `position`
document.addEventListener('dk-toggle', (event) => event.detail.position);
export type Toggle = DkEventMap['dk-toggle'];
