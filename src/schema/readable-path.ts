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

/**
 * A JSON path as an author reads it: 1-based, the main list's entries named by their id, steps
 * joined by "›": `questions[2].options` in a bank is `question 3 ("pesco-name") › options`. `list` names
 * the main list (`questions`, `cards`); `input` is the data the path points into. A path that is not
 * a JSON path (an attribute such as `src`, or `(element)`) comes back as it is.
 */
export function readablePath(path: string, input: unknown, list: string, words: PathWords): string {
  const parts = steps(path);
  if (!parts?.length) return path;
  const shown: string[] = [];
  let value = input;
  parts.forEach((step, i) => {
    const inMainList = i === 1 && parts[0] === list && typeof step === 'number';
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[step] : undefined;
    if (inMainList) {
      shown.pop();
      const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
      shown.push(typeof id === 'string' && id ? `${words.entry(step + 1)} (${JSON.stringify(id)})` : words.entry(step + 1));
    } else shown.push(typeof step === 'number' ? words.item(step + 1) : step);
  });
  return shown.join(' › ');
}
