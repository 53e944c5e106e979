// Typical user code, type-checked by `npm run build` (tsc --noEmit): it fails if the package's types regress.
import 'defence-learning';

import type { QuizCompleteEvent } from 'defence-learning';

import { bank } from './bank';

export function wire(): void {
  document.addEventListener('quiz-complete', (event) => {
    const scaled: number = event.detail.scaled;
    const passed: boolean | undefined = event.detail.passed;
    void [scaled, passed];
  });
  const quiz = document.querySelector('defence-quiz')!;
  quiz.data = bank;
  quiz.mode = 'exam';
  quiz.addEventListener('quiz-answer', (event) => void event.detail.correct);
  const handler = (event: QuizCompleteEvent) => event.detail.statement.verb.id;
  quiz.addEventListener('quiz-complete', handler);
  document.querySelector('fact-card')?.addEventListener('card-rated', (event) => void event.detail.due.getTime());
}
