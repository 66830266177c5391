// Svelte with `dermakit/svelte`: the tags join `svelte/elements`' SvelteHTMLElements, which svelte-check reads for
// `<dk-faq-item ondk-toggle={…}>` (Svelte 5) or `on:dk-toggle` (Svelte 4). This checks the attributes it sees.
import type {} from 'dermakit/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const item: SvelteHTMLElements['dk-faq-item'] = {
  question: 'Does it hurt?',
  open: true,
  class: 'faq',
  'ondk-toggle': (event) => event.detail.open satisfies boolean,
  'on:dk-toggle': (event) => event.detail.open satisfies boolean,
};
export const gauge: SvelteHTMLElements['dk-collagen-gauge'] = { value: '40', 'show-types': true };
// @ts-expect-error `open` is a boolean
export const wrongType: SvelteHTMLElements['dk-faq-item'] = { open: 'yes' };
// @ts-expect-error dk-toggle's detail has no `position`
export const wrongDetail: SvelteHTMLElements['dk-faq-item'] = { 'ondk-toggle': (event) => event.detail.position };
