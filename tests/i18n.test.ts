import '../src/quiz/index.js';
import '../src/fact-card/index.js';
import '../src/acronym-tip/index.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { AcronymTip } from '../src/acronym-tip/acronym-tip.js';
import type { FactCard } from '../src/fact-card/fact-card.js';
import { cardMessagesFor } from '../src/messages/card-messages.js';
import { messagesFor } from '../src/messages/messages.js';
import { registerLanguage, registerMessages } from '../src/messages/register-messages.js';
import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { TipHarness } from './helpers/acronym-tip-harness.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';
import { useFreshStoreAfterPendingWrites } from './helpers/test-store.js';
import { waitUntil } from './helpers/wait-until.js';

freshProgressPerTest();

const DECK = '/tests/fixtures/fact-deck.json';
const GLOSSARY = '/tests/fixtures/glossary.json';
const T0 = new Date(2030, 0, 15, 9, 0).getTime();
/** Text as a reader sees it: every run of white space (narrow and non-breaking spaces too) as one space. */
const squash = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A bank of 22 one-choice questions, the second worth 5 points. */
const bank22 = () =>
  bankOf(
    Array.from({ length: 22 }, (_, i) => ({ ...rawQuestions.single, id: `q${i + 1}`, ...(i === 1 ? { points: 5 } : {}) })),
    { lang: 'en' },
  );

interface Expected {
  start: string;
  /** The question count for 1, 2, 5 and 22 questions. */
  questions: [string, string, string, string];
  counter: string;
  /** The long interval for 1, 2, 5 and 22 of `unit`. */
  interval: { unit: 'min' | 'd' | 'y'; forms: [string, string, string, string] };
  showAnswer: string;
  again: string;
  doneTitle: string;
  tipSource: string;
  /** How 62.5 % is written. */
  decimal: string;
}

const expected: Record<string, Expected> = {
  fr: {
    start: 'Commencer',
    questions: ['1 question', '2 questions', '5 questions', '22 questions'],
    counter: 'Question 1 sur 22',
    interval: {
      unit: 'd',
      forms: ['prochaine fois dans 1 jour', 'prochaine fois dans 2 jours', 'prochaine fois dans 5 jours', 'prochaine fois dans 22 jours'],
    },
    showAnswer: 'Afficher la réponse',
    again: 'À revoir',
    doneTitle: 'C’est fini pour aujourd’hui.',
    tipSource: 'Source :',
    decimal: '62,5',
  },
  de: {
    start: 'Starten',
    questions: ['1 Frage', '2 Fragen', '5 Fragen', '22 Fragen'],
    counter: 'Frage 1 von 22',
    interval: {
      unit: 'd',
      forms: ['nächste Wiederholung in 1 Tag', 'nächste Wiederholung in 2 Tagen', 'nächste Wiederholung in 5 Tagen', 'nächste Wiederholung in 22 Tagen'],
    },
    showAnswer: 'Antwort zeigen',
    again: 'Nochmal',
    doneTitle: 'Für heute geschafft.',
    tipSource: 'Quelle:',
    decimal: '62,5',
  },
  pl: {
    start: 'Rozpocznij',
    questions: ['1 pytanie', '2 pytania', '5 pytań', '22 pytania'],
    counter: 'Pytanie 1 z 22',
    interval: {
      unit: 'min',
      forms: ['następna powtórka za 1 minutę', 'następna powtórka za 2 minuty', 'następna powtórka za 5 minut', 'następna powtórka za 22 minuty'],
    },
    showAnswer: 'Pokaż odpowiedź',
    again: 'Jeszcze raz',
    doneTitle: 'Na dziś koniec.',
    tipSource: 'Źródło:',
    decimal: '62,5',
  },
  el: {
    start: 'Έναρξη',
    questions: ['1 ερώτηση', '2 ερωτήσεις', '5 ερωτήσεις', '22 ερωτήσεις'],
    counter: 'Ερώτηση 1 από 22',
    interval: {
      unit: 'min',
      forms: ['επόμενη επανάληψη σε 1 λεπτό', 'επόμενη επανάληψη σε 2 λεπτά', 'επόμενη επανάληψη σε 5 λεπτά', 'επόμενη επανάληψη σε 22 λεπτά'],
    },
    showAnswer: 'Εμφάνιση απάντησης',
    again: 'Ξανά',
    doneTitle: 'Τελειώσατε για σήμερα.',
    tipSource: 'Πηγή:',
    decimal: '62,5',
  },
  bg: {
    start: 'Начало',
    questions: ['1 въпрос', '2 въпроса', '5 въпроса', '22 въпроса'],
    counter: 'Въпрос 1 от 22',
    interval: {
      unit: 'd',
      forms: ['следващ преговор след 1 ден', 'следващ преговор след 2 дни', 'следващ преговор след 5 дни', 'следващ преговор след 22 дни'],
    },
    showAnswer: 'Покажи отговора',
    again: 'Отново',
    doneTitle: 'Готово за днес.',
    tipSource: 'Източник:',
    decimal: '62,5',
  },
  ga: {
    start: 'Tosaigh',
    questions: ['1 cheist', '2 cheist', '5 cheist', '22 ceist'],
    counter: 'Ceist 1 as 22',
    interval: {
      unit: 'y',
      forms: [
        'an chéad athbhreithniú eile i gceann 1 bhliain',
        'an chéad athbhreithniú eile i gceann 2 bhliain',
        'an chéad athbhreithniú eile i gceann 5 bliana',
        'an chéad athbhreithniú eile i gceann 22 bliain',
      ],
    },
    showAnswer: 'Taispeáin an freagra',
    again: 'Arís',
    doneTitle: 'Sin é don lá inniu.',
    tipSource: 'Foinse:',
    decimal: '62.5',
  },
  fi: {
    start: 'Aloita',
    questions: ['1 kysymys', '2 kysymystä', '5 kysymystä', '22 kysymystä'],
    counter: 'Kysymys 1/22',
    interval: {
      unit: 'min',
      forms: [
        'seuraava kertaus 1 minuutin päästä',
        'seuraava kertaus 2 minuutin päästä',
        'seuraava kertaus 5 minuutin päästä',
        'seuraava kertaus 22 minuutin päästä',
      ],
    },
    showAnswer: 'Näytä vastaus',
    again: 'Uudelleen',
    doneTitle: 'Tältä päivältä valmista.',
    tipSource: 'Lähde:',
    decimal: '62,5',
  },
};

