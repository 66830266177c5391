// The FAQ page of `npm run bench`: what a clinic's questions page typically is. Ordinary page text around two
// <dk-faq> groups (12 and 18 questions) for one treatment; its native twin has the same words in <details name>
// under the same headings. The dermakit page is served twice: with dist/dermakit-faq.js, the per-element script
// such a page needs, and with the whole kit (dist/dermakit.js).
import { faqItems } from './content.mjs';
import { dermakitProbe, escape, nativeProbe, shell } from './shell.mjs';

const HEADING = 'Microneedling at Harbor Skin Clinic: your questions';
const GROUPS = [
  { id: 'before', heading: 'Before and on the day', from: 0, count: 12 },
  { id: 'after', heading: 'After your treatment', from: 12, count: 18 },
];
const questions = faqItems('Microneedling', 30);

const intro = `<p>Microneedling uses very fine needles to make tiny, controlled channels in the skin. The skin repairs
them by laying down new collagen, which softens scars and fine lines and evens out texture over the following months.</p>
<p>Below are the questions our patients ask most often. If yours is not here, call us on 0123 456 789 or ask at your
free consultation: we would rather answer a question twice than have you worry once.</p>`;

const outro = `<h2>Still unsure?</h2>
<p>Book a free, no-obligation consultation. We look at your skin, talk through what is realistic, and give you a
written plan and price before anything starts.</p>
<footer><p>Harbor Skin Clinic, 12 Quay Street. Open Monday to Saturday, 9:00–18:00.</p></footer>`;

/** The FAQ page loading `src` (dermakit-faq.js or dermakit.js, of one build). */
export function dermakitFaqPage(src) {
  const groups = GROUPS.map(({ heading, from, count }) => {
    const items = questions
      .slice(from, from + count)
      .map(
        (q) =>
          `  <dk-faq-item><span slot="question">${escape(q.question)}</span><p>${escape(q.answer)}</p></dk-faq-item>`,
      )
      .join('\n');
    return `<h2>${escape(heading)}</h2>\n<dk-faq>\n${items}\n</dk-faq>`;
  });
  return shell('dermakit FAQ bench', HEADING, `${intro}\n${groups.join('\n')}\n${outro}`, dermakitProbe(src));
}

export function nativeFaqPage() {
  const groups = GROUPS.map(({ id, heading, from, count }) => {
    const items = questions
      .slice(from, from + count)
      .map(
        (q) =>
          `  <details name="faq-${id}"><summary>${escape(q.question)}</summary><p>${escape(q.answer)}</p></details>`,
      )
      .join('\n');
    return `<h2>${escape(heading)}</h2>\n<div>\n${items}\n</div>`;
  });
  return shell('native FAQ bench', HEADING, `${intro}\n${groups.join('\n')}\n${outro}`, nativeProbe);
}
