/**
 * What a quiz needs once the learner's answers are checked, as one chunk that loads while the first question is being
 * answered (checking-code-loader.ts): grading (typed answers' forgiving matching above all) and the xAPI statement of a
 * finished attempt.
 */
export { grade } from '../grading/grade.js';
export { quizCompletedStatement } from './xapi-statement.js';
