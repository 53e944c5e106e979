// A quiz that keeps progress in the library's real database, on a strict-CSP page. The test drives
// it from outside, reloads this page, and checks the attempt resumes; `?key=` keeps runs apart.
import '../../src/quiz/index.js';

import { sharedSafeStore } from '../../src/storage/safe-store.js';
import { bankOf, rawQuestions } from '../fixtures/sample-questions.js';

// Lets the test wait until the page's writes have reached the database before it reloads the page.
Object.assign(window, { flushProgress: () => sharedSafeStore().flush() });

const quiz = document.createElement('defence-quiz');
quiz.progressKey = new URLSearchParams(location.search).get('key') ?? 'csp-progress';
quiz.seed = 'fixed';
quiz.data = bankOf([
  { ...rawQuestions.single, tags: ['places'] },
  { ...rawQuestions.tf, tags: ['facts'] },
]);
document.body.append(quiz);

await quiz.loadComplete;
await quiz.updateComplete;
parent.postMessage({ ready: true }, '*');
