import type { PathWords } from './readable-path.js';

/** One problem found in an author's file, located by a JSON path such as `questions[3].options`. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * The result of validating untrusted data: the typed value, or the problems found (the first
 * `LISTED_ISSUES`, then one entry counting the rest: see `listedIssues`).
 */
export type Validated<T> = { ok: true; value: T } | ({ ok: false; issues: ValidationIssue[] } & ProblemContext);

/**
 * What kind of failure it is, for the heading an author reads: the content could not be `fetch`ed, the
 * element's attributes do not name usable content (`setup`), or (by default) the content itself is invalid.
 */
export type ProblemKind = 'fetch' | 'setup' | 'content';

/** Beside the issues, never in events: their kind, and how to name where each is (a question by its id) for a panel. */
export interface ProblemContext {
  problem?: ProblemKind;
  /** The issues as an author reads them, located in the data they came from (see readable-path.ts). */
  readable?: (list: string, words: PathWords) => ValidationIssue[];
}

/** How many problems a report lists: a file with thousands of them needs its first few fixed, not a list no one reads. */
export const LISTED_ISSUES = 50;

/** The path of the entry that counts the problems not listed. */
export const MORE_ISSUES_PATH = '…';

/** Issues quote what they found: a 10 MB id is quoted by its start. */
const clipped = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * Each problem once (same path, same message), the first `LISTED_ISSUES` of them, then one entry
 * `… : and 69,950 more problems` when there are more. Linear in the number of issues.
 */
export function listedIssues(issues: Iterable<ValidationIssue>, limit = LISTED_ISSUES): ValidationIssue[] {
  const seen = new Set<string>();
  const listed: ValidationIssue[] = [];
  let more = 0;
  for (const issue of issues) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (listed.length < limit) listed.push({ path: clipped(issue.path), message: clipped(issue.message) });
    else more += 1;
  }
  if (more > 0) listed.push({ path: MORE_ISSUES_PATH, message: `and ${more.toLocaleString('en')} more problem${more === 1 ? '' : 's'}` });
  return listed;
}

/** `['questions', 3, 'options']` → `questions[3].options`; the empty path is the document itself. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

interface ZodLikeIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  note?: string;
  errors?: ZodLikeIssue[][];
  format?: string;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity || value === -Infinity) return String(value);
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'bigint') return 'a big integer';
  if (typeof value === 'boolean') return 'true/false';
  return 'an object';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** zod's own wording when no locale is configured: a message we did not write. */
const ZOD_DEFAULT_MESSAGE = /^Invalid input/;

/**
 * zod/mini ships no English messages (and configuring its locale would change them for every
 * other zod user on the page), so issues are worded here from their codes; a message a schema
 * gives explicitly (a regex's, a URL's) is kept. `input` is the value found at the issue's path.
 */
export function messageFor(issue: ZodLikeIssue, input: unknown): string {
  if (issue.message && !ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required';
      // JSON has no NaN or Infinity, but the `.data` property and stored records can: say which it is.
      if (typeof input === 'number' && !Number.isFinite(input)) return `must be a finite number, not ${describe(input)}`;
      return `must be ${EXPECTED[issue.expected ?? ''] ?? issue.expected}, not ${describe(input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys && issue.keys.length > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return issue.note === 'No matching discriminator' ? 'is missing or not one of the allowed values' : 'does not match any allowed shape';
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/** The value at `path` inside `root`, or undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Zod issues in our wording, located in `input` (the data that was validated). */
export function fromZodIssues(issues: ReadonlyArray<ZodLikeIssue>, input: unknown): ValidationIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: messageFor(issue, valueAt(input, issue.path)) }));
}
