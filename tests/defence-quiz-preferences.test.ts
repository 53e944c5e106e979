import '../src/quiz/index.js';

import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';

freshProgressPerTest();

async function answeredWrong() {
  const el = await fixture<DefenceQuiz>(html`<defence-quiz .data=${bankOf([rawQuestions.single])} persist="none"></defence-quiz>`);
  const h = new QuizHarness(el);
  await h.loaded();
  await h.start();
  await h.choose('Brussels');
  await h.check();
  return h;
}

const luminance = (rgb: string) => {
  const [r = NaN, g = NaN, b = NaN] = rgb.match(/\d+/g)!.slice(0, 3).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** Media emulation needs the Chrome DevTools Protocol; Firefox (WebDriver BiDi) skips these tests. */
async function emulate(context: Mocha.Context, media: Parameters<typeof emulateMedia>[0]) {
  try {
    await emulateMedia(media);
  } catch (error) {
    if (/CDP support is required/.test(String(error))) context.skip();
    throw error;
  }
}

describe('<defence-quiz> reader preferences (emulated media)', () => {
  afterEach(async function () {
    await emulate(this, { colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('follows dark mode, and stays accessible in it', async function () {
    await emulate(this, { colorScheme: 'dark' });
    const h = await answeredWrong();
    const base = h.root.querySelector('.base')!;
    expect(luminance(getComputedStyle(base).backgroundColor)).to.be.below(60);
    expect(luminance(getComputedStyle(base).color)).to.be.above(180);
    await expect(h.el).to.be.accessible();
  });

  it('uses light colours otherwise', async function () {
    await emulate(this, { colorScheme: 'light' });
    const h = await answeredWrong();
    expect(luminance(getComputedStyle(h.root.querySelector('.base')!).backgroundColor)).to.be.above(200);
  });

  it('does not animate feedback when reduced motion is asked for', async function () {
    await emulate(this, { reducedMotion: 'reduce' });
    const h = await answeredWrong();
    expect(getComputedStyle(h.feedback!).animationName).to.equal('none');
    await emulate(this, { reducedMotion: 'no-preference' });
    const moving = await answeredWrong();
    expect(getComputedStyle(moving.feedback!).animationName).to.equal('appear');
  });
});

describe('<defence-quiz> theming and target size', () => {
  it('takes its colours from the documented custom properties', async () => {
    const h = await answeredWrong();
    h.el.style.setProperty('--dl-color-accent', 'rgb(200, 0, 100)');
    expect(getComputedStyle(h.root.querySelector('button.primary')!).backgroundColor).to.equal('rgb(200, 0, 100)');
  });

  it('reflows into the 280 pixel column a 320 pixel screen leaves inside a page: nothing sticks out (WCAG 1.4.10)', async () => {
    const long = 'Organization for Security and Co-operation in Europe';
    const bank = bankOf([
      { ...rawQuestions.match, pairs: rawQuestions.match.pairs.map((p, i) => ({ ...p, right: `${long} ${i}` })) },
      { ...rawQuestions.cloze, blanks: { city: { accept: [long], options: [long, 'Brussels'] }, year: { accept: [long] } } },
      { ...rawQuestions.order, items: rawQuestions.order.items.map((item, i) => ({ ...item, text: `${long}${long} ${i}` })) },
      { ...rawQuestions.single, options: rawQuestions.single.options.map((o) => ({ ...o, text: `${o.text} ${long} ${long}` })) },
    ]);
    const el = await fixture<DefenceQuiz>(html`<div style="width: 280px"><defence-quiz .data=${bank} mode="exam"></defence-quiz></div>`);
    const quiz = el.querySelector('defence-quiz')!;
    const h = new QuizHarness(quiz);
    const sticking = () => {
      const edge = quiz.getBoundingClientRect().right;
      return [...h.root.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge + 0.5).map((e) => `${e.tagName}.${e.className}`);
    };
    await h.loaded();
    expect(sticking(), 'start screen').to.deep.equal([]);
    await h.start();
    for (let i = 0; i < 4; i++) {
      expect(sticking(), h.prompt).to.deep.equal([]);
      await h.click(/Next question|See results/);
    }
    expect(sticking(), 'unanswered check').to.deep.equal([]);
    await h.click('Finish anyway');
    expect(h.summary).to.exist;
    expect(sticking(), 'summary').to.deep.equal([]);
  });

  it('uses every button and control at least 24 by 24 pixels', async () => {
    const h = await answeredWrong();
    for (const el of h.root.querySelectorAll('button, select, input[type=text], .option label')) {
      const r = el.getBoundingClientRect();
      expect(r.width, el.outerHTML).to.be.at.least(24);
      expect(r.height, el.outerHTML).to.be.at.least(24);
    }
  });
});
