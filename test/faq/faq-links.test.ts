import { expect, html } from '@open-wc/testing';
import { faqFixture, seedFaq, settle } from './harness.js';

const ids = (root: ParentNode) => [...root.querySelectorAll('dk-faq-item')].map((item) => item.id);

describe('dk-faq deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it("gives every item a stable id from its question, keeping an author's own id", async () => {
    const { faq } = await faqFixture(html`<dk-faq>
      <dk-faq-item question="Does it hurt?"><p>Barely.</p></dk-faq-item>
      <dk-faq-item id="downtime" question="How much downtime?"><p>A day.</p></dk-faq-item>
      <dk-faq-item><span slot="question">Is it safe?</span><p>Yes.</p></dk-faq-item>
    </dk-faq>`);
    expect(ids(faq)).to.deep.equal(['does-it-hurt', 'downtime', 'is-it-safe']);
  });

  it('keeps ids unique on the page', async () => {
    const { faq } = await faqFixture(html`<div>
      <p id="does-it-hurt">A page element already using the id.</p>
      <dk-faq>
        <dk-faq-item question="Does it hurt?"><p>Barely.</p></dk-faq-item>
        <dk-faq-item question="Does it hurt?"><p>Still barely.</p></dk-faq-item>
      </dk-faq>
    </div>`);
    expect(ids(faq)).to.deep.equal(['does-it-hurt-2', 'does-it-hurt-3']);
  });

  it('follows a question that changes, and gives a clone its own id', async () => {
    const { faq, items } = await faqFixture(seedFaq());
    items[2]!.setAttribute('question', 'How many sessions will I need?');
    await settle(...items);
    expect(items[2]!.id).to.equal('how-many-sessions-will-i-need');
    const copy = items[2]!.cloneNode(true);
    faq.append(copy);
    await settle(faq);
    expect((copy as Element).id).to.equal('how-many-sessions-will-i-need-2');
    expect(items[2]!.id).to.equal('how-many-sessions-will-i-need');
  });

  it('opens the item a hash names and scrolls to it, on hashchange', async () => {
    const { items } = await faqFixture(`<div><div style="height: 3000px"></div>${seedFaq()}</div>`);
    location.hash = '#can-it-help-with-acne-scars';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await settle(...items);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const item = items[4]!;
    expect(item.open).to.equal(true);
    const { top, bottom } = item.getBoundingClientRect();
    expect(window.scrollY, 'scrolled down the page').to.be.greaterThan(2000);
    expect(top).to.be.at.least(0);
    expect(bottom).to.be.at.most(window.innerHeight);
  });

  it('opens the item whose answer holds the element a hash names', async () => {
    const { items } = await faqFixture(html`<dk-faq>
      <dk-faq-item question="Where are you?"><p>Harbor Street 4.</p></dk-faq-item>
      <dk-faq-item question="What does it cost?"><table id="prices"><tr><td>One session</td></tr></table></dk-faq-item>
    </dk-faq>`);
    location.hash = '#prices';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await settle(...items);
    expect(items.map((item) => item.open)).to.deep.equal([false, true]);
  });

  it('opens the item named by the hash the page was loaded with', async () => {
    history.replaceState(null, '', '#does-microneedling-damage-the-skin-barrier');
    const { items } = await faqFixture(seedFaq());
    await settle(...items);
    await settle(...items);
    expect(items[3]!.open).to.equal(true);
  });

  it('ignores a malformed hash', async () => {
    const { items } = await faqFixture(seedFaq());
    location.hash = '#%E0%A4%A';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await settle(...items);
    expect(items.some((item) => item.open)).to.equal(false);
  });
});
