/** @jsxImportSource react */
// React 19 JSX with `dermakit/react`: the kit's tags, their properties and attributes, and `ondk-*` listeners.
import type {} from 'dermakit/react';
import type { DkFaqItem } from 'dermakit';

export const faq = (
  <dk-faq multiple heading-level="2" searchable>
    <dk-faq-item
      key="a"
      question="Does it hurt?"
      open
      onClick={() => {}}
      ondk-toggle={(event) => event.detail.open satisfies boolean}
    >
      <p>Hardly.</p>
    </dk-faq-item>
  </dk-faq>
);
export const gauge = (
  <dk-collagen-gauge value="40" show-types showTypes className="wide" ref={(element) => void element?.value} />
);
export const item = <dk-faq-item ref={(element: DkFaqItem | null) => void element?.open} />;

// @ts-expect-error `multiple` is a boolean
export const wrongType = <dk-faq multiple="yes" />;
// @ts-expect-error no such attribute or property
export const unknown = <dk-faq-item opened />;
// @ts-expect-error dk-toggle's detail has no `position`
export const wrongDetail = <dk-faq-item ondk-toggle={(event) => event.detail.position} />;
// Not checked: TypeScript lets any JSX attribute with a hyphen through, so `ondk-change` on a `<dk-faq>` (which
// never fires it) compiles. Misspelled properties and wrong details do not.
