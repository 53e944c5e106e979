// Takes the sample quiz through every question type and the summary on a strict-CSP page, so
// every template the quiz has is rendered under the policy; then tells the test it is done.
import '../../src/quiz/index.js';

const quiz = document.querySelector('defence-quiz')!;
const root = () => quiz.shadowRoot!;
const tick = () => new Promise((r) => setTimeout(r, 20));
const press = async (name: RegExp) => {
  const button = [...root().querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  button?.click();
  await tick();
};

async function run() {
  await quiz.loadComplete;
  await quiz.updateComplete;
  await press(/Start/);
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
    await tick();
    await press(/^Check$/);
    await press(/Next question|See results/);
  }
  // The results' review comes with their chunk, which the element's update waits for.
  await quiz.updateComplete;
  parent.postMessage({ ready: true, summary: !!root().querySelector('.summary') }, '*');
}

void run();
