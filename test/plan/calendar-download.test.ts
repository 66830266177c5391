// "Add to calendar": the file is made in the browser and handed to a temporary <a download>. The tests catch
// the Blob at URL.createObjectURL and the anchor's click, so nothing is really downloaded.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/plan/index.js';
import type { DkTreatmentPlan } from '../../src/plan/index.js';
import { readEvents } from './ics-parse.js';
import { button, d, focusedIn, inRecovery, inShadow } from './harness.js';

interface Download {
  blob: Blob;
  text: string;
  href: string;
  filename: string;
  attachedWhenClicked: boolean;
  revokedLater: string[];
  detail: { filename: string; events: number };
}

/** Presses the button and returns what the browser would have downloaded. */
async function download(el: DkTreatmentPlan): Promise<Download> {
  const blobs: Blob[] = [];
  const anchors: { href: string; filename: string; attached: boolean }[] = [];
  const later: (() => void)[] = [];
  const revoked: string[] = [];
  const original = {
    create: URL.createObjectURL,
    revoke: URL.revokeObjectURL,
    click: HTMLAnchorElement.prototype.click,
    setTimeout: window.setTimeout,
  };
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  };
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    anchors.push({ href: this.getAttribute('href')!, filename: this.download, attached: this.isConnected });
  };
  // While the click is handled (from the capture on the host to dk-download, emitted last), catch the element's
  // revoke timer to run it now. Outside that window the test runner's own timers stay untouched.
  const catchTimers = () => {
    window.setTimeout = ((callback: () => void) => (later.push(callback), 0)) as typeof window.setTimeout;
  };
  const releaseTimers = () => {
    window.setTimeout = original.setTimeout;
  };
  el.addEventListener('click', catchTimers, { capture: true, once: true });
  el.addEventListener('dk-download', releaseTimers, { once: true });
  try {
    const event = oneEvent(el, 'dk-download');
    button(el)!.click();
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed, 'dk-download bubbles out of the shadow root').to.equal(true);
    expect(blobs).to.have.length(1);
    expect(anchors).to.have.length(1);
    expect(revoked, 'not revoked before the browser reads it').to.deep.equal([]);
    later.forEach((callback) => callback());
    return {
      blob: blobs[0]!,
      text: await blobs[0]!.text(),
      href: anchors[0]!.href,
      filename: anchors[0]!.filename,
      attachedWhenClicked: anchors[0]!.attached,
      revokedLater: revoked,
      detail,
    };
  } finally {
    Object.assign(URL, { createObjectURL: original.create, revokeObjectURL: original.revoke });
    HTMLAnchorElement.prototype.click = original.click;
    releaseTimers();
    el.removeEventListener('click', catchTimers, { capture: true });
    el.removeEventListener('dk-download', releaseTimers);
  }
}

const example = html`<dk-treatment-plan lang="en-GB" sessions="4" interval-weeks="6" start-date="2026-12-01" completed="1"
  event-title="Microneedling session" location="Harbor Skin Clinic, 12 Quay St"></dk-treatment-plan>`;

