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
      score: { scaled: f.maxScore === 0 ? 0 : Math.round((f.score / f.maxScore) * 10000) / 10000, raw: f.score, min: 0, max: f.maxScore },
      ...(f.passed === undefined ? {} : { success: f.passed }),
      completion: true,
      duration: isoDuration(f.durationMs),
    },
    timestamp: f.timestamp.toISOString(),
  };
}
