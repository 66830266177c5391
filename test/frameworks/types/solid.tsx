/** @jsxImportSource solid-js */
// Solid JSX with `dermakit/solid`: `on:dk-toggle` is the native listener.
import type {} from 'dermakit/solid';

export const faq = () => (
  <dk-faq multiple heading-level="2">
    <dk-faq-item question="Does it hurt?" open on:dk-toggle={(event) => event.detail.open satisfies boolean} />
  </dk-faq>
);
export const plan = () => (
  <dk-treatment-plan sessions="3" on:dk-download={(event) => event.detail.filename satisfies string} />
);
// @ts-expect-error `open` is a boolean
export const wrongType = () => <dk-faq-item open="yes" />;
// @ts-expect-error dk-toggle's detail has no `position`
export const wrongDetail = () => <dk-faq-item on:dk-toggle={(event) => event.detail.position} />;
