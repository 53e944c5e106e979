/**
 * The storage code a `<defence-quiz>` loads when it has saved progress to read or an attempt to save: the records of
 * its attempts, the start screen's panel over them, and the stores under them. One chunk, loaded through
 * progress-storage-loader.ts, so that a first visit shows its first question without it.
 */
export { AttemptRecords } from './attempt-records.js';
export { StoredProgressPanel } from './stored-progress-panel.js';
