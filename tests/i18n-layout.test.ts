import '../src/quiz/index.js';
import '../src/fact-card/index.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { FactCard } from '../src/fact-card/fact-card.js';
import { registerLanguage } from '../src/messages/register-messages.js';
import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { englishTable } from './helpers/check-translations.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';
import { useFreshStoreAfterPendingWrites } from './helpers/test-store.js';
import { waitUntil } from './helpers/wait-until.js';

freshProgressPerTest();

const WIDTH = 320;
const DECK = '/tests/fixtures/fact-deck.json';
const T0 = new Date(2030, 0, 15, 9, 0).getTime();

/** Every vowel doubled and accented, a few consonants accented: about 40 % longer, as German or Finnish can be. */
const ACCENTED: Record<string, string> = {
  a: 'áá',
  e: 'éé',
  i: 'íí',
  o: 'óó',
  u: 'úú',
  A: 'ÁÁ',
  E: 'ÉÉ',
  I: 'ÍÍ',
  O: 'ÓÓ',
  U: 'ÚÚ',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
};
const pseudo = (text: string) => text.replace(/[aeiouAEIOUcnsyz]/g, (ch) => ACCENTED[ch] ?? ch);

type Tree = { [key: string]: unknown };
function pseudoTable(table: Tree): Tree {
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? pseudo(value)
        : typeof value === 'function'
          ? (...args: unknown[]) => pseudo(String((value as (...a: unknown[]) => unknown)(...args)))
          : pseudoTable(value as Tree),
    ]),
  );
}

before(() => registerLanguage('qps-ploc', pseudoTable(englishTable())));

/** What sticks out of the 320 px column, or has its text cut off, in an element's shadow tree. */
function overflowing(host: Element): string[] {
  const column = host.parentElement!.getBoundingClientRect();
  const found: string[] = [];
  if (host.scrollWidth > WIDTH) found.push(`the element is ${host.scrollWidth} px wide`);
  for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.visually-hidden')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const name = `${el.localName}.${el.className} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    if (box.right > column.right + 1 || box.left < column.left - 1) found.push(`${name} spans ${Math.round(box.left)}–${Math.round(box.right)}`);
    if (/^(button|select|summary|a|label)$/.test(el.localName) && el.scrollWidth > el.clientWidth + 1)
      found.push(`${name} clips its text (${el.scrollWidth} > ${el.clientWidth})`);
  }
  return found;
}

async function inColumn<T extends HTMLElement>(lang: string, template: ReturnType<typeof html>): Promise<T> {
  const column = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  column.style.width = `${WIDTH}px`;
  return column.firstElementChild as T;
}

const submit = (h: QuizHarness) => h.root.querySelector<HTMLButtonElement>('button[type="submit"]')!;

/** Every question type, asked, answered and revealed, then the results: each state measured. */
async function everyQuizState(lang: string, start: string): Promise<Record<string, string[]>> {
  const el = await inColumn<DefenceQuiz>(lang, html`<defence-quiz .data=${bankOf(Object.values(rawQuestions))} seed="fixed" pass-mark="62.5"></defence-quiz>`);
  const h = new QuizHarness(el);
  await h.loaded();
  await waitUntil(() => h.hasButton(start), `no "${start}"`, { timeout: 5000 });
  const states: Record<string, string[]> = { start: overflowing(el) };
  h.button(start).click();
  await h.settle();
  for (let i = 1; i <= Object.keys(rawQuestions).length; i++) {
    states[`question ${i}`] = overflowing(el);
    submit(h).click();
    await h.settle();
    // Given no answer, the quiz asks for one: give any.
    if (h.hint) {
      h.root.querySelector<HTMLInputElement>('fieldset input[type=radio], fieldset input[type=checkbox]')?.click();
      for (const t of h.root.querySelectorAll<HTMLInputElement>('fieldset input[type=text]')) {
        t.value = '1';
        t.dispatchEvent(new Event('input'));
      }
      for (const s of h.root.querySelectorAll<HTMLSelectElement>('fieldset select')) {
        s.selectedIndex = 1;
        s.dispatchEvent(new Event('change'));
      }
      await h.settle();
      submit(h).click();
      await h.settle();
    }
    states[`question ${i} revealed`] = overflowing(el);
    submit(h).click();
    await h.settle();
  }
  expect(h.summary, 'the results').to.exist;
  states.results = overflowing(el);
  return states;
}

async function everyDeckState(lang: string, showAnswer: string): Promise<Record<string, string[]>> {
  const el = await inColumn<FactCard>(lang, html`<fact-card src=${DECK} new-per-day="1" .clock=${() => T0}></fact-card>`);
  const part = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
  await waitUntil(() => part('.show-answer')?.textContent?.trim() === showAnswer, `no "${showAnswer}"`, { timeout: 5000 });
  const states: Record<string, string[]> = { question: overflowing(el) };
  part('.show-answer')!.click();
  await el.updateComplete;
  states.ratings = overflowing(el);
  part('button[data-rating="easy"]')!.click();
  await waitUntil(() => part('.done'));
  states.done = overflowing(el);
  return states;
}

const none = (states: Record<string, string[]>) => Object.fromEntries(Object.keys(states).map((state) => [state, []]));

describe('the interface at 320 px in long languages', () => {
  beforeEach(() => useFreshStoreAfterPendingWrites('card'));

  it('notices a control whose text does not fit', async () => {
    registerLanguage('qpt', { quiz: { start: 'Ø'.repeat(60) } });
    const el = await inColumn<DefenceQuiz>('qpt', html`<defence-quiz .data=${bankOf([rawQuestions.single])}></defence-quiz>`);
    const h = new QuizHarness(el);
    await h.loaded();
    await waitUntil(() => h.hasButton('Ø'.repeat(60)));
    expect(overflowing(el).join('\n')).to.match(/button/);
  });

  const languages: Array<[string, string, string]> = [
    ['qps-ploc', pseudo('Start'), pseudo('Show answer')],
    ['de', 'Starten', 'Antwort zeigen'],
    ['fi', 'Aloita', 'Näytä vastaus'],
  ];
  for (const [lang, start, showAnswer] of languages) {
    it(`${lang}: no quiz state overflows or clips a control`, async function () {
      this.timeout(30000);
      const states = await everyQuizState(lang, start);
      expect(states).to.deep.equal(none(states));
    });

    it(`${lang}: no deck session state overflows or clips a control`, async function () {
      this.timeout(40000);
      const states = await everyDeckState(lang, showAnswer);
      expect(states).to.deep.equal(none(states));
    });
  }
});
