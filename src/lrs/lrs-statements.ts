import type { LearnerResponse } from '../question-types/question-types.js';
import type { XapiAgent } from '../quiz/xapi-statement.js';

/**
 * The xAPI statements of one attempt, with the context a reader of an LRS expects (cmi5-style):
 * one `registration` per attempt, the quiz as `parent` of each question, the defence-learning
 * library as `grouping`, and the mode as an extension. Pure: ids and times come in.
 */

export interface Statement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition?: Record<string, unknown> };
  result?: Record<string, unknown>;
  context: Record<string, unknown>;
  timestamp: string;
}

export interface AttemptFacts {
  actor: XapiAgent;
  /** The quiz's activity IRI. */
  activityId: string;
  registration: string;
  mode: 'practice' | 'exam';
  lang: string;
}

const ADL = 'http://adlnet.gov/expapi/verbs/';
const verb = (name: string) => ({ id: `${ADL}${name}`, display: { 'en-US': name } });
/**
 * The library, as a grouping activity: every statement it sends can be found by it. URNs, like the
 * banks' `urn:defence-learning:bank:<id>`: identifiers that claim no web address we do not own.
 */
export const LIBRARY_ACTIVITY = 'urn:defence-learning';
export const MODE_EXTENSION = 'urn:defence-learning:extension:mode';

function context(a: AttemptFacts, parent: boolean): Record<string, unknown> {
  return {
    registration: a.registration,
    language: a.lang,
    contextActivities: {
      ...(parent ? { parent: [{ objectType: 'Activity', id: a.activityId }] } : {}),
      grouping: [{ objectType: 'Activity', id: LIBRARY_ACTIVITY }],
    },
    extensions: { [MODE_EXTENSION]: a.mode },
  };
}

const quizObject = (a: AttemptFacts) => ({
  objectType: 'Activity' as const,
  id: a.activityId,
  definition: { type: 'http://adlnet.gov/expapi/activities/assessment' },
});

export function attemptedStatement(a: AttemptFacts, id: string, at: Date): Statement {
  return { id, actor: a.actor, verb: verb('attempted'), object: quizObject(a), context: context(a, false), timestamp: at.toISOString() };
}

/** xAPI's interaction types, by question type. */
const INTERACTION: Record<string, string> = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  numeric: 'numeric',
  text: 'fill-in',
  order: 'sequencing',
  match: 'matching',
  cloze: 'fill-in',
};

/** A response in xAPI's characterstring form: `a[,]b` for lists, `left[.]right` for pairs. */
export function responseString(response: LearnerResponse | null | undefined): string {
  if (response === undefined || response === null) return '';
  if (Array.isArray(response)) return response.join('[,]');
  if (typeof response === 'object') {
    return Object.entries(response)
      .map(([k, v]) => `${k}[.]${v}`)
      .join('[,]');
  }
  return String(response);
}

export interface AnswerFacts {
  questionId: string;
  questionType?: string;
  response: LearnerResponse | undefined;
  correct: boolean;
  score: number;
  maxScore: number;
}

export function answeredStatement(a: AttemptFacts, f: AnswerFacts, id: string, at: Date): Statement {
  const interactionType = f.questionType ? INTERACTION[f.questionType] : undefined;
  // Cloze and match responses are maps; xAPI's fill-in wants the values alone.
  const response =
    f.questionType === 'cloze' && f.response && typeof f.response === 'object' && !Array.isArray(f.response)
      ? Object.values(f.response).join('[,]')
      : responseString(f.response);
  return {
    id,
    actor: a.actor,
    verb: verb('answered'),
    object: {
      objectType: 'Activity',
      id: `${a.activityId}#${encodeURIComponent(f.questionId)}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', ...(interactionType ? { interactionType } : {}) },
    },
    result: {
      response,
      success: f.correct,
      score: { raw: f.score, min: 0, max: f.maxScore, scaled: f.maxScore > 0 ? Math.round((f.score / f.maxScore) * 10000) / 10000 : 0 },
    },
    context: context(a, true),
    timestamp: at.toISOString(),
  };
}

export interface CompletionFacts {
  score: number;
  maxScore: number;
  scaled: number;
  passed: boolean | undefined;
  /** ISO 8601 duration. */
  duration: string;
}

/** `completed`, then `passed` or `failed` when the quiz has a pass mark. */
export function completionStatements(a: AttemptFacts, f: CompletionFacts, ids: [string, string], at: Date): Statement[] {
  const result = {
    score: { raw: f.score, min: 0, max: f.maxScore, scaled: f.scaled },
    completion: true,
    duration: f.duration,
    ...(f.passed === undefined ? {} : { success: f.passed }),
  };
  const base = { actor: a.actor, object: quizObject(a), context: context(a, false), timestamp: at.toISOString() };
  const statements: Statement[] = [{ id: ids[0], ...base, verb: verb('completed'), result }];
  if (f.passed !== undefined) statements.push({ id: ids[1], ...base, verb: verb(f.passed ? 'passed' : 'failed'), result });
  return statements;
}
