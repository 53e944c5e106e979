import { randomUuid } from '../random/seeded-random.js';
import type { Bank } from '../schema/bank-schema.js';
import { scaledScore } from '../scoring/score.js';

/** The part of the xAPI 1.0.3 statement format that a quiz completion uses. */
export interface XapiAgent {
  objectType: 'Agent';
  name?: string;
  mbox?: string;
  account?: { homePage: string; name: string };
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name: Record<string, string>; description?: Record<string, string> };
  };
  result: {
    score: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion: true;
    duration: string;
  };
  timestamp: string;
}

export interface CompletionFacts {
  id: string;
  actor: XapiAgent;
  activityId: string;
  lang: string;
  title: string;
  description?: string;
  score: number;
  maxScore: number;
  passed: boolean | undefined;
  durationMs: number;
  timestamp: Date;
}

/** ISO 8601 duration, as xAPI wants it: 83.5 s → "PT1M23.5S". */
export function isoDuration(ms: number): string {
  const totalSeconds = Math.max(0, ms) / 1000;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = Math.round((totalSeconds % 60) * 100) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

/** A "completed" statement for an assessment; pure, so the page's LMS bridge can trust its shape. */
export function completedStatement(f: CompletionFacts): XapiStatement {
  return {
    id: f.id,
    actor: f.actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
    object: {
      objectType: 'Activity',
      id: f.activityId,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/assessment',
        name: { [f.lang]: f.title },
        ...(f.description ? { description: { [f.lang]: f.description } } : {}),
      },
    },
    result: {
      score: { scaled: Math.round(scaledScore(f) * 10000) / 10000, raw: f.score, min: 0, max: f.maxScore },
      ...(f.passed === undefined ? {} : { success: f.passed }),
      completion: true,
      duration: isoDuration(f.durationMs),
    },
    timestamp: f.timestamp.toISOString(),
  };
}

/** What a finished quiz knows when it reports its completion. */
export interface QuizCompletion {
  bank: Bank;
  /** The bank's language, or the page's when the bank names none. */
  lang: string;
  /** The IRI naming the bank (see LoadedBank). */
  activityId: string;
  /** The learner; anonymous on this site when the page set none. */
  actor: XapiAgent | undefined;
  result: { score: number; maxScore: number; passed: boolean | undefined };
  durationMs: number;
}

/** The statement a `quiz-complete` event carries: a fresh id, the time now, the bank in its own language. */
export function quizCompletedStatement(c: QuizCompletion, now = new Date()): XapiStatement {
  return completedStatement({
    id: randomUuid(),
    actor: c.actor ?? { objectType: 'Agent', account: { homePage: location.origin, name: 'anonymous' } },
    activityId: c.activityId,
    lang: c.lang,
    title: c.bank.title,
    description: c.bank.description,
    score: c.result.score,
    maxScore: c.result.maxScore,
    passed: c.result.passed,
    durationMs: c.durationMs,
    timestamp: now,
  });
}
