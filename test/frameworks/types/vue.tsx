// Vue 3 with `dermakit/vue`: the tags join GlobalComponents, which Volar/vue-tsc read to check templates
// (`@dk-toggle` is checked as `onDkToggle`). tsc cannot read a template: this checks the props those tools see.
import type {} from 'dermakit/vue';
import type { GlobalComponents } from 'vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const item: PropsOf<'dk-faq-item'> = {
  question: 'Does it hurt?',
  open: true,
  onDkToggle: (event) => event.detail.open satisfies boolean,
};
export const faq: PropsOf<'dk-faq'> = { multiple: true, 'heading-level': '2' };
// @ts-expect-error `open` is a boolean
export const wrongType: PropsOf<'dk-faq-item'> = { open: 'yes' };
// @ts-expect-error dk-toggle's detail has no `position`
export const wrongDetail: PropsOf<'dk-faq-item'> = { onDkToggle: (event) => event.detail.position };
