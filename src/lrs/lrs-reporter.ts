import { langOf } from '../messages/messages.js';
import type { QuizAnswerEvent, QuizCompleteEvent, QuizStartEvent } from '../quiz/quiz-events.js';
import type { XapiAgent } from '../quiz/xapi-statement.js';
import { randomUuid } from '../random/seeded-random.js';
import type { LrsConfig } from './lrs-config.js';
import { QuizLrsErrorEvent } from './lrs-events.js';
import { answeredStatement, attemptedStatement, type AttemptFacts, completionStatements, type Statement } from './lrs-statements.js';
import { StatementQueue } from './statement-queue.js';

/** What the reporter reads from its quiz: the public properties of <defence-quiz>. */
export interface QuizLike extends HTMLElement {
  actor?: XapiAgent;
}

const DEFAULT_DELAYS = [1000, 5000, 30000];
/** Statements per POST: xAPI allows an array; LRSs cap request sizes. */
const BATCH = 50;
/** A slow LRS is given this long before the try counts as failed (and is retried). */
const TIMEOUT_MS = 20000;

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Sends a quiz's xAPI statements to a Learning Record Store as the learner goes: `attempted` on
 * quiz-start, `answered` on each quiz-answer, `completed` (and `passed`/`failed`) on quiz-complete.
 * Everything happens after the event, without awaiting: the learner never waits for the LRS.
 * Failures are retried with back-off; after the last try a `quiz-lrs-error` is fired on the quiz
 * and the statements stay queued (in IndexedDB) for the next send: a new statement, the browser
 * coming back online, or the next page that reports to the same LRS.
 */
export class LrsReporter {
  private readonly queue: StatementQueue;
  private attempt?: AttemptFacts;
  private sending = false;
  private tries = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly listeners: Array<[string, EventListener]>;

  /** `earlier`: the quiz's events fired before this reporter existed (while its code loaded), reported first, in order. */
  constructor(
    private readonly quiz: QuizLike,
    private readonly config: LrsConfig,
    dbName?: string,
    earlier: readonly Event[] = [],
  ) {
    this.queue = new StatementQueue(config.endpoint, dbName);
    // The quiz dispatches these classes under these names (possibly from another copy of the library, so no instanceof).
    /* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- see the line above */
    this.listeners = [
      ['quiz-start', (e) => this.started(e as QuizStartEvent)],
      ['quiz-answer', (e) => this.answered(e as QuizAnswerEvent)],
      ['quiz-complete', (e) => this.completed(e as QuizCompleteEvent)],
    ];
    /* eslint-enable @typescript-eslint/no-unsafe-class-instance-assignment */
    for (const event of earlier) this.listeners.find(([type]) => type === event.type)?.[1](event);
    for (const [type, listener] of this.listeners) quiz.addEventListener(type, listener);
    addEventListener('online', this.onOnline);
    void this.queue.restore().then(() => this.flushSoon());
  }

  detach(): void {
    for (const [type, listener] of this.listeners) this.quiz.removeEventListener(type, listener);
    removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  /** Statements not yet accepted by the LRS. */
  get pending(): number {
    return this.queue.size;
  }

  private readonly onOnline = () => {
    this.tries = 0;
    this.flushSoon();
  };

  /** The attempt's facts; its activity is the bank the quiz loaded, as its events name it. */
  private facts(activityId: string, mode: AttemptFacts['mode']): AttemptFacts {
    const { quiz } = this;
    const actor = this.config.actor ?? quiz.actor ?? { objectType: 'Agent' as const, account: { homePage: location.origin, name: 'anonymous' } };
    return { actor, activityId, registration: randomUuid(), mode, lang: langOf(quiz) };
  }

  private started(e: QuizStartEvent): void {
    this.attempt = this.facts(e.detail.activityId, e.detail.mode);
    this.send([attemptedStatement(this.attempt, randomUuid(), new Date())]);
  }

  private answered(e: QuizAnswerEvent): void {
    // An attempt resumed after a reload fired no quiz-start: it gets a registration of its own.
    this.attempt ??= this.facts(e.detail.activityId, 'practice');
    this.send([answeredStatement(this.attempt, e.detail, randomUuid(), new Date())]);
  }

  private completed(e: QuizCompleteEvent): void {
    const d = e.detail;
    this.attempt = { ...(this.attempt ?? this.facts(d.activityId, 'practice')), activityId: d.activityId };
    this.send(completionStatements(this.attempt, { ...d, duration: d.statement.result.duration }, [randomUuid(), randomUuid()], new Date()));
    this.attempt = undefined;
  }

  private send(statements: Statement[]): void {
    this.queue.add(statements);
    this.tries = 0;
    this.flushSoon();
  }

  private flushSoon(delay = 0): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private async headers(): Promise<Record<string, string>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' };
    const { auth } = this.config;
    if (typeof auth === 'function') headers.Authorization = await auth();
    else if (auth) headers.Authorization = `Basic ${base64(`${auth.username}:${auth.password}`)}`;
    return headers;
  }

  private async flush(): Promise<void> {
    if (this.sending || this.queue.size === 0) return;
    if (!navigator.onLine) return; // The 'online' listener sends them.
    this.sending = true;
    let status = 0;
    let message = '';
    try {
      while (this.queue.size > 0) {
        const batch = this.queue.peek(BATCH);
        const url = new URL('statements', this.config.endpoint.endsWith('/') ? this.config.endpoint : `${this.config.endpoint}/`);
        const response = await fetch(url, {
          method: 'POST',
          headers: await this.headers(),
          body: JSON.stringify(batch),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        status = response.status;
        // 409: the LRS already holds statements with these ids, which is what was wanted.
        if (!response.ok && status !== 409) {
          message = `the LRS answered ${status} ${response.statusText}`.trim();
          break;
        }
        this.queue.remove(batch.map((s) => s.id));
        this.tries = 0;
      }
    } catch (error) {
      status = 0;
      message = `the LRS could not be reached (${(error as Error).message})`;
    } finally {
      this.sending = false;
    }
    if (this.queue.size === 0) return;
    const delays = this.config.retryDelaysMs ?? DEFAULT_DELAYS;
    if (this.tries < delays.length) {
      this.flushSoon(delays[this.tries++]);
      return;
    }
    this.tries = 0;
    this.quiz.dispatchEvent(new QuizLrsErrorEvent({ status, message, queued: this.queue.size }));
  }
}
