/** @jsxImportSource preact */
// Preact JSX with `dermakit/preact`.
import type {} from 'dermakit/preact';

export const faq = (
  <dk-faq multiple heading-level="2">
    <dk-faq-item question="Does it hurt?" open ondk-toggle={(event) => event.detail.open satisfies boolean} />
  </dk-faq>
);
export const slider = <dk-before-after position="30" ondk-change={(event) => event.detail.position satisfies number} />;
// @ts-expect-error `open` is a boolean
export const wrongType = <dk-faq-item open="yes" />;
// @ts-expect-error dk-toggle's detail has no `position`
export const wrongDetail = <dk-faq-item ondk-toggle={(event) => event.detail.position} />;
