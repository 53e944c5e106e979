import '../src/fact-card/index.js';

import { expect, html, oneEvent } from '@open-wc/testing';

import { CardErrorEvent, CardFlipEvent, CardRatedEvent } from '../src/fact-card/fact-card-events.js';
import { markCardsForReview } from '../src/storage/card-states.js';
import { resetProgress } from '../src/storage/progress-transfer.js';
import { SafeStore } from '../src/storage/safe-store.js';
import { FactCardHarness } from './helpers/fact-card-harness.js';
import { withMedia } from './helpers/media-emulation.js';
import { nth } from './helpers/present.js';
import { currentStore, removeIndexedDb, useFreshStore } from './helpers/test-store.js';
import { waitUntil } from './helpers/wait-until.js';

const DECK = '/tests/fixtures/fact-deck.json';
const FIRST = 'How many EU military and civilian missions were on the ground in November 2017?';
const SECOND = 'What is the MPCC?';
const T0 = new Date(2030, 0, 15, 9, 0).getTime();
let now = T0;
const clock = () => now;

const mount: typeof FactCardHarness.mount = (template) => FactCardHarness.mount(template);
const session = (newPerDay = 10, persist = 'local') =>
  mount(html`<fact-card src=${DECK} new-per-day=${newPerDay} persist=${persist} .clock=${clock}></fact-card>`);

/** Turns off the 3D turn, so axe never measures contrast halfway through it. */
const still = (h: FactCardHarness) => h.el.style.setProperty('--dl-card-flip-duration', '0s');

