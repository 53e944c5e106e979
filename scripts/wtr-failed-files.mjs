// A Web Test Runner reporter that writes the test files that failed (a failed test, an error outside a test or a
// timeout) as a JSON list to the path given, so `npm test` can run just those files again (scripts/run-tests.mjs).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export function failedFilesReporter(path) {
  return {
    onTestRunFinished({ sessions }) {
      const failed = new Set(sessions.filter((session) => !session.passed).map((session) => relative(process.cwd(), session.testFile)));
      writeFileSync(path, JSON.stringify([...failed]));
    },
  };
}
