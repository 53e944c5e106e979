/**
 * The LMS's SCORM run-time, found and spoken to as SCORM 1.2 (`API`) or 2004 (`API_1484_11`) says:
 * the launch page's parents first, then its opener's. Outside an LMS there is none, and the quiz
 * runs without reporting.
 */

export type ScormVersion = '1.2' | '2004';

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
}
interface Api2004 {
  Initialize(arg: ''): string;
  GetValue(key: string): string;
  SetValue(key: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
}

/** SCORM's own limit on the search: an LMS frame is never this far up. */
const MAX_DEPTH = 500;

function apiIn(win: Window, name: 'API' | 'API_1484_11'): unknown {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a detached frame's parent is null, whatever the DOM types say
  for (let w: Window | null = win, depth = 0; w && depth < MAX_DEPTH; depth++) {
    try {
      const api = (w as unknown as Record<string, unknown>)[name];
      if (api) return api;
    } catch {
      // A parent from another origin cannot be read: the search ends there.
      return undefined;
    }
    if (w.parent === w) break;
    w = w.parent;
  }
  return undefined;
}

function findApi(name: 'API' | 'API_1484_11', win: Window): unknown {
  const found = apiIn(win, name);
  if (found) return found;
  let opener: Window | null;
  try {
    opener = (win.top?.opener as Window | null | undefined) ?? null;
  } catch {
    opener = null;
  }
  return opener ? apiIn(opener, name) : undefined;
}

/** SCORM 1.2 wants a session time as HHHH:MM:SS.SS; 2004 as an ISO 8601 duration. */
function time12(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  const pad = (n: number, w = 2) => String(Math.floor(n)).padStart(w, '0');
  return `${pad(s / 3600, 4)}:${pad((s % 3600) / 60)}:${pad(s % 60)}.${pad((s % 1) * 100)}`;
}
function time2004(ms: number): string {
  return `PT${Math.round(Math.max(0, ms) / 10) / 100}S`;
}

export interface AttemptOutcome {
  /** 0–1. */
  scaled: number;
  score: number;
  maxScore: number;
  /** Undefined without a pass mark. */
  passed: boolean | undefined;
}

/** One launch's conversation with the LMS, in the words both versions share. */
export class ScormSession {
  private finished = false;
  private readonly started = Date.now();
  private completed = false;

  private constructor(
    readonly version: ScormVersion,
    private readonly api12?: Api12,
    private readonly api2004?: Api2004,
  ) {}

  /** The run-time of the wanted version (or of the other one, when only that is there), initialized; undefined outside an LMS. */
  static open(preferred: ScormVersion, win: Window = window): ScormSession | undefined {
    const a2004 = findApi('API_1484_11', win) as Api2004 | undefined;
    const a12 = findApi('API', win) as Api12 | undefined;
    const session =
      (preferred === '2004' && a2004) || (!a12 && a2004) ? new ScormSession('2004', undefined, a2004) : a12 ? new ScormSession('1.2', a12) : undefined;
    if (!session) return undefined;
    const ok = session.api12 ? session.api12.LMSInitialize('') : session.api2004!.Initialize('');
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- LMSs answer 'true' or true, whatever the standard says
    return String(ok) === 'true' ? session : undefined;
  }

  /** The per-version limit on suspend_data. */
  get suspendLimit(): number {
    return this.version === '1.2' ? 4096 : 64000;
  }

  private get(key12: string, key2004: string): string {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion, @typescript-eslint/no-unnecessary-condition -- some LMSs answer null or a number, whatever the standard says
    return String((this.api12 ? this.api12.LMSGetValue(key12) : this.api2004!.GetValue(key2004)) ?? '');
  }

  private set(key12: string | undefined, key2004: string | undefined, value: string | number): void {
    if (this.finished) return;
    if (this.api12 && key12) this.api12.LMSSetValue(key12, String(value));
    if (this.api2004 && key2004) this.api2004.SetValue(key2004, String(value));
  }

  get suspendData(): string {
    return this.get('cmi.suspend_data', 'cmi.suspend_data');
  }

  get learnerId(): string {
    return this.get('cmi.core.student_id', 'cmi.learner_id');
  }

  /** Marks the attempt as started (incomplete) unless the LMS already holds a result. */
  begin(): void {
    if (this.api12) {
      const status = this.get('cmi.core.lesson_status', '');
      if (status === 'not attempted' || status === '') this.set('cmi.core.lesson_status', undefined, 'incomplete');
    } else if (this.get('', 'cmi.completion_status') !== 'completed') {
      this.set(undefined, 'cmi.completion_status', 'incomplete');
    }
    this.commit();
  }

  saveSuspendData(text: string): boolean {
    if (text.length > this.suspendLimit) return false;
    this.set('cmi.suspend_data', 'cmi.suspend_data', text);
    this.commit();
    return true;
  }

  report(outcome: AttemptOutcome): void {
    const percent = Math.round(outcome.scaled * 10000) / 100;
    this.completed = true;
    if (this.api12) {
      this.set('cmi.core.score.min', undefined, 0);
      this.set('cmi.core.score.max', undefined, 100);
      this.set('cmi.core.score.raw', undefined, percent);
      this.set('cmi.core.lesson_status', undefined, outcome.passed === undefined ? 'completed' : outcome.passed ? 'passed' : 'failed');
    } else {
      this.set(undefined, 'cmi.score.min', 0);
      this.set(undefined, 'cmi.score.max', outcome.maxScore);
      this.set(undefined, 'cmi.score.raw', outcome.score);
      this.set(undefined, 'cmi.score.scaled', Math.round(outcome.scaled * 10000) / 10000);
      this.set(undefined, 'cmi.completion_status', 'completed');
      this.set(undefined, 'cmi.success_status', outcome.passed === undefined ? 'unknown' : outcome.passed ? 'passed' : 'failed');
    }
    this.commit();
  }

  commit(): void {
    if (this.finished) return;
    if (this.api12) this.api12.LMSCommit('');
    else this.api2004!.Commit('');
  }

  /** Ends the session once: the time spent, and "suspend" when the learner may come back to finish. */
  finish(): void {
    if (this.finished) return;
    const ms = Date.now() - this.started;
    this.set('cmi.core.session_time', 'cmi.session_time', this.api12 ? time12(ms) : time2004(ms));
    this.set('cmi.core.exit', 'cmi.exit', this.completed ? (this.api12 ? '' : 'normal') : 'suspend');
    this.commit();
    this.finished = true;
    if (this.api12) this.api12.LMSFinish('');
    else this.api2004!.Terminate('');
  }
}
