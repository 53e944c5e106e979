// Where a command prints: the process's own streams when run from the command line, strings the tests
// read when a test runs the command inside its own process.
export interface CommandOutput {
  /** A line of the result (stdout). */
  log(line: string): void;
  /** A line about the run: problems, skipped items, what was written (stderr). */
  error(line: string): void;
  /** Data as it is, for output piped to a file (stdout). */
  stdout(data: string | Uint8Array): void;
}

export const processOutput: CommandOutput = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  stdout: (data) => process.stdout.write(data),
};