/** A quiz inside an element of language `lang`, once its strings in that language have arrived. */
async function quizIn(lang: string, start: string, attrs = ''): Promise<QuizHarness> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><defence-quiz .data=${bank22()} seed="fixed" pass-mark=${attrs || '62.5'}></defence-quiz></div>`,
  );
  const h = new QuizHarness(wrapper.querySelector('defence-quiz') as DefenceQuiz);
  await h.loaded();
  await waitUntil(() => h.hasButton(start), `the quiz never showed "${start}"`);
  return h;
}

const cardPart = (el: FactCard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function deckIn(lang: string): Promise<FactCard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><fact-card src=${DECK} new-per-day="1" .clock=${() => T0}></fact-card></div>`);
  const el = wrapper.querySelector('fact-card') as FactCard;
  // Turns off the 3D turn, so axe never measures contrast halfway through it.
  el.style.setProperty('--dl-card-flip-duration', '0s');
  await waitUntil(() => cardPart(el, '.show-answer'), 'the deck did not load');
  return el;
}

describe('the interface in other languages', () => {
  beforeEach(() => useFreshStoreAfterPendingWrites('card'));

  for (const [lang, want] of Object.entries(expected)) {
    describe(lang, () => {
      it('words counts with the plural forms of the language, for 1, 2, 5 and 22', async () => {
        await quizIn(lang, want.start);
        const msg = messagesFor(lang);
        expect([1, 2, 5, 22].map((n) => squash(msg.quiz.questionCount(n)))).to.deep.equal(want.questions);
        expect(['1', '2', '5', '22'].map((n) => squash(cardMessagesFor(lang).intervalLong[want.interval.unit](n)))).to.deep.equal(want.interval.forms);
      });

      it('runs a quiz in the language, numbers written its way, accessible at every step', async () => {
        const h = await quizIn(lang, want.start);
        const intro = squash(h.root.textContent);
        expect(intro).to.contain(want.questions[3]);
        expect(intro).to.contain(want.decimal);
        expect(intro).not.to.contain(lang === 'ga' ? '62,5' : '62.5');
        await expect(h.el).to.be.accessible();
        await h.click(want.start);
        expect(squash(h.counter)).to.contain(want.counter);
        await expect(h.el).to.be.accessible();
        // The bank's content keeps its own language inside the translated interface.
        expect(h.root.querySelector('[lang="en"]')).to.exist;
      });

      it('runs a deck session in the language, accessible, to the end of the day', async () => {
        const el = await deckIn(lang);
        await waitUntil(() => squash(cardPart(el, '.show-answer')!.textContent) === want.showAnswer, `no "${want.showAnswer}"`, { timeout: 5000 });
        await expect(el).to.be.accessible();
        cardPart(el, '.show-answer')!.click();
        await el.updateComplete;
        expect(squash(cardPart(el, 'button[data-rating="again"] .rating-name')!.textContent)).to.equal(want.again);
        await expect(el).to.be.accessible();
        cardPart(el, 'button[data-rating="easy"]')!.click();
        await el.updateComplete;
        await waitUntil(() => cardPart(el, '.done'), 'the session did not finish');
        expect(squash(cardPart(el, '.done-title')!.textContent)).to.equal(want.doneTitle);
        // The due date is written by Intl in the language: the year, and no English month.
        expect(cardPart(el, '.done time')!.textContent)
          .to.contain('2030')
          .and.not.match(/January/);
        await expect(el).to.be.accessible();
      });

      it('shows a tip with its source line in the language', async () => {
        const p = await fixture<HTMLParagraphElement>(html`<p lang=${lang}>The <acronym-tip glossary=${GLOSSARY}>CSDP</acronym-tip> runs missions.</p>`);
        const tip = p.querySelector('acronym-tip') as AcronymTip;
        await new TipHarness(tip).loaded();
        const source = () => squash(new TipHarness(tip).text('source'));
        await waitUntil(() => source().startsWith(want.tipSource), `the source line stayed "${source()}"`, { timeout: 5000 });
        await expect(p).to.be.accessible();
      });
    });
  }
});

