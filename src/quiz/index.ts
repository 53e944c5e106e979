/** `defence-learning/quiz` and the drop-in `dist/quiz.js`: registers `<defence-quiz>` and exports its class, events and types. */
import { defineElement } from '../define-element.js';
import { DefenceQuiz } from './defence-quiz.js';

defineElement('defence-quiz', DefenceQuiz);

export { DefenceQuiz };
export type { LrsConfig } from '../lrs/lrs-config.js';
export { type QuizLrsErrorDetail, QuizLrsErrorEvent } from '../lrs/lrs-events.js';
export type { QuizAnswerDetail, QuizCompleteDetail, QuizStartDetail } from './quiz-events.js';
export { QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizStartEvent } from './quiz-events.js';
export type { XapiAgent, XapiStatement } from './xapi-statement.js';
