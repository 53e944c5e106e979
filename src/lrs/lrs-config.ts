import type { XapiAgent } from '../quiz/xapi-statement.js';

/**
 * Where a quiz sends its xAPI statements. Set from script only (`quiz.lrs = {...}`), never from an
 * attribute: credentials do not belong in markup.
 */
export interface LrsConfig {
  /** The LRS's xAPI endpoint, e.g. `https://lrs.example.org/xapi/` (statements go to `<endpoint>statements`). */
  endpoint: string;
  /** HTTP Basic credentials, or a function giving the Authorization header's value (e.g. `Bearer …`), asked before each send. */
  auth?: { username: string; password: string } | (() => string | Promise<string>);
  /** The learner; without it the quiz's `actor`, else an anonymous account on this site. */
  actor?: XapiAgent;
  /** Waits between tries after a failure, in ms; after the last one the quiz fires `quiz-lrs-error`. Default 1 s, 5 s, 30 s. */
  retryDelaysMs?: number[];
}