describe('choosing the language', () => {
  beforeEach(() => useFreshStoreAfterPendingWrites('card'));

  it('re-renders every element when a lang attribute changes at run time', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <defence-quiz .data=${bank22()} seed="fixed"></defence-quiz>
      <fact-card src=${DECK} new-per-day="1" .clock=${() => T0}></fact-card>
      <p>The <acronym-tip glossary=${GLOSSARY}>CSDP</acronym-tip> runs missions.</p>
    </div>`);
    const h = new QuizHarness(wrapper.querySelector('defence-quiz') as DefenceQuiz);
    const card = wrapper.querySelector('fact-card') as FactCard;
    const tip = wrapper.querySelector('acronym-tip') as AcronymTip;
    await h.loaded();
    await waitUntil(() => cardPart(card, '.show-answer'));
    const tipSource = () => squash(new TipHarness(tip).text('source'));
    await waitUntil(() => tipSource().startsWith('Source:'));
    expect(h.hasButton('Start')).to.equal(true);

    wrapper.lang = 'de';
    await waitUntil(() => h.hasButton('Starten'), 'the quiz stayed in English');
    await waitUntil(() => squash(cardPart(card, '.show-answer')!.textContent) === 'Antwort zeigen', 'the deck stayed in English');
    await waitUntil(() => tipSource().startsWith('Quelle:'), 'the tip stayed in English');

    // The element's own lang wins over its ancestors'.
    h.el.lang = 'pl';
    await waitUntil(() => h.hasButton('Rozpocznij'), 'the quiz did not follow its own lang');
    h.el.removeAttribute('lang');
    await waitUntil(() => h.hasButton('Starten'), 'the quiz did not go back to its ancestor’s lang');
  });

  it('follows <html lang> when no closer element has one', async () => {
    const before = document.documentElement.getAttribute('lang');
    try {
      const h = new QuizHarness(await fixture<DefenceQuiz>(html`<defence-quiz .data=${bank22()} seed="fixed"></defence-quiz>`));
      await h.loaded();
      document.documentElement.lang = 'fi';
      await waitUntil(() => h.hasButton('Aloita'), 'the quiz did not follow <html lang>');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });

  it('reads lang="en_US" and "fr_BE" as a CMS means them, and unknown or malformed tags as English, without an error', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const en = await quizIn('en_US', 'Start');
      expect(squash(en.root.textContent)).to.contain('62.5%');
      await quizIn('fr_BE', 'Commencer');
      await quizIn('fr-BE', 'Commencer');
      await quizIn('tlh', 'Start');
      await quizIn('not a tag!', 'Start');
      const card = await deckIn('en_US');
      cardPart(card, '.show-answer')!.click();
      await card.updateComplete;
      cardPart(card, 'button[data-rating="easy"]')!.click();
      await waitUntil(() => cardPart(card, '.done time'));
      expect(cardPart(card, '.done time')!.textContent).to.match(/^New cards tomorrow, .*2030/);
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('lets a page add a language and reword a string, and re-renders at once', async () => {
    const h = await quizIn('uk', 'Start');
    registerLanguage('uk', { quiz: { start: 'Почати' } });
    await waitUntil(() => h.hasButton('Почати'), 'the registered language did not show');
    // What the Ukrainian table lacks is shown in English.
    expect(squash(h.root.textContent)).to.contain('Practice: check each answer as you go.');

    const en = await quizIn('en', 'Start');
    registerMessages('en', { quiz: { start: 'Begin' } });
    await waitUntil(() => en.hasButton('Begin'), 'the override did not show');
    // A built-in language keeps its own word for it.
    const fr = await quizIn('fr', 'Commencer');
    expect(fr.hasButton('Commencer')).to.equal(true);
    registerMessages('en', { quiz: { start: 'Start' } });
  });
});