describe('<fact-card>', () => {
  beforeEach(() => {
    now = T0;
    useFreshStore('card');
  });

  it('is accessible in every state: single card front and back, session question, rating, done, error', async function () {
    this.timeout(40000);
    const single = await mount(html`<fact-card front="What does PESCO stand for?" back="Permanent structured cooperation"></fact-card>`);
    still(single);
    await expect(single.el).to.be.accessible();
    await single.flip();
    await expect(single.el).to.be.accessible();

    const fromDeck = await mount(html`<fact-card src=${DECK} card="fixture-deck-warsaw"></fact-card>`);
    still(fromDeck);
    fromDeck.part<HTMLDetailsElement>('details')!.open = true;
    await expect(fromDeck.el).to.be.accessible();

    const h = await session(1);
    await expect(h.el).to.be.accessible();
    await h.showAnswer();
    await expect(h.el).to.be.accessible();
    await h.rate('Easy');
    expect(h.done).to.equal(true);
    await expect(h.el).to.be.accessible();

    const broken = await mount(html`<fact-card src="/tests/fixtures/fact-deck-invalid.json"></fact-card>`);
    expect(broken.errorPanel).to.exist;
    await expect(broken.el).to.be.accessible();
  });

  describe('a single card', () => {
    it('shows the front, and turns to the back on click: a button whose expanded state says which', async () => {
      const h = await mount(html`<fact-card front="What does PESCO stand for?" back="Permanent structured cooperation"></fact-card>`);
      expect(h.turned).to.equal(false);
      expect(h.text('.face.front .face-text')).to.equal('What does PESCO stand for?');
      // The name comes from the front alone: the back is hidden from assistive technology and announced instead.
      expect(h.part('.face.back')!.getAttribute('aria-hidden')).to.equal('true');
      expect(h.part('.face.front .side-label')!.getAttribute('aria-hidden')).to.equal('true');
      await h.flip();
      expect(h.turned).to.equal(true);
      expect(h.el.flipped).to.equal(true);
      expect(h.text('.face.back .face-text')).to.equal('Permanent structured cooperation');
      await h.flip();
      expect(h.turned).to.equal(false);
    });

    it('announces the back in a polite live region that is there, empty, before the card turns', async () => {
      const h = await mount(html`<fact-card front="Front side" back="Back side"></fact-card>`);
      const region = h.part('[aria-live="polite"]')!;
      expect(h.announcement).to.equal('');
      await h.flip();
      expect(h.part('[aria-live="polite"]')).to.equal(region);
      expect(h.announcement).to.equal('Answer: Back side');
    });

    it('turns with Enter and with Space, keeping focus on the card', async () => {
      const h = await mount(html`<fact-card front="Front side" back="Back side"></fact-card>`);
      await h.flip('Enter');
      expect(h.turned).to.equal(true);
      await h.flip('Space');
      expect(h.turned).to.equal(false);
      expect(h.focused).to.equal(h.card);
    });

    it('takes its sides from the front and back slots', async () => {
      const h = await mount(html`<fact-card><span slot="front">Slotted question</span><span slot="back">Slotted <em>answer</em></span></fact-card>`);
      const front = h.part<HTMLSlotElement>('slot[name="front"]')!;
      expect(front.assignedElements().map((e) => e.textContent)).to.deep.equal(['Slotted question']);
      await h.flip();
      expect(h.announcement).to.equal('Answer: Slotted answer');
    });

    it('fires card-flip, bubbling out of shadow roots, when the learner turns it, and not when a script does', async () => {
      const h = await mount(html`<fact-card front="F" back="B"></fact-card>`);
      const seen: CardFlipEvent[] = [];
      const listener = (e: CardFlipEvent) => seen.push(e);
      document.addEventListener('card-flip', listener);
      try {
        h.el.flipped = true;
        await h.el.updateComplete;
        h.el.flipped = false;
        await h.el.updateComplete;
        expect(seen).to.have.length(0);
        await h.flip();
        await h.flip();
      } finally {
        document.removeEventListener('card-flip', listener);
      }
      expect(seen.map((e) => e.detail)).to.deep.equal([
        { cardId: null, side: 'back' },
        { cardId: null, side: 'front' },
      ]);
      expect(seen[0]).to.be.instanceOf(CardFlipEvent);
      expect(nth(seen, 0).bubbles && nth(seen, 0).composed).to.equal(true);
    });

    it('shows author text as text, never as HTML', async () => {
      const h = await mount(html`<fact-card front="<img src=x onerror=alert(1)>" back="<b>bold</b>"></fact-card>`);
      expect(h.text('.face.front .face-text')).to.equal('<img src=x onerror=alert(1)>');
      expect(h.part('img, b')).to.equal(null);
    });

    it('shows a card of a deck with its source, the quotation on demand', async () => {
      const h = await mount(html`<fact-card src=${DECK} card="fixture-deck-warsaw"></fact-card>`);
      expect(h.text('.face.front .face-text')).to.equal('Where and when was the EU-NATO Joint Declaration signed?');
      expect(h.text('.face.back .face-text')).to.equal('In Warsaw, on 8 July 2016.');
      expect(h.text('.source-line')).to.equal('Source: EU-NATO cooperation – Factsheet, European Union External Action (EEAS), 4 June 2018');
      const details = h.part<HTMLDetailsElement>('details.quote')!;
      expect(details.open).to.equal(false);
      h.part('details.quote summary')!.click();
      expect(details.open).to.equal(true);
      expect(h.text('blockquote')).to.contain('signed a Joint Declaration in Warsaw');
      const flip = oneEvent(h.el, 'card-flip');
      await h.flip();
      expect((await flip).detail).to.deep.equal({ cardId: 'fixture-deck-warsaw', side: 'back' });
    });

    it('says so in place when the deck has no such card, or no card is given at all', async () => {
      const unknown = await mount(html`<fact-card src=${DECK} card="no-such-card"></fact-card>`);
      expect(unknown.text('.error')).to.contain('The deck "fixture-deck" has no card with the id "no-such-card".');
      const empty = await mount(html`<fact-card></fact-card>`);
      expect(empty.text('.error')).to.contain('No card given');
    });

    it('cross-fades instead of turning when the learner prefers reduced motion', async () => {
      const h = await mount(html`<fact-card front="F" back="B"></fact-card>`);
      still(h);
      const faces = h.part('.faces')!;
      await h.flip();
      expect(getComputedStyle(faces).transform).not.to.equal('none');
      await withMedia(h.root, { reducedMotion: 'reduce' }, { reducedMotion: 'no-preference' }, 'prefers-reduced-motion', () => {
        expect(getComputedStyle(faces).transform).to.equal('none');
        expect(getComputedStyle(h.part('.face.front')!).opacity).to.equal('0');
        expect(getComputedStyle(h.part('.face.back')!).opacity).to.equal('1');
        expect(getComputedStyle(h.part('.face.back')!).transform).to.equal('none');
      });
    });

    it('prints both sides, the back under the front', async () => {
      const h = await mount(html`<fact-card front="Printed question" back="Printed answer"></fact-card>`);
      const back = h.part('.face.back')!;
      expect(getComputedStyle(back).transform).not.to.equal('none');
      await withMedia(h.root, { media: 'print' }, { media: 'screen' }, 'print', () => {
        const front = h.part('.face.front')!.getBoundingClientRect();
        expect(getComputedStyle(back).transform).to.equal('none');
        expect(getComputedStyle(back).visibility).to.equal('visible');
        expect(getComputedStyle(back).backfaceVisibility).to.equal('visible');
        expect(back.getBoundingClientRect().top).to.be.at.least(front.bottom - 2);
        expect(getComputedStyle(h.part('.hint')!).display).to.equal('none');
      });
    });
  });

  describe('a deck session', () => {
    it('shows the first card, the counts, and the keys to use', async () => {
      const h = await session(4);
      expect(h.text('h2')).to.equal('Test deck: EU security and defence');
      expect(h.question).to.equal(FIRST);
      expect(h.counts).to.deep.equal({ new: 4, learning: 0, due: 0 });
      expect(h.text('.keys')).to.equal('Keys, while the deck has focus: Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy.');
      expect(h.text('.answer')).to.equal('');
    });

    it('introduces ten new cards a day unless new-per-day says otherwise', async () => {
      const h = await mount(html`<fact-card src=${DECK} .clock=${clock}></fact-card>`);
      expect(h.counts.new).to.equal(6);
      h.el.newPerDay = 2;
      await h.loaded();
      expect(h.counts.new).to.equal(2);
    });

    it("counts cards a quiz asked for within the day's new cards, one fewer per rating", async () => {
      await markCardsForReview(['fixture-deck-hybrid', 'fixture-deck-allies'], T0 - 60_000);
      await currentStore().flush();
      const h = await session(4);
      expect(h.counts).to.deep.equal({ new: 4, learning: 0, due: 0 });
      await h.review('Good');
      expect(h.counts).to.deep.equal({ new: 3, learning: 1, due: 0 });
      await h.review('Good');
      expect(h.counts).to.deep.equal({ new: 2, learning: 2, due: 0 });
    });

    it('shows the answer in a live region, then the four ratings with when each brings the card back', async () => {
      const h = await session();
      const region = h.part('.answer[aria-live="polite"]')!;
      const flip = oneEvent(h.el, 'card-flip');
      await h.showAnswer();
      expect((await flip).detail).to.deep.equal({ cardId: 'fixture-deck-missions', side: 'back' });
      expect(h.part('.answer[aria-live="polite"]')).to.equal(region);
      expect(h.text('.answer .side-label')).to.equal('Answer');
      expect(h.answer).to.equal('16');
      expect(h.text('.source-line')).to.contain('The EU strengthens cooperation on security and defence');
      expect(h.text('legend')).to.equal('How well did you remember it?');
      expect(h.ratings).to.deep.equal(['Again', 'Hard', 'Good', 'Easy']);
      const labels = [...h.root.querySelectorAll('button.rating')].map((b) => b.textContent.replace(/\s+/g, ' ').trim());
      // A new card's 1 and 10 minutes fall within the learn-ahead limit: the learner sees it again in this session
      // (at once, if nothing else is left), so that is what the buttons say, not "1 min".
      expect(labels[0]).to.equal('Again this session , comes back in this session');
      expect(labels[2]).to.equal('Good this session , comes back in this session');
      expect(labels[3]).to.match(/^Easy \d+ d , next in \d+ days$/);
      expect(h.focused).to.equal(h.ratingButton('Good'));
    });

    it('turns the card, as in Anki and Quizlet, when the learner clicks or taps it', async () => {
      const h = await session();
      const flip = oneEvent(h.el, 'card-flip');
      await h.clickCard();
      expect((await flip).detail).to.deep.equal({ cardId: 'fixture-deck-missions', side: 'back' });
      expect(h.answer).to.equal('16');
      expect(h.focused).to.equal(h.ratingButton('Good'));
      // Once turned, a click on the card rates nothing and changes nothing.
      await h.clickCard();
      expect(h.answer).to.equal('16');
      expect(h.question).to.equal(FIRST);
    });

    it('on a 375 px phone: four rating buttons of one height, all in view after "Show answer"', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = `${window.innerHeight * 2}px`;
      document.body.prepend(spacer);
      try {
        const h = await mount(html`<fact-card src=${DECK} .clock=${clock}></fact-card>`);
        h.el.style.display = 'block';
        h.el.style.width = '375px';
        // The learner has scrolled just far enough to see the "Show answer" button at the bottom of the screen.
        const button = h.button('Show answer');
        window.scrollBy(0, button.getBoundingClientRect().bottom - window.innerHeight + 2);
        expect(button.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight);
        button.click();
        await h.el.updateComplete;
        const buttons = [...h.root.querySelectorAll<HTMLElement>('button.rating')];
        const heights = buttons.map((b) => Math.round(b.getBoundingClientRect().height));
        expect(new Set(heights).size, `heights ${heights.join(', ')}`).to.equal(1);
        for (const part of [h.part('legend')!, ...buttons]) {
          const box = part.getBoundingClientRect();
          expect(box.top, part.textContent.trim()).to.be.at.least(0);
          expect(box.bottom, part.textContent.trim()).to.be.at.most(window.innerHeight + 1);
        }
      } finally {
        spacer.remove();
        window.scrollTo(0, 0);
      }
    });

    it('follows dark mode, and keeps every control at least 24 by 24 pixels', async () => {
      const h = await session();
      await h.showAnswer();
      const box = h.part('section.session')!;
      const light = getComputedStyle(box).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      await withMedia(h.root, { colorScheme: 'dark' }, { colorScheme: 'light' }, 'prefers-color-scheme: dark', () => {
        expect(getComputedStyle(box).backgroundColor).to.equal('rgb(29, 33, 39)');
        expect(getComputedStyle(box).color).to.equal('rgb(232, 234, 237)');
      });
      const controls = [...h.root.querySelectorAll<HTMLElement>('button, summary')];
      expect(controls.length).to.equal(5);
      for (const control of controls) {
        const { width, height } = control.getBoundingClientRect();
        expect(Math.min(width, height), control.textContent.trim()).to.be.at.least(24);
      }
    });

    it('brings a card rated Again back in the same session, then finishes for the day', async () => {
      const h = await session(1);
      await h.review('Again');
      expect(h.question).to.equal(FIRST);
      expect(h.counts).to.deep.equal({ new: 0, learning: 1, due: 0 });
      expect(h.focused).to.equal(h.button('Show answer'));
      await h.review('Good');
      expect(h.question).to.equal(FIRST);
      await h.review('Good');
      expect(h.question).to.equal('');
      expect(h.text('.done-title')).to.equal('Done for today.');
      expect(h.focused).to.equal(h.part('.done'));
      // Nothing left to press: no keyboard hint, and the focused message does not look like a link.
      expect(h.part('.keys')).to.equal(null);
      expect(getComputedStyle(h.part('.done-title')!).textDecorationLine).to.equal('none');
      expect(h.counts).to.deep.equal({ new: 0, learning: 0, due: 0 });
    });

    it('rings "Done for today." when the last rating was given from the keyboard, without underlining it', async () => {
      const h = await session(1);
      await h.showAnswer();
      await h.rate('Good', 'key');
      await h.showAnswer();
      await h.rate('Good', 'key');
      const done = h.part('.done')!;
      expect(h.focused).to.equal(done);
      expect(done.matches(':focus-visible'), 'the browser shows focus after a key press').to.equal(true);
      expect(getComputedStyle(done).outlineStyle).to.equal('solid');
      expect(getComputedStyle(h.part('.done-title')!).textDecorationLine).to.equal('none');
    });

    it('says when the next card is due once the day is done', async () => {
      const h = await session(1);
      await h.review('Easy');
      const time = h.part('.done time')!;
      expect(time.getAttribute('datetime')).to.equal(new Date(2030, 0, 16).toISOString());
      // The next cards are the new ones of tomorrow, at midnight: "tomorrow", not "at 12:00 AM".
      expect(time.textContent).to.match(/^New cards tomorrow, Wednesday, January 16, 2030\.$/);
    });

    it('wakes a finished session, left open, when its next card comes due', async () => {
      const first = await session(1);
      await first.review('Easy');
      first.el.remove();
      await currentStore().flush();
      const midnight = new Date(2030, 0, 16).getTime();
      now = midnight - 50;
      const h = await session(1);
      expect(h.done).to.equal(true);
      now = midnight + 1;
      await waitUntil(() => h.question, 'the session did not wake at midnight', { timeout: 3000 });
      expect(h.question).to.equal(SECOND);
      expect(h.counts).to.deep.equal({ new: 1, learning: 0, due: 0 });
    });

    it('fires card-rated with the card, the rating and the new due date', async () => {
      const h = await session();
      await h.showAnswer();
      const rated = oneEvent(document, 'card-rated');
      await h.rate('Good');
      const event = (await rated) as CardRatedEvent;
      expect(event).to.be.instanceOf(CardRatedEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.cardId).to.equal('fixture-deck-missions');
      expect(event.detail.rating).to.equal('good');
      expect(event.detail.due.getTime()).to.equal(T0 + 10 * 60_000);
    });

    it('works by keyboard: Space shows the answer, 1–4 rate, focus moves to the next card', async () => {
      const h = await session();
      h.button('Show answer').focus();
      await h.showAnswer('Space');
      expect(h.answer).to.equal('16');
      const seen: string[] = [];
      h.el.addEventListener('card-rated', (e) => seen.push(e.detail.rating));
      await h.rate('Good', 'key');
      expect(seen).to.deep.equal(['good']);
      expect(h.question).to.equal(SECOND);
      expect(h.focused).to.equal(h.button('Show answer'));
      // The shortcut also works from the card itself (a click on it focuses the session).
      h.part('section.session')!.focus();
      await h.showAnswer('Space');
      expect(h.answer).to.equal('The first ever single command centre for EU military training and advisory missions.');
      await h.rate('Again', 'key');
      expect(seen).to.deep.equal(['good', 'again']);
    });

    it('ignores digits typed in a text field of the page', async () => {
      const h = await session();
      const input = Object.assign(document.createElement('input'), { ariaLabel: 'Notes' });
      h.el.before(input);
      await h.showAnswer();
      const seen: string[] = [];
      h.el.addEventListener('card-rated', (e) => seen.push(e.detail.rating));
      input.focus();
      for (const name of ['Again', 'Hard', 'Good', 'Easy'] as const) await h.rate(name, 'key');
      input.remove();
      expect(seen).to.deep.equal([]);
      expect(input.value).to.equal('1234');
    });

    it('keeps card states across a remount: the next session continues where this one stopped', async () => {
      const first = await session(2);
      await first.review('Good');
      await first.review('Easy');
      first.el.remove();
      await currentStore().flush();

      const second = await session(2);
      expect(second.counts).to.deep.equal({ new: 0, learning: 1, due: 0 });
      expect(second.question).to.equal(FIRST);
      expect(second.notice).to.equal('');

      now = T0 + 24 * 60 * 60_000;
      const nextDay = await session(2);
      expect(nextDay.counts).to.deep.equal({ new: 2, learning: 1, due: 0 });
    });

    it('keeps no card state on the device with persist="none", and says nothing about it', async () => {
      const first = await session(2, 'none');
      await first.review('Easy');
      expect(first.counts).to.deep.equal({ new: 1, learning: 0, due: 0 });
      expect(first.notice).to.equal('');
      first.el.remove();
      await currentStore().flush();
      expect(await currentStore().get('card/fixture-deck-missions')).to.equal(undefined);
      const second = await session(2);
      expect(second.counts).to.deep.equal({ new: 2, learning: 0, due: 0 });
      expect(second.question).to.equal(FIRST);
    });

    it('starts afresh, even while open, when the learner resets all progress', async () => {
      const h = await session(2);
      await h.review('Easy');
      expect(h.counts).to.deep.equal({ new: 1, learning: 0, due: 0 });
      await currentStore().flush();
      await resetProgress();
      await waitUntil(() => h.counts.new === 2, 'the open session kept the old states');
      expect(h.question).to.equal(SECOND);
      h.el.remove();
      const again = await session(2);
      expect(again.counts).to.deep.equal({ new: 2, learning: 0, due: 0 });
      expect(again.question).to.equal(FIRST);
    });

    it('keeps working in memory, with one discreet notice, when the browser has no IndexedDB', async () => {
      const restore = removeIndexedDb();
      try {
        useFreshStore('card');
        const h = await session(2);
        await waitUntil(() => h.notice !== '', 'no notice');
        expect(h.notice).to.equal('Progress is not being saved on this device.');
        expect(h.part('.notice')!.getAttribute('role')).to.equal('status');
        await h.review('Good');
        expect(h.question).to.equal(SECOND);
        expect(h.root.querySelectorAll('.notice')).to.have.length(1);
        await expect(h.el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('leaves a corrupt saved record untouched, says progress is not saved, and still reviews', async () => {
      const store = currentStore();
      store.set('card/fixture-deck-missions', { v: 1, cardId: 'fixture-deck-missions', phase: 'sideways' });
      await store.flush();
      const h = await session(2);
      expect(h.notice).to.equal('Progress is not being saved on this device.');
      expect(h.question).to.equal(FIRST);
      await h.review('Easy');
      await store.flush();
      useFreshStore('card');
      const reader = new SafeStore({ dbName: store.dbName, channelName: null });
      expect(await reader.get('card/fixture-deck-missions')).to.deep.equal({ v: 1, cardId: 'fixture-deck-missions', phase: 'sideways' });
    });

    it('shows a clear message in place for a deck that is missing, not JSON, or invalid, fires card-error, and throws nothing', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
      const cardErrors: CardErrorEvent[] = [];
      const onCardError = (e: CardErrorEvent) => cardErrors.push(e);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      document.addEventListener('card-error', onCardError);
      try {
        const missing = await mount(html`<fact-card src="/tests/fixtures/no-such-deck.json"></fact-card>`);
        expect(missing.text('.error')).to.match(/no-such-deck\.json \(HTTP 404\)/);
        expect(cardErrors.map((e) => nth(e.detail.issues, 0).path)).to.deep.equal(['src']);
        expect(cardErrors[0]).to.be.instanceOf(CardErrorEvent);
        expect(nth(cardErrors, 0).bubbles && nth(cardErrors, 0).composed).to.equal(true);
        const builtin = await mount(html`<fact-card deck="no-such-deck"></fact-card>`);
        expect(builtin.text('.error')).to.contain('Unknown deck "no-such-deck"; the built-in decks are csdp,');
        const notJson = await mount(html`<fact-card src="/tests/fixtures/fact-deck-not-json.json"></fact-card>`);
        expect(notJson.text('.error')).to.contain('fact-deck-not-json.json is not valid JSON.');
        const invalid = await mount(html`<fact-card src="/tests/fixtures/fact-deck-invalid.json"></fact-card>`);
        // Shown 1-based, each card named by its id; the event keeps the paths as a program reads them.
        expect(invalid.issues).to.include('card 1 ("broken-deck-1") › back: must not be empty');
        expect(invalid.issues).to.include('card 2 ("broken-deck-2") › source › ref: no source with id "nowhere" in "sources"');
        const eventIssues = cardErrors.at(-1)!.detail.issues.map((i) => `${i.path}: ${i.message}`);
        expect(eventIssues).to.include('cards[0].back: must not be empty');
        expect(eventIssues).to.include('cards[1].source.ref: no source with id "nowhere" in "sources"');
        expect(eventIssues.length).to.equal(invalid.issues.length);
        const path = await mount(html`<fact-card deck="../secrets"></fact-card>`);
        expect(path.text('.error')).to.contain('Unknown deck "../secrets"');
        expect(path.errorPanel!.getAttribute('role')).to.equal('alert');
        expect(cardErrors).to.have.length(5);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
        document.removeEventListener('card-error', onCardError);
      }
    });
  });
});
