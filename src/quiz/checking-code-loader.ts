/**
 * Loads the quiz's checking code (checking-code.ts: grading and the completion statement) once per page. A quiz shows
 * its first question without it and asks for it once the learner is at work on the question, so that Check finds it.
 */
import type * as checkingCode from './checking-code.js';

export type CheckingCode = typeof checkingCode;

let loading: Promise<CheckingCode> | undefined;

/** The checking code; rejects when it cannot be fetched (offline), and a later call tries again. */
export function loadCheckingCode(): Promise<CheckingCode> {
  loading ??= import('./checking-code.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