describe('dk-treatment-plan calendar download', () => {
  it('downloads one all-day event for each session not yet done', async () => {
    const el = await fixture<DkTreatmentPlan>(example);
    expect(button(el)!.textContent!.trim()).to.equal('Add to calendar');
    const file = await download(el);
    const events = readEvents(file.text);
    expect(events.map((event) => [event.start!.value, event.end!.value])).to.deep.equal([
      ['20270112', '20270113'],
      ['20270223', '20270224'],
      ['20270406', '20270407'],
    ]);
    for (const event of events) {
      expect(event.start!.params).to.deep.equal({ VALUE: 'DATE' });
      expect(event.end!.params).to.deep.equal({ VALUE: 'DATE' });
      expect(event.summary).to.equal('Microneedling session');
      expect(event.location).to.equal('Harbor Skin Clinic, 12 Quay St');
      expect(event.description).to.equal(undefined);
      expect(event.dtstamp).to.match(/^\d{8}T\d{6}Z$/);
    }
    expect(new Set(events.map((event) => event.uid)).size).to.equal(3);
    expect(file.blob.type).to.match(/^text\/calendar/);
    expect(file.filename).to.equal('microneedling-session.ics');
    expect(file.detail).to.deep.equal({ filename: 'microneedling-session.ics', events: 3 });
  });

  it('hands the object URL to a temporary link, removes it, and revokes the URL afterwards', async () => {
    const el = await fixture<DkTreatmentPlan>(example);
    const file = await download(el);
    expect(file.href).to.equal('blob:test/1');
    expect(file.attachedWhenClicked).to.equal(true);
    expect(inShadow(el, 'a')).to.equal(null);
    expect(file.revokedLater).to.deep.equal(['blob:test/1']);
  });

  it('gives every event the same UID when the file is made again', async () => {
    const el = await fixture<DkTreatmentPlan>(example);
    const first = readEvents((await download(el)).text).map((event) => event.uid);
    const second = readEvents((await download(el)).text).map((event) => event.uid);
    expect(second).to.deep.equal(first);
    expect(first[0]).to.match(/@[^@]+$/);
    // Another series (another title) does not collide.
    el.eventTitle = 'Peel';
    await el.updateComplete;
    const other = readEvents((await download(el)).text).map((event) => event.uid);
    expect(other.filter((uid) => first.includes(uid))).to.deep.equal([]);
  });

  it('fills {n} and {total} in the default title and in a description', async () => {
    const el = await fixture<DkTreatmentPlan>(
      html`<dk-treatment-plan sessions="3" start-date="2026-12-01" description="Session {n}/{total}; no retinoids, 5 days before"></dk-treatment-plan>`,
    );
    const file = await download(el);
    const events = readEvents(file.text);
    expect(events.map((event) => event.summary)).to.deep.equal([
      'Treatment session 1 of 3',
      'Treatment session 2 of 3',
      'Treatment session 3 of 3',
    ]);
    expect(events[1]!.description).to.equal('Session 2/3; no retinoids, 5 days before');
    expect(events[0]!.location).to.equal(undefined);
    expect(file.filename).to.equal('treatment-session.ics');
  });

  it('escapes and folds awkward titles so they read back unchanged', async () => {
    const title = 'Séance 💆‍♀️ micro-needling; Dr. Ünal, salle 2 — 東京 '.repeat(4);
    const el = await fixture<DkTreatmentPlan>(
      html`<dk-treatment-plan sessions="2" start-date="2026-12-01" event-title=${title}></dk-treatment-plan>`,
    );
    const file = await download(el);
    expect(readEvents(file.text).map((event) => event.summary)).to.deep.equal([title, title]);
    expect(file.filename).to.match(/^seance-micro-needling-dr-unal-salle-2-[a-z0-9-]*\.ics$/);
  });

  it('uses the date of an enclosing recovery provider', async () => {
    const { el } = await inRecovery({ treatmentDate: d('2026-11-01'), today: d('2026-11-25'), day: 24 });
    const events = readEvents((await download(el)).text);
    expect(events.map((event) => event.start!.value)).to.deep.equal(['20261129', '20261227']);
  });

  it('is a native button in the tab order (Enter and Space work as everywhere)', async () => {
    const el = await fixture<DkTreatmentPlan>(example);
    const control = button(el)!;
    expect(control.localName).to.equal('button');
    expect(control.type).to.equal('button');
    expect(control.tabIndex).to.equal(0);
    control.focus();
    expect(focusedIn(el)).to.equal(control);
  });

  it('takes the button text from button-label', async () => {
    const el = await fixture<DkTreatmentPlan>(
      html`<dk-treatment-plan start-date="2026-12-01" button-label="Termine speichern"></dk-treatment-plan>`,
    );
    expect(button(el)!.textContent!.trim()).to.equal('Termine speichern');
  });

  it('offers no download once every dated session is done', async () => {
    const el = await fixture<DkTreatmentPlan>(
      html`<dk-treatment-plan sessions="2" start-date="2026-12-01" completed="2"></dk-treatment-plan>`,
    );
    expect(button(el)).to.equal(null);
    el.completed = '1';
    await el.updateComplete;
    expect(button(el)).to.be.instanceOf(HTMLButtonElement);
    expect(readEvents((await download(el)).text)).to.have.length(1);
  });
});
