// Takes the sample quiz through every question type and the summary on a strict-CSP page, so
// every template the quiz has is rendered under the policy; then tells the test it is done.
import '../../src/quiz/index.js';

import { pollUntil } from './poll-until.js';

const quiz = document.querySelector('defence-quiz')!;
const root = () => quiz.shadowRoot!;
const button = (name: RegExp) => [...root().querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
/** Waits until `done()` holds (the quiz answers presses once its checking code has arrived, which a busy machine delays). */
async function until(done: () => unknown, what: string, ms = 20000) {
  if (!(await pollUntil(done, ms))) throw new Error(`the quiz page waited ${ms} ms for ${what}`);
  await quiz.updateComplete;
}

async function run() {
  await quiz.loadComplete;
  await quiz.updateComplete;
  button(/Start/)?.click();
  await until(() => root().querySelector('fieldset'), 'the first question');
  for (let i = 0; i < 20 && !root().querySelector('.summary'); i++) {
    root().querySelector<HTMLInputElement>('fieldset input[type=radio], fieldset input[type=checkbox]')?.click();
    for (const t of root().querySelectorAll<HTMLInputElement>('fieldset input[type=text]')) {
      t.value = '22';
      t.dispatchEvent(new Event('input'));
    }
    for (const s of root().querySelectorAll<HTMLSelectElement>('fieldset select')) {
      s.selectedIndex = 1;
      s.dispatchEvent(new Event('change'));
    }
    root().querySelector<HTMLButtonElement>('.order-buttons button')?.click();
    await quiz.updateComplete;
    button(/^Check$/)?.click();
    await until(() => button(/Next question|See results/), 'the answer to be checked');
    // Lit keeps the question's elements from one question to the next: its text tells them apart.
    const question = root().querySelector('[part="question"]')?.textContent;
    button(/Next question|See results/)?.click();
    await until(
      () => root().querySelector('.summary') || root().querySelector('[part="question"]')?.textContent !== question,
      'the next question or the results',
    );
  }
  // The results' review comes with their chunk, which the element's update waits for.
  await quiz.updateComplete;
  parent.postMessage({ ready: true, summary: !!root().querySelector('.summary') }, '*');
}

run().catch((error: unknown) => {
  // The test then reports this page's own words rather than a missing summary.
  console.error(error);
  parent.postMessage({ ready: true, summary: false }, '*');
});
