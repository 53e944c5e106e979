import type { Validated, ValidationIssue } from './validation-issues.js';

/** The words a readable path is made of, in the reader's language. */
export interface PathWords {
  /** An entry of the file's main list, 1-based: "question 3", "card 12". */
  entry: (n: number) => string;
  /** Any other list's item, 1-based: "item 2". */
  item: (n: number) => string;
}

/** One step of a path written by `formatPath`: `questions[2].options` is `questions`, 2, `options`. */
const STEP = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

function steps(path: string): Array<string | number> | undefined {
  const out: Array<string | number> = [];
  STEP.lastIndex = 0;
  while (STEP.lastIndex < path.length) {
    const start = STEP.lastIndex;
    const match = STEP.exec(path);
    if (!match || (start === 0 && path.startsWith('.'))) return undefined;
    // Which group matched: an optional group that did not is undefined, whatever the types say.
    const [, key, index, quoted] = match as Array<string | undefined>;
    if (key !== undefined) out.push(key);
    else if (index !== undefined) out.push(Number(index));
    else if (quoted !== undefined) out.push(JSON.parse(quoted) as string);
  }
  return out;
}

/** The id an entry of a list has, if any: it names the entry better than its place. */
function idOf(value: unknown): string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : undefined;
}

/**
 * A JSON path as an author reads it: 1-based, entries named by their id, steps joined by "›":
 * `questions[2].options` in a bank is `question 3 ("pesco-name") › options`. `list` names the main
 * list (`questions`, `cards`), whose entries are called by `words.entry`; `input` is the data the
 * path points into. A path that is not a JSON path (an attribute such as `src`, or `(element)`) comes back as it is.
 */
export function readablePath(path: string, input: unknown, list: string, words: PathWords): string {
  const parts = steps(path);
  if (!parts?.length) return path;
  const shown: string[] = [];
  let value = input;
  parts.forEach((step, i) => {
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[step] : undefined;
    if (typeof step !== 'number') return void shown.push(step);
    const inMainList = i === 1 && parts[0] === list;
    if (inMainList) shown.pop();
    const name = inMainList ? words.entry(step + 1) : words.item(step + 1);
    const id = idOf(value);
    shown.push(id === undefined ? name : `${name} (${JSON.stringify(id)})`);
  });
  return shown.join(' › ');
}

/** The paths inside a message ("first used at questions[0]") made readable as well. */
export function readablePathsIn(message: string, input: unknown, list: string, words: PathWords): string {
  const inMessage = new RegExp(`\\b${list}\\[\\d+\\](?:\\.[A-Za-z_$][\\w$]*|\\[\\d+\\])*`, 'g');
  return message.replace(inMessage, (path) => readablePath(path, input, list, words));
}

/** Issues as an author reads them, for an error panel; the `*-error` events keep them as they are. */
export function readableIssues(issues: readonly ValidationIssue[], input: unknown, list: string, words: PathWords): ValidationIssue[] {
  return issues.map(({ path, message }) => ({ path: readablePath(path, input, list, words), message: readablePathsIn(message, input, list, words) }));
}

/**
 * A validator whose failures can be read with their paths made readable in the data they came from, so that a panel can
 * name a question by its id. Loaded with the validation (an element showing trusted content never needs it).
 */
export const withReadablePaths =
  <T>(validate: (json: unknown) => Validated<T>) =>
  (json: unknown): Validated<T> => {
    const checked = validate(json);
    return checked.ok ? checked : { ...checked, readable: (list, words) => readableIssues(checked.issues, json, list, words) };
  };
