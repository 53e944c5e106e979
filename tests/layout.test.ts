import '../src/quiz/index.js';
import '../src/fact-card/index.js';
import '../src/acronym-tip/index.js';

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

import type { FactCard } from '../src/fact-card/fact-card.js';
import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { TipHarness } from './helpers/acronym-tip-harness.js';
import { canForceColors, systemColor, withForcedColors } from './helpers/forced-colors.js';
import { layoutDefects, withTextSpacing } from './helpers/layout-checks.js';
import { nth } from './helpers/present.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';
import { useFreshStore } from './helpers/test-store.js';
import { waitUntil } from './helpers/wait-until.js';

freshProgressPerTest();

const WIDTH = 320;
const DECK = '/tests/fixtures/fact-deck.json';
const T0 = new Date(2030, 0, 15, 9, 0).getTime();

/** `template` (one element) in a 320 px column, as on the narrowest phone, or a page zoomed to 400 %. */
async function inColumn<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const column = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  column.style.width = `${WIDTH}px`;
  return column.firstElementChild as T;
}

/** The defects of one state, as it is and with WCAG's text-spacing overrides. */
async function defectsOf(el: HTMLElement): Promise<string[]> {
  const plain = layoutDefects(el);
  const spaced = await withTextSpacing(el, () => layoutDefects(el, { targets: false }));
  return [...plain, ...spaced.map((d) => `with text spacing: ${d}`)];
}

const none = (states: Record<string, string[]>) => Object.fromEntries(Object.keys(states).map((state) => [state, []]));
const submit = (h: QuizHarness) => h.root.querySelector<HTMLButtonElement>('button[type="submit"]')!;

/** Some answer to the question on screen, by its controls: the second choice, a number, a word. */
async function answerSomething(h: QuizHarness): Promise<void> {
  const choices = h.root.querySelectorAll<HTMLInputElement>('fieldset input[type=radio], fieldset input[type=checkbox]');
  choices[Math.min(1, choices.length - 1)]?.click();
  for (const field of h.root.querySelectorAll<HTMLInputElement>('fieldset input[type=text]')) {
    field.value = '12';
    field.dispatchEvent(new Event('input'));
  }
  for (const select of h.root.querySelectorAll<HTMLSelectElement>('fieldset select')) {
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
  }
  await h.settle();
}

async function quizAt(template: TemplateResult): Promise<QuizHarness> {
  const h = new QuizHarness(await inColumn<DefenceQuiz>(template));
  await h.loaded();
  return h;
}

async function deckAt(): Promise<FactCard> {
  useFreshStore('card');
  const el = await inColumn<FactCard>(html`<fact-card src=${DECK} new-per-day="1" .clock=${() => T0}></fact-card>`);
  await el.loadComplete;
  return el;
}

