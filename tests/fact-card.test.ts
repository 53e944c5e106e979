import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/fact-card/index.js';
import type { FactCard } from '../src/fact-card/fact-card.js';
import { CardFlipEvent, CardRatedEvent } from '../src/fact-card/fact-card-events.js';
import { resetProgress } from '../src/storage/progress-transfer.js';
import { currentStore, removeIndexedDb, useFreshCardStore } from './helpers/card-test-store.js';
import { withMedia } from './helpers/media-emulation.js';

const DECK = '/tests/fixtures/fact-deck.json';
const FIRST = 'How many EU military and civilian missions were on the ground in November 2017?';
const SECOND = 'What is the MPCC?';
const T0 = new Date(2030, 0, 15, 9, 0).getTime();
let now = T0;
const clock = () => now;

const part = <T extends Element = HTMLElement>(el: FactCard, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const text = (el: FactCard, selector: string) => (part(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: FactCard) => el.shadowRoot!.activeElement as HTMLElement | null;

async function settled(el: FactCard): Promise<void> {
  await waitUntil(() => part(el, '.show-answer, .ratings, .done, .error, .failed, button.card'), 'the card did not finish loading', { timeout: 5000 });
  await el.updateComplete;
}

async function session(newPerDay = 10): Promise<FactCard> {
  const el = await fixture<FactCard>(html`<fact-card src=${DECK} new-per-day=${newPerDay} .clock=${clock}></fact-card>`);
  await settled(el);
  return el;
}

async function showAnswer(el: FactCard): Promise<void> {
  part(el, '.show-answer')!.click();
  await el.updateComplete;
}

async function rate(el: FactCard, rating: 'again' | 'hard' | 'good' | 'easy'): Promise<void> {
  part(el, `button[data-rating="${rating}"]`)!.click();
  await el.updateComplete;
}

const counts = (el: FactCard) => ({
  new: Number(text(el, '.count-new dd')),
  learning: Number(text(el, '.count-learning dd')),
  due: Number(text(el, '.count-due dd')),
});

/** Turns off the 3D turn, so axe never measures contrast halfway through it. */
const still = (el: FactCard) => el.style.setProperty('--dl-card-flip-duration', '0s');

describe('<fact-card>', () => {
  beforeEach(() => {
    now = T0;
    useFreshCardStore();
  });

  it('is accessible in every state: single card front and back, session question, rating, done, error', async function () {
    this.timeout(40000);
    const single = await fixture<FactCard>(html`<fact-card front="What does PESCO stand for?" back="Permanent structured cooperation"></fact-card>`);
    still(single);
    await expect(single).to.be.accessible();
    part(single, 'button.card')!.click();
    await single.updateComplete;
    await expect(single).to.be.accessible();

    const fromDeck = await fixture<FactCard>(html`<fact-card src=${DECK} card="fixture-deck-warsaw"></fact-card>`);
    await settled(fromDeck);
    still(fromDeck);
    part<HTMLDetailsElement>(fromDeck, 'details')!.open = true;
    await expect(fromDeck).to.be.accessible();

    const el = await session(1);
    await expect(el).to.be.accessible();
    await showAnswer(el);
    await expect(el).to.be.accessible();
    await rate(el, 'easy');
    expect(part(el, '.done')).to.exist;
    await expect(el).to.be.accessible();

    const broken = await fixture<FactCard>(html`<fact-card src="/tests/fixtures/fact-deck-invalid.json"></fact-card>`);
    await settled(broken);
    expect(part(broken, '.error')).to.exist;
    await expect(broken).to.be.accessible();
  });

  describe('a single card', () => {
    it('shows the front, and turns to the back on click: a button whose expanded state says which', async () => {
      const el = await fixture<FactCard>(html`<fact-card front="What does PESCO stand for?" back="Permanent structured cooperation"></fact-card>`);
      const button = part(el, 'button.card')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(el, '.face.front .face-text')).to.equal('What does PESCO stand for?');
      // The name comes from the front alone: the back is hidden from assistive technology and announced instead.
      expect(part(el, '.face.back')!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, '.face.front .side-label')!.getAttribute('aria-hidden')).to.equal('true');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.flipped).to.equal(true);
      expect(text(el, '.face.back .face-text')).to.equal('Permanent structured cooperation');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('announces the back in a polite live region that is there, empty, before the card turns', async () => {
      const el = await fixture<FactCard>(html`<fact-card front="Front side" back="Back side"></fact-card>`);
      const region = part(el, '[aria-live="polite"]')!;
      expect(region.textContent!.trim()).to.equal('');
      part(el, 'button.card')!.click();
      await el.updateComplete;
      expect(part(el, '[aria-live="polite"]')).to.equal(region);
      expect(region.textContent!.trim()).to.equal('Answer: Back side');
    });

    it('turns with Enter and with Space, keeping focus on the card', async () => {
      const el = await fixture<FactCard>(html`<fact-card front="Front side" back="Back side"></fact-card>`);
      const button = part(el, 'button.card')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(active(el)).to.equal(button);
    });

    it('takes its sides from the front and back slots', async () => {
      const el = await fixture<FactCard>(html`<fact-card><span slot="front">Slotted question</span><span slot="back">Slotted <em>answer</em></span></fact-card>`);
      const front = part<HTMLSlotElement>(el, 'slot[name="front"]')!;
      expect(front.assignedElements().map((e) => e.textContent)).to.deep.equal(['Slotted question']);
      part(el, 'button.card')!.click();
      await el.updateComplete;
      expect(text(el, '[aria-live="polite"]')).to.equal('Answer: Slotted answer');
    });

    it('fires card-flip, bubbling out of shadow roots, when the learner turns it, and not when a script does', async () => {
      const el = await fixture<FactCard>(html`<fact-card front="F" back="B"></fact-card>`);
      const seen: CardFlipEvent[] = [];
      document.addEventListener('card-flip', (e) => seen.push(e));
      el.flipped = true;
      await el.updateComplete;
      el.flipped = false;
      await el.updateComplete;
      expect(seen).to.have.length(0);
      part(el, 'button.card')!.click();
      part(el, 'button.card')!.click();
      expect(seen.map((e) => e.detail)).to.deep.equal([
        { cardId: null, side: 'back' },
        { cardId: null, side: 'front' },
      ]);
      expect(seen[0]).to.be.instanceOf(CardFlipEvent);
      expect(seen[0].bubbles && seen[0].composed).to.equal(true);
    });

    it('shows author text as text, never as HTML', async () => {
      const el = await fixture<FactCard>(html`<fact-card front="<img src=x onerror=alert(1)>" back="<b>bold</b>"></fact-card>`);
      expect(text(el, '.face.front .face-text')).to.equal('<img src=x onerror=alert(1)>');
      expect(part(el, 'img, b')).to.equal(null);
    });

    it('shows a card of a deck with its source, the quotation on demand', async () => {
      const el = await fixture<FactCard>(html`<fact-card src=${DECK} card="fixture-deck-warsaw"></fact-card>`);
      await settled(el);
      expect(text(el, '.face.front .face-text')).to.equal('Where and when was the EU-NATO Joint Declaration signed?');
      expect(text(el, '.face.back .face-text')).to.equal('In Warsaw, on 8 July 2016.');
      expect(text(el, '.source-line')).to.equal('Source: EU-NATO cooperation – Factsheet, European Union External Action (EEAS), 4 June 2018');
      const details = part<HTMLDetailsElement>(el, 'details.quote')!;
      expect(details.open).to.equal(false);
      part(el, 'details.quote summary')!.click();
      expect(details.open).to.equal(true);
      expect(text(el, 'blockquote')).to.contain('signed a Joint Declaration in Warsaw');
      const flip = oneEvent(el, 'card-flip');
      part(el, 'button.card')!.click();
      expect((await flip).detail).to.deep.equal({ cardId: 'fixture-deck-warsaw', side: 'back' });
    });

    it('says so in place when the deck has no such card, or no card is given at all', async () => {
      const unknown = await fixture<FactCard>(html`<fact-card src=${DECK} card="no-such-card"></fact-card>`);
      await settled(unknown);
      expect(text(unknown, '.error')).to.contain('The deck "fixture-deck" has no card with the id "no-such-card".');
      const empty = await fixture<FactCard>(html`<fact-card></fact-card>`);
      expect(text(empty, '.error')).to.contain('No card given');
    });

    it('cross-fades instead of turning when the learner prefers reduced motion', async () => {
      const el = await fixture<FactCard>(html`<fact-card front="F" back="B"></fact-card>`);
      still(el);
      const faces = part(el, '.faces')!;
      part(el, 'button.card')!.click();
      await el.updateComplete;
      expect(getComputedStyle(faces).transform).not.to.equal('none');
      await withMedia(el.shadowRoot!, { reducedMotion: 'reduce' }, { reducedMotion: 'no-preference' }, 'prefers-reduced-motion', () => {
        expect(getComputedStyle(faces).transform).to.equal('none');
        expect(getComputedStyle(part(el, '.face.front')!).opacity).to.equal('0');
        expect(getComputedStyle(part(el, '.face.back')!).opacity).to.equal('1');
        expect(getComputedStyle(part(el, '.face.back')!).transform).to.equal('none');
      });
    });

    it('prints both sides, the back under the front', async () => {
      const el = await fixture<FactCard>(html`<fact-card front="Printed question" back="Printed answer"></fact-card>`);
      const back = part(el, '.face.back')!;
      expect(getComputedStyle(back).transform).not.to.equal('none');
      await withMedia(el.shadowRoot!, { media: 'print' }, { media: 'screen' }, 'print', () => {
        const front = part(el, '.face.front')!.getBoundingClientRect();
        expect(getComputedStyle(back).transform).to.equal('none');
        expect(getComputedStyle(back).visibility).to.equal('visible');
        expect(getComputedStyle(back).backfaceVisibility).to.equal('visible');
        expect(back.getBoundingClientRect().top).to.be.at.least(front.bottom - 2);
        expect(getComputedStyle(part(el, '.hint')!).display).to.equal('none');
      });
    });
  });

  describe('a deck session', () => {
    it('shows the first card, the counts, and the keys to use', async () => {
      const el = await session(4);
      expect(text(el, 'h2')).to.equal('Test deck: EU security and defence');
      expect(text(el, '.front')).to.equal(FIRST);
      expect(counts(el)).to.deep.equal({ new: 4, learning: 0, due: 0 });
      expect(text(el, '.keys')).to.equal('Keys, while the deck has focus: Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy.');
      expect(text(el, '.answer')).to.equal('');
    });

    it('introduces ten new cards a day unless new-per-day says otherwise', async () => {
      const el = await fixture<FactCard>(html`<fact-card src=${DECK} .clock=${clock}></fact-card>`);
      await settled(el);
      expect(counts(el).new).to.equal(6);
      el.newPerDay = 2;
      await settled(el);
      await waitUntil(() => counts(el).new === 2);
    });

    it('shows the answer in a live region, then the four ratings with the interval each gives', async () => {
      const el = await session();
      const region = part(el, '.answer[aria-live="polite"]')!;
      const flip = oneEvent(el, 'card-flip');
      await showAnswer(el);
      expect((await flip).detail).to.deep.equal({ cardId: 'fixture-deck-missions', side: 'back' });
      expect(part(el, '.answer[aria-live="polite"]')).to.equal(region);
      expect(text(el, '.answer .side-label')).to.equal('Answer');
      expect(text(el, '.answer .back-text')).to.equal('16');
      expect(text(el, '.source-line')).to.contain('The EU strengthens cooperation on security and defence');
      expect(text(el, 'legend')).to.equal('How well did you remember it?');
      const labels = [...el.shadowRoot!.querySelectorAll('button.rating')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
      expect(labels[0]).to.equal('Again 1 min , next in 1 minute');
      expect(labels[2]).to.equal('Good 10 min , next in 10 minutes');
      expect(labels[3]).to.match(/^Easy \d+ d , next in \d+ days$/);
      expect(active(el)).to.equal(part(el, 'button[data-rating="good"]'));
    });

    it('follows dark mode, and keeps every control at least 24 by 24 pixels', async () => {
      const el = await session();
      await showAnswer(el);
      const box = part(el, 'section.session')!;
      const light = getComputedStyle(box).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      await withMedia(el.shadowRoot!, { colorScheme: 'dark' }, { colorScheme: 'light' }, 'prefers-color-scheme: dark', () => {
        expect(getComputedStyle(box).backgroundColor).to.equal('rgb(29, 33, 39)');
        expect(getComputedStyle(box).color).to.equal('rgb(232, 234, 237)');
      });
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, summary')];
      expect(controls.length).to.equal(5);
      for (const control of controls) {
        const { width, height } = control.getBoundingClientRect();
        expect(Math.min(width, height), control.textContent!.trim()).to.be.at.least(24);
      }
    });

    it('brings a card rated Again back in the same session, then finishes for the day', async () => {
      const el = await session(1);
      await showAnswer(el);
      await rate(el, 'again');
      expect(text(el, '.front')).to.equal(FIRST);
      expect(counts(el)).to.deep.equal({ new: 0, learning: 1, due: 0 });
      expect(active(el)).to.equal(part(el, '.show-answer'));
      await showAnswer(el);
      await rate(el, 'good');
      expect(text(el, '.front')).to.equal(FIRST);
      await showAnswer(el);
      await rate(el, 'good');
      expect(part(el, '.front')).to.equal(null);
      expect(text(el, '.done-title')).to.equal('Done for today.');
      expect(active(el)).to.equal(part(el, '.done'));
      expect(counts(el)).to.deep.equal({ new: 0, learning: 0, due: 0 });
    });

    it('says when the next card is due once the day is done', async () => {
      const el = await session(1);
      await showAnswer(el);
      await rate(el, 'easy');
      const time = part(el, '.done time')!;
      expect(time.getAttribute('datetime')).to.equal(new Date(2030, 0, 16).toISOString());
      expect(time.textContent).to.match(/^The next card is due on .*2030.*\.$/);
    });

    it('wakes a finished session, left open, when its next card comes due', async () => {
      const first = await session(1);
      await showAnswer(first);
      await rate(first, 'easy');
      first.remove();
      await currentStore().flush();
      const midnight = new Date(2030, 0, 16).getTime();
      now = midnight - 50;
      const el = await session(1);
      expect(part(el, '.done')).to.exist;
      now = midnight + 1;
      await waitUntil(() => part(el, '.front'), 'the session did not wake at midnight', { timeout: 3000 });
      expect(text(el, '.front')).to.equal(SECOND);
      expect(counts(el)).to.deep.equal({ new: 1, learning: 0, due: 0 });
    });

    it('fires card-rated with the card, the rating and the new due date', async () => {
      const el = await session();
      await showAnswer(el);
      const rated = oneEvent(document, 'card-rated');
      await rate(el, 'good');
      const event = (await rated) as CardRatedEvent;
      expect(event).to.be.instanceOf(CardRatedEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.cardId).to.equal('fixture-deck-missions');
      expect(event.detail.rating).to.equal('good');
      expect(event.detail.due.getTime()).to.equal(T0 + 10 * 60_000);
    });

    it('works by keyboard: Space shows the answer, 1–4 rate, focus moves to the next card', async () => {
      const el = await session();
      part(el, '.show-answer')!.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(text(el, '.back-text')).to.equal('16');
      const seen: string[] = [];
      el.addEventListener('card-rated', (e) => seen.push(e.detail.rating));
      await sendKeys({ press: '3' });
      await el.updateComplete;
      expect(seen).to.deep.equal(['good']);
      expect(text(el, '.front')).to.equal(SECOND);
      expect(active(el)).to.equal(part(el, '.show-answer'));
      // The shortcut also works from the card itself (a click on it focuses the session).
      part(el, 'section.session')!.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(text(el, '.back-text')).to.equal('The first ever single command centre for EU military training and advisory missions.');
      await sendKeys({ press: '1' });
      await el.updateComplete;
      expect(seen).to.deep.equal(['good', 'again']);
    });

    it('ignores digits typed in a text field of the page', async () => {
      const el = await session();
      const input = Object.assign(document.createElement('input'), { ariaLabel: 'Notes' });
      el.before(input);
      await showAnswer(el);
      const seen: string[] = [];
      el.addEventListener('card-rated', (e) => seen.push(e.detail.rating));
      input.focus();
      for (const key of '1234') await sendKeys({ press: key });
      input.remove();
      expect(seen).to.deep.equal([]);
      expect(input.value).to.equal('1234');
    });

    it('keeps card states across a remount: the next session continues where this one stopped', async () => {
      const first = await session(2);
      await showAnswer(first);
      await rate(first, 'good');
      await showAnswer(first);
      await rate(first, 'easy');
      first.remove();
      await currentStore().flush();

      const second = await session(2);
      expect(counts(second)).to.deep.equal({ new: 0, learning: 1, due: 0 });
      expect(text(second, '.front')).to.equal(FIRST);
      expect(part(second, '.notice')!.textContent!.trim()).to.equal('');

      now = T0 + 24 * 60 * 60_000;
      const nextDay = await session(2);
      expect(counts(nextDay)).to.deep.equal({ new: 2, learning: 1, due: 0 });
    });

    it('starts afresh, even while open, when the learner resets all progress', async () => {
      const el = await session(2);
      await showAnswer(el);
      await rate(el, 'easy');
      expect(counts(el)).to.deep.equal({ new: 1, learning: 0, due: 0 });
      await currentStore().flush();
      await resetProgress();
      await waitUntil(() => counts(el).new === 2, 'the open session kept the old states');
      expect(text(el, '.front')).to.equal(SECOND);
      el.remove();
      const again = await session(2);
      expect(counts(again)).to.deep.equal({ new: 2, learning: 0, due: 0 });
      expect(text(again, '.front')).to.equal(FIRST);
    });

    it('keeps working in memory, with one discreet notice, when the browser has no IndexedDB', async () => {
      const restore = removeIndexedDb();
      try {
        useFreshCardStore();
        const el = await session(2);
        await waitUntil(() => text(el, '.notice') !== '');
        expect(text(el, '.notice')).to.equal('Progress is not being saved on this device.');
        expect(part(el, '.notice')!.getAttribute('role')).to.equal('status');
        await showAnswer(el);
        await rate(el, 'good');
        expect(text(el, '.front')).to.equal(SECOND);
        expect(el.shadowRoot!.querySelectorAll('.notice')).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('leaves a corrupt saved record untouched, says progress is not saved, and still reviews', async () => {
      const store = currentStore();
      store.set('card/fixture-deck-missions', { v: 1, cardId: 'fixture-deck-missions', phase: 'sideways' });
      await store.flush();
      const el = await session(2);
      expect(text(el, '.notice')).to.equal('Progress is not being saved on this device.');
      expect(text(el, '.front')).to.equal(FIRST);
      await showAnswer(el);
      await rate(el, 'easy');
      await store.flush();
      useFreshCardStore();
      const { SafeStore } = await import('../src/storage/safe-store.js');
      const reader = new SafeStore({ dbName: store.dbName, channelName: null });
      expect(await reader.get('card/fixture-deck-missions')).to.deep.equal({ v: 1, cardId: 'fixture-deck-missions', phase: 'sideways' });
    });

    it('shows a clear message in place for a deck that is missing, not JSON, or invalid, and throws nothing', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const missing = await fixture<FactCard>(html`<fact-card src="/tests/fixtures/no-such-deck.json"></fact-card>`);
        await settled(missing);
        expect(text(missing, '.error')).to.match(/no-such-deck\.json \(HTTP 404\)/);
        const builtin = await fixture<FactCard>(html`<fact-card deck="no-such-deck"></fact-card>`);
        await settled(builtin);
        expect(text(builtin, '.error')).to.match(/decks\/no-such-deck\.json \(HTTP 404\)/);
        const notJson = await fixture<FactCard>(html`<fact-card src="/tests/fixtures/fact-deck-not-json.json"></fact-card>`);
        await settled(notJson);
        expect(text(notJson, '.error')).to.contain('fact-deck-not-json.json is not valid JSON.');
        const invalid = await fixture<FactCard>(html`<fact-card src="/tests/fixtures/fact-deck-invalid.json"></fact-card>`);
        await settled(invalid);
        const problems = [...invalid.shadowRoot!.querySelectorAll('.error li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
        expect(problems).to.include('cards[0].back: must not be empty');
        expect(problems).to.include('cards[1].source.ref: no source with id "nowhere" in "sources"');
        const path = await fixture<FactCard>(html`<fact-card deck="../secrets"></fact-card>`);
        await settled(path);
        expect(text(path, '.error')).to.contain('"../secrets" is not a deck id or a URL.');
        await aTimeout(50);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });
  });
});
