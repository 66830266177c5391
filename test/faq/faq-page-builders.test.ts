// What page builders do to pasted markup: wrap it, re-render it, clone, move and reorder items after load.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DkFaqItem } from '../../src/faq/faq-item.js';
import { flatText } from '../helpers.js';
import { answerShows, buttonOf, faqFixture, focusedIn, itemsOf, panelOf, seedFaq, settle } from './harness.js';

describe('dk-faq in page builders', () => {
  it('works with items wrapped in other elements and stray <p>/<br> from wpautop', async () => {
    const { faq, items } = await faqFixture(`<dk-faq>
      <p></p>
      <div class="wp-block-group"><dk-faq-item question="One"><p>1</p></dk-faq-item><br></div>
      <div class="wp-block-group"><dk-faq-item question="Two"><p>2</p></dk-faq-item></div>
    </dk-faq>`);
    buttonOf(items[0]!).click();
    await settle(...items);
    buttonOf(items[1]!).click();
    await settle(...items);
    expect(items.map((item) => item.open)).to.deep.equal([false, true]);
    items[1]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedIn(items[0]!)).to.equal(buttonOf(items[0]!));
    await expect(faq).to.be.accessible();
  });

  it('keeps single-open and keyboard order for items added, reordered and moved in later', async () => {
    const { faq, items } = await faqFixture(seedFaq());
    const other = await fixture<HTMLElement>(
      `<dk-faq><dk-faq-item question="Elsewhere"><p>x</p></dk-faq-item></dk-faq>`,
    );
    const moved = other.querySelector('dk-faq-item')!;
    faq.prepend(moved);
    faq.append(items[0]!);
    const added = document.createElement('dk-faq-item') as DkFaqItem;
    added.setAttribute('question', 'Added later');
    added.append(Object.assign(document.createElement('p'), { textContent: 'New answer.' }));
    faq.append(added);
    await settle(faq, added, moved);

    const order = itemsOf(faq);
    expect(order.map((item) => item.questionText)).to.deep.equal([
      'Elsewhere',
      'Is microneedling safe for all skin types?',
      'How many treatments are needed?',
      'Does microneedling damage the skin barrier?',
      'Can it help with acne scars?',
      'How long does collagen production last after microneedling?',
      'Added later',
    ]);
    order[0]!.focus();
    await sendKeys({ press: 'End' });
    expect(focusedIn(added)).to.equal(buttonOf(added));
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedIn(moved)).to.equal(buttonOf(moved));

    buttonOf(added).click();
    await settle(...order);
    buttonOf(moved).click();
    await settle(...order);
    expect(order.filter((item) => item.open)).to.deep.equal([moved]);
  });

  it('works again when its HTML is replaced wholesale', async () => {
    const wrapper = await fixture<HTMLElement>(`<div>${seedFaq()}</div>`);
    wrapper.innerHTML = seedFaq('multiple');
    const items = itemsOf(wrapper);
    await settle(...items);
    buttonOf(items[0]!).click();
    buttonOf(items[1]!).click();
    await settle(...items);
    expect(items.filter((item) => item.open)).to.have.length(2);
  });

  it('works as a deep clone of a whole FAQ, with its own ids', async () => {
    const { faq, items } = await faqFixture(seedFaq());
    items[1]!.open = true;
    await settle(...items);
    const copy = faq.cloneNode(true) as HTMLElement;
    faq.after(copy);
    const copies = itemsOf(copy);
    await settle(...copies);
    expect(copies[1]!.open).to.equal(true);
    expect(answerShows(copies[1]!)).to.equal(true);
    const ids = [...items, ...copies].map((item) => item.id);
    expect(new Set(ids).size).to.equal(10);
    buttonOf(copies[3]!).click();
    await settle(...copies, ...items);
    expect(copies.map((item) => item.open)).to.deep.equal([false, false, false, true, false]);
    expect(items[1]!.open, 'the original keeps its own state').to.equal(true);
  });

  it("works inside another component's shadow root", async () => {
    const host = await fixture<HTMLElement>('<div style="--dk-duration: 0s"></div>');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = seedFaq();
    const items = itemsOf(root);
    await settle(...items);
    expect(items[0]!.id).to.equal('how-long-does-collagen-production-last-after-microneedling');
    buttonOf(items[0]!).click();
    await settle(...items);
    expect(answerShows(items[0]!)).to.equal(true);
  });

  it('turns an item whose empty question slot gets its words later into a question button', async () => {
    const { items } = await faqFixture(
      `<dk-faq><dk-faq-item><span slot="question"></span><p>Answer.</p></dk-faq-item></dk-faq>`,
    );
    expect(buttonOf(items[0]!)).to.equal(null);
    items[0]!.querySelector('span')!.textContent = 'Does it hurt?';
    await settle(...items);
    await settle(...items);
    expect(flatText(buttonOf(items[0]!))).to.equal('Does it hurt?');
    expect(buttonOf(items[0]!).getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps an answer opening smoothly while the page edits another question', async () => {
    const { items } = await faqFixture(seedFaq(), { animate: true });
    buttonOf(items[0]!).click();
    await items[0]!.updateComplete;
    const [animation] = panelOf(items[0]!).getAnimations();
    items[1]!.querySelector('span')!.textContent = 'Is it safe for every skin type?';
    await settle(...items);
    expect(animation!.playState, 'not cancelled by the re-render').not.to.equal('idle');
  });
});