const part = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('layout at 320 px, with text spacing, and in forced colours', () => {
  it('is accessible in forced colours: a question answered and revealed, the results, a deck session (Chromium; Firefox cannot emulate it)', async function () {
    if (!canForceColors) this.skip();
    this.timeout(40000);
    await withForcedColors(async () => {
      const h = await quizAt(html`<defence-quiz .data=${bankOf([rawQuestions.single, rawQuestions.match])}></defence-quiz>`);
      await h.start();
      await expect(h.el).to.be.accessible();
      await answerSomething(h);
      await h.check();
      await expect(h.el).to.be.accessible();
      await h.click('Next question');
      await answerSomething(h);
      await h.check();
      await h.click('See results');
      expect(h.summary).to.exist;
      await expect(h.el).to.be.accessible();
      const deck = await deckAt();
      part(deck, '.show-answer')!.click();
      await deck.updateComplete;
      await expect(deck).to.be.accessible();
    });
  });

  it('notices what it checks for: a control wider than the column, a clipped label, a small target, text over its box', async () => {
    const h = await quizAt(html`<defence-quiz .data=${bankOf([rawQuestions.single])}></defence-quiz>`);
    const start = h.button('Start');
    start.style.cssText = 'width: 400px';
    const small = document.createElement('button');
    small.textContent = 'x';
    small.style.cssText = 'min-width: 0; min-height: 0; width: 16px; height: 16px; padding: 0';
    const clipped = document.createElement('button');
    clipped.textContent = 'A label far too long for its button';
    clipped.style.cssText = 'width: 60px; white-space: nowrap; overflow: hidden';
    const tight = document.createElement('p');
    tight.textContent = 'Two lines of text in a box one line high, which overlaps what follows.';
    tight.style.cssText = 'height: 1em; width: 100px';
    start.parentElement!.append(small, clipped, tight);
    const found = layoutDefects(h.el).join('\n');
    expect(found).to.match(/button.* spans/);
    expect(found).to.match(/is a 16 × 16 px target/);
    expect(found).to.match(/clips its text/);
    expect(found).to.match(/p “Two lines.* overflows its box/);
  });

  it('the quiz: every question type unanswered and revealed, and the results', async function () {
    this.timeout(40000);
    const h = await quizAt(html`<defence-quiz .data=${bankOf(Object.values(rawQuestions))} seed="fixed" pass-mark="62.5"></defence-quiz>`);
    const states: Record<string, string[]> = { start: await defectsOf(h.el) };
    await h.start();
    for (let i = 1; i <= Object.keys(rawQuestions).length; i++) {
      states[`question ${i}`] = await defectsOf(h.el);
      await answerSomething(h);
      submit(h).click();
      await h.settle();
      states[`question ${i} revealed`] = await defectsOf(h.el);
      submit(h).click();
      await h.settle();
    }
    expect(h.summary, 'the results').to.exist;
    states.results = await defectsOf(h.el);
    expect(states).to.deep.equal(none(states));
  });

  it('exam mode: a question, the unanswered check; and an author error panel', async function () {
    this.timeout(40000);
    const h = await quizAt(html`<defence-quiz .data=${bankOf([rawQuestions.single, rawQuestions.text])} mode="exam"></defence-quiz>`);
    await h.start();
    const states: Record<string, string[]> = { 'exam question': await defectsOf(h.el) };
    await h.click('Next question');
    await h.click('See results');
    await waitUntil(() => h.root.querySelector('.finish-check'), 'no unanswered check');
    states['unanswered check'] = await defectsOf(h.el);
    const broken = await quizAt(html`<defence-quiz src="/tests/fixtures/not-json.json"></defence-quiz>`);
    expect(broken.errorPanel, 'the error panel').to.exist;
    states['error panel'] = await defectsOf(broken.el);
    expect(states).to.deep.equal(none(states));
  });

  it('a long name chosen in a match list or a cloze list is readable whole at 320 px (written out under the list), and only there', async function () {
    this.timeout(40000);
    const long = 'Organization for Security and Co-operation in Europe';
    const bank = bankOf([
      { ...rawQuestions.match, pairs: [{ id: 'p1', left: 'OSCE', right: long }, ...rawQuestions.match.pairs.slice(1)] },
      { ...rawQuestions.cloze, blanks: { ...rawQuestions.cloze.blanks, city: { accept: [long], options: [long, 'Brussels'] } } },
    ]);
    /** What the learner can read of the list's choice: the list's own text when it is wide enough, else a line written out near it. */
    const readableChoice = (h: QuizHarness, select: HTMLSelectElement) => {
      const text = select.selectedOptions[0]!.textContent.trim();
      // The width the list would need to show it whole: a copy holding only that option, sized to it.
      const probe = select.cloneNode(false) as HTMLSelectElement;
      probe.removeAttribute('id');
      probe.append(new Option(text));
      probe.style.cssText = 'width: auto; max-width: none; min-width: 0; flex: none; display: inline-block; position: absolute; visibility: hidden';
      select.after(probe);
      const need = probe.offsetWidth;
      probe.remove();
      const column = h.el.parentElement!.getBoundingClientRect();
      const written = [...(select.parentElement?.querySelectorAll<HTMLElement>('.chosen-text') ?? [])].filter(
        (el) =>
          el.checkVisibility() &&
          el.textContent.trim() === text &&
          el.scrollWidth <= el.clientWidth + 1 &&
          el.getBoundingClientRect().right <= column.right + 1,
      );
      return {
        fitsTheList: select.offsetWidth + 1 >= need,
        writtenOut: written.length,
        hiddenFromScreenReaders: written.every((el) => el.closest('[aria-hidden="true"]') !== null),
      };
    };
    const choose = async (h: QuizHarness, select: HTMLSelectElement, text: string) => {
      select.selectedIndex = [...select.options].findIndex((o) => o.textContent.trim() === text);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await h.settle();
    };
    const found: Record<string, unknown> = {};
    for (const width of [WIDTH, 960]) {
      const h = await quizAt(html`<defence-quiz .data=${bank}></defence-quiz>`);
      h.el.parentElement!.style.width = `${width}px`;
      await h.start();
      const osce = h.field('OSCE') as HTMLSelectElement;
      await choose(h, osce, long);
      found[`match at ${width} px`] = readableChoice(h, osce);
      await choose(h, h.field('PESCO') as HTMLSelectElement, 'Permanent Structured Cooperation');
      await choose(h, h.field('CARD') as HTMLSelectElement, 'Coordinated Annual Review on Defence');
      await h.check();
      found[`match checked at ${width} px`] = readableChoice(h, h.field('OSCE') as HTMLSelectElement);
      await h.click('Next question');
      const blank = h.root.querySelector<HTMLSelectElement>('.cloze select')!;
      await choose(h, blank, long);
      found[`cloze at ${width} px`] = readableChoice(h, blank);
      const passage = getComputedStyle(h.root.querySelector('.cloze')!);
      found[`cloze lines at ${width} px`] =
        parseFloat(passage.lineHeight) / parseFloat(passage.fontSize) <= 1.7 ? 'spaced as text' : `line-height ${passage.lineHeight}`;
    }
    const narrow = { fitsTheList: false, writtenOut: 1, hiddenFromScreenReaders: true };
    const wide = { fitsTheList: true, writtenOut: 0, hiddenFromScreenReaders: true };
    expect(found).to.deep.equal({
      'match at 320 px': narrow,
      'match checked at 320 px': narrow,
      'cloze at 320 px': narrow,
      'cloze lines at 320 px': 'spaced as text',
      'match at 960 px': wide,
      'match checked at 960 px': wide,
      'cloze at 960 px': wide,
      'cloze lines at 960 px': 'spaced as text',
    });
  });

  it('fact cards: a single card front and back; a deck session question, answer and done', async function () {
    this.timeout(40000);
    const card = await inColumn<FactCard>(
      html`<fact-card front="What does PESCO stand for?" back="Permanent structured cooperation: a framework for defence cooperation among willing member states."
        ><span slot="source">Source: “The EU strengthens cooperation on security and defence”, EEAS, 13 November 2017.</span></fact-card
      >`,
    );
    card.style.setProperty('--dl-card-flip-duration', '0s');
    await card.loadComplete;
    const states: Record<string, string[]> = { 'card front': await defectsOf(card) };
    part(card, 'button.card')!.click();
    await card.updateComplete;
    states['card back'] = await defectsOf(card);
    const deck = await deckAt();
    states['deck question'] = await defectsOf(deck);
    part(deck, '.show-answer')!.click();
    await deck.updateComplete;
    states['deck answer and ratings'] = await defectsOf(deck);
    part(deck, 'button[data-rating="easy"]')!.click();
    await waitUntil(() => part(deck, '.done'), 'no "done for today"');
    states['deck done'] = await defectsOf(deck);
    expect(states).to.deep.equal(none(states));
  });

  it('a tip opened on a 320 px screen stays on it, whole', async function () {
    this.timeout(40000);
    await setViewport({ width: WIDTH, height: 640 });
    try {
      const { tips } = await TipHarness.mount(html`<p>The Union's work in defence rests on the <acronym-tip>PESCO</acronym-tip> framework.</p>`);
      const tip = nth(tips, 0, 'tip');
      tip.focus();
      await waitUntil(() => tip.showing, 'the tip did not open');
      await new Promise((r) => setTimeout(r, 50));
      const box = tip.tip.getBoundingClientRect();
      expect(box.left, 'left edge').to.be.at.least(0);
      expect(box.right, 'right edge').to.be.at.most(document.documentElement.clientWidth);
      const spaced = await withTextSpacing(tip.el, () => [tip.tip.scrollWidth <= tip.tip.clientWidth + 1, tip.tip.getBoundingClientRect().right]);
      expect(spaced[0], 'with text spacing, the tip keeps its text inside').to.be.true;
      expect(spaced[1], 'with text spacing, the right edge').to.be.at.most(document.documentElement.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('every demo page fits a 320 px screen, elements loaded (the built dist/: `npm run build` first)', async function () {
    this.timeout(90000);
    const wider: string[] = [];
    for (const page of ['index', 'quizzes', 'progress', 'article', 'glossary', 'author', 'errors', 'worksheet', 'no-storage']) {
      const frame = document.createElement('iframe');
      frame.src = `/demo/${page}.html`;
      frame.style.cssText = `width: ${WIDTH}px; height: 640px; border: 0`;
      document.body.append(frame);
      try {
        await waitUntil(
          () => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.URL.includes(`/demo/${page}.html`),
          `${page} did not open`,
          {
            timeout: 20000,
          },
        );
        const doc = frame.contentDocument!;
        // Elements marked lazy load as a reader scrolls near them: scrolled to, one after another, as a reader would.
        for (const lazy of doc.querySelectorAll('[loading="lazy"], [data-acronyms-loading="lazy"]')) {
          lazy.scrollIntoView();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
        const elements = () => [...doc.querySelectorAll<HTMLElement & { loadComplete?: Promise<unknown> }>('defence-quiz, fact-card')];
        await waitUntil(() => elements().every((e) => e.loadComplete !== undefined), `${page}: its elements were not defined`, { timeout: 20000 });
        await Promise.all(elements().map((e) => e.loadComplete!.catch(() => undefined)));
        await new Promise((r) => setTimeout(r, 100));
        const extra = doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
        if (extra > 0) wider.push(`${page}: ${extra} px wider than the screen`);
      } finally {
        frame.remove();
      }
    }
    expect(wider).to.deep.equal([]);
  });

  it('forced colours: the primary button in Highlight, the chosen option framed, the focus ring, a disabled button in GrayText (Chromium)', async function () {
    if (!canForceColors) this.skip();
    this.timeout(40000);
    const h = await quizAt(html`<defence-quiz .data=${bankOf([rawQuestions.single, rawQuestions.order])} mode="exam"></defence-quiz>`);
    await h.start();
    await withForcedColors(async () => {
      expect(getComputedStyle(h.button('Next question')).backgroundColor, 'the primary button').to.equal(systemColor('Highlight'));
      h.option('Brussels').focus();
      await sendKeys({ press: ' ' });
      await h.settle();
      const chosen = h.root.querySelector<HTMLElement>('.option.chosen label');
      expect(chosen, 'the chosen option').to.exist;
      expect(getComputedStyle(chosen!).outlineStyle, 'the chosen option').to.equal('solid');
      expect(getComputedStyle(chosen!).outlineColor).to.equal(systemColor('Highlight'));
      await sendKeys({ press: 'Tab' });
      const focused = h.focused as HTMLElement;
      expect(focused.matches(':focus-visible'), 'focus moved by the keyboard').to.be.true;
      expect(getComputedStyle(focused).outlineStyle, 'the focus ring').to.equal('solid');
      expect(getComputedStyle(focused).outlineColor, 'the focus ring').to.equal(systemColor('Highlight'));
      await h.click('Next question');
      const first = h.root.querySelector<HTMLElement>('button[aria-disabled="true"]');
      expect(first, 'the first item cannot move up').to.exist;
      expect(getComputedStyle(first!).color, 'a disabled button').to.equal(systemColor('GrayText'));
    });
  });
});
