/**
 * Loads the quiz's checking code (checking-code.ts: grading and the completion statement) once per page. A quiz shows
 * its first question without it and asks for it once the learner is at work on the question, so that Check finds it.
 */
import { chunkLoader } from '../lazy-chunk.js';
import type * as checkingCode from './checking-code.js';

export type CheckingCode = typeof checkingCode;

/** The checking code; rejects when it cannot be fetched (offline), and a later call tries again. */
export const loadCheckingCode = chunkLoader(() => import('./checking-code.js'));
