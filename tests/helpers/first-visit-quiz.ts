import '../../src/quiz/index.js';

import { bankOf, rawQuestions } from '../fixtures/sample-questions.js';
import { QuizHarness } from './quiz-harness.js';

/**
 * The quiz the first-visit tests open, as a page would: two questions (Warsaw, then a true-false; the progress fixture
 * tests/fixtures/progress-one-attempt.json is an attempt at it), a fixed seed, appended to the page; resolves once loaded.
 */
export async function mountFirstVisitQuiz(): Promise<QuizHarness> {
  const el = document.createElement('defence-quiz');
  Object.assign(el, {
    data: bankOf([
      { ...rawQuestions.single, tags: ['places'] },
      { ...rawQuestions.tf, tags: ['facts'] },
    ]),
    seed: 'fixed',
  });
  document.body.append(el);
  const h = new QuizHarness(el);
  await h.loaded();
  return h;
}
