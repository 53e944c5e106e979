/**
 * Generators for the fuzz suite (tests/fuzz-*.test.ts): valid banks, glossaries and progress files
 * shaped like the schemas, hostile values, and mutations that put those values anywhere in a
 * document. Every run is seeded: `FUZZ_SEED=<n>` replays one, and the seed used is printed.
 */
import fc from 'fast-check';

import { nth } from '../helpers/present.js';

/** The seed of this run: fixed unless FUZZ_SEED is set in the page's URL query or by the runner. */
export const FUZZ_SEED = Number(new URLSearchParams(location.search).get('fuzz-seed') ?? 20261201);

/**
 * The share of each property's cases run in this browser. The invariants are the library's own
 * (validation, import, rendering), not the engine's: Chromium runs every case, Firefox the first
 * quarter of the same seeded sequence, which still covers its IndexedDB and DOM on every shape of
 * input while keeping `npm test` within its time. `?fuzz-share=1` runs them all here.
 */
const SHARE = Number(new URLSearchParams(location.search).get('fuzz-share') ?? (navigator.userAgent.includes('Firefox') ? 0.25 : 1));

/** fast-check's settings for a property of `numRuns` cases (this browser's share of them), with the run's seed. */
export function fuzzSettings<T>(numRuns: number): fc.Parameters<T> {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- reporter replaces the default report (see reportFailure); moving to a plugin is a change to check on its own
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.ceil(numRuns * SHARE)), endOnFailure: true, reporter: reportFailure };
}

/** A failure, with its counterexample cut short (some hold strings of 200,000 characters). */
function reportFailure<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `property failed after ${details.numRuns} cases (seed ${details.seed}, path "${details.counterexamplePath}"): ${error.slice(0, 1500)}\n` +
      `counterexample: ${fc.stringify(details.counterexample).slice(0, 3000)}`,
  );
}

/** Ids named like members of every object, which a plain-object lookup finds without being told. */
export const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__proto__'];

/** Strings that have broken text handling somewhere before. */
export const NAUGHTY_STRINGS = [
  '',
  ' ',
  '\u200b',
  'CS\u200bDP',
  'Com\u00adpass',
  '\u202eevil',
  '\u0000',
  '\ud800',
  '👩‍👩‍👧',
  'e\u0301',
  'İstanbul',
  'Straße',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{x}}',
  '{{__proto__}}',
  '{{constructor}}',
  '${x}',
  '%s%n',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e308',
  '.*',
  '%',
  '\n\t\r',
  'a'.repeat(5_000),
  'x '.repeat(3_000),
];

/** A value no schema expects: wrong types, extreme numbers, prototype keys, naughty and huge strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, 1e300, 8.64e15 + 1, Number.MAX_SAFE_INTEGER + 2, 5e-324, 0, -1, 0.5, 2 ** 31, 36500.5),
  fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [[]], [null], { v: 2 }),
  fc.constantFrom(...NAUGHTY_STRINGS, ...PROTOTYPE_NAMES),
  fc.constant('y'.repeat(200_000)),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...PROTOTYPE_NAMES).map((key) => JSON.parse(`{${JSON.stringify(key)}: {"accept": ["x"], "v": 2}, "a": "b"}`) as unknown),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom(...PROTOTYPE_NAMES)), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), {
    maxKeys: 3,
  }),
);

/** An id the schema allows, often one named like an Object member. */
export const contentId = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,11}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES.filter((n) => n !== '__proto__')) },
);

/** Non-empty text an author might write, with naughty strings mixed in. */
export const authorText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') },
  { weight: 1, arbitrary: fc.constantFrom(...NAUGHTY_STRINGS.filter((s) => s.trim() !== '')) },
);

const distinct = <T>(items: fc.Arbitrary<T>, min: number, max: number, by: (t: T) => string = String) =>
  fc.uniqueArray(items, { minLength: min, maxLength: max, selector: by });

const source = { ref: 'doc', quote: 'a verbatim passage' };

/** One question of any type, valid by construction (ids unique where they must be). */
export const questionArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    id: contentId,
    prompt: authorText,
    type: fc.constantFrom('single', 'multiple', 'true-false', 'numeric', 'text', 'order', 'match', 'cloze'),
    ids: distinct(contentId, 4, 6),
    suffix: fc.stringMatching(/^[a-z]{0,6}$/),
    correct: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    answer: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    tolerance: fc.option(fc.double({ noNaN: true, min: 0, max: 1e6 }), { nil: undefined }),
    points: fc.option(fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.01, max: 1000, noNaN: true })), { nil: undefined }),
    // A typed answer needs a letter or digit (bank-rules refuses others).
    accept: fc.array(
      authorText.filter((s) => /[\p{L}\p{N}]/u.test(s)),
      { minLength: 1, maxLength: 3 },
    ),
    tags: fc.array(fc.constantFrom('a', 'b', 'constructor', 'toString'), { maxLength: 3 }),
    withOptions: fc.boolean(),
  })
  .map(({ id, prompt, type, ids, suffix, correct, answer, tolerance, points, accept, tags, withOptions }) => {
    const texts = ids.map((_, i) => `${suffix}${i}`);
    const base: Record<string, unknown> = { id, prompt, explanation: 'Because.', source, tags, type, ...(points === undefined ? {} : { points }) };
    switch (type) {
      case 'single':
        return { ...base, options: ids.map((oid, i) => ({ id: oid, text: texts[i], correct: i === 0 })) };
      case 'multiple':
        return { ...base, options: ids.map((oid, i) => ({ id: oid, text: texts[i], correct: i === 0 || correct[i] })) };
      case 'true-false':
        return { ...base, answer: correct[0] };
      case 'numeric':
        return { ...base, answer, ...(tolerance === undefined ? {} : { tolerance }) };
      case 'text':
        return { ...base, accept };
      case 'order':
        return { ...base, items: ids.map((iid, i) => ({ id: iid, text: texts[i] })) };
      case 'match':
        return { ...base, pairs: ids.map((pid, i) => ({ id: pid, left: `${texts[i]}-l`, right: `${texts[i]}-r` })) };
      default: {
        const blanks = Object.fromEntries(
          ids.slice(0, 3).map((bid, i) => [bid, withOptions ? { accept: [texts[i]], options: [texts[i], `${texts[i]}x`] } : { accept: [texts[i]] }]),
        );
        return {
          ...base,
          text: ids
            .slice(0, 3)
            .map((bid) => `word {{${bid}}}`)
            .join(' and '),
          blanks,
        };
      }
    }
  });

/** A valid bank: unique question ids. */
export const bankArb = distinct(questionArb, 1, 8, (q) => String(q.id)).map((questions) => ({
  id: 'fuzz',
  title: 'Fuzz bank',
  lang: 'en',
  description: 'Generated.',
  sources: [{ id: 'doc', title: 'A document', publisher: 'EEAS', date: '4 June 2018' }],
  questions,
}));

/** A valid glossary. */
export const glossaryArb = distinct(
  fc.record({
    term: authorText,
    expansion: fc.option(authorText, { nil: undefined }),
    definition: authorText,
    aliases: fc.option(fc.array(authorText, { maxLength: 2 }), { nil: undefined }),
  }),
  1,
  6,
  (e) => e.term,
).map((entries) => ({
  lang: 'en',
  sources: [{ id: 'doc', title: 'A document', publisher: 'EEAS', date: '4 June 2018' }],
  entries: entries.map((e) => ({
    term: e.term,
    definition: e.definition,
    ...(e.expansion === undefined ? {} : { expansion: e.expansion }),
    ...(e.aliases === undefined ? {} : { aliases: e.aliases }),
    source,
  })),
}));

/** Any response of any type's shape, or none: what a learner or a stored record may give. */
export const responseArb = (question: Record<string, unknown>): fc.Arbitrary<unknown> => {
  const ids = [
    ...((question.options as Array<{ id: string }> | undefined) ?? []),
    ...((question.items as Array<{ id: string }> | undefined) ?? []),
    ...((question.pairs as Array<{ id: string }> | undefined) ?? []),
  ].map((o) => o.id);
  const blanks = Object.keys((question.blanks as object | undefined) ?? {});
  const anId = fc.oneof(fc.constantFrom(...ids, ...PROTOTYPE_NAMES), fc.string({ maxLength: 4 }));
  return fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    anId,
    fc.boolean(),
    fc.oneof(fc.double(), fc.constantFrom('2,5', '1 000', '74 actions', '-0', '1e400', '\u200b3')),
    fc.array(anId, { maxLength: 6 }),
    fc.shuffledSubarray([...ids]),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...ids, ...blanks, 'constructor'), fc.string({ maxLength: 3 })),
      fc.oneof(anId, fc.constantFrom(...NAUGHTY_STRINGS)),
      { maxKeys: 6 },
    ),
    hostileValue,
  );
};

type Json = unknown;

/** Every place in a document a mutation can reach: the path to each object, array and leaf. */
function pathsOf(value: Json, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], out));
  else if (typeof value === 'object' && value !== null) for (const key of Object.keys(value)) pathsOf((value as Record<string, Json>)[key], [...at, key], out);
  return out;
}

export interface Mutation {
  /** Which place, as an index into the document's places (modulo their number). */
  place: number;
  op: 'replace' | 'delete' | 'add-field' | 'duplicate';
  key: string;
  value: unknown;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  place: fc.nat(),
  op: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'add-field', 'duplicate'),
  key: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ maxLength: 6 })),
  value: hostileValue,
});

/** A copy of `document` with each mutation applied at the place it picks (JSON semantics: `__proto__` becomes an own key). */
export function mutated(document: Json, mutations: readonly Mutation[]): Json {
  const root = { doc: structuredClone<Json>(document) };
  for (const m of mutations) {
    const paths = pathsOf(root.doc);
    const path = nth(paths, m.place % paths.length, 'path');
    const parentPath = path.slice(0, -1);
    let parent: Json = root;
    for (const key of ['doc', ...parentPath]) parent = (parent as Record<string | number, Json>)[key];
    const last = path.at(-1) ?? 'doc';
    const holder = (path.length === 0 ? root : parent) as Record<string | number, Json>;
    const own = holder[last];
    switch (m.op) {
      case 'replace':
        Object.defineProperty(holder, last, { value: m.value, enumerable: true, configurable: true, writable: true });
        break;
      case 'delete':
        if (Array.isArray(holder)) holder.splice(Number(last), 1);
        else if (path.length > 0) Reflect.deleteProperty(holder, last);
        break;
      case 'add-field':
        if (typeof own === 'object' && own !== null && !Array.isArray(own))
          Object.defineProperty(own, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
        else if (Array.isArray(own)) own.push(m.value);
        break;
      case 'duplicate':
        if (Array.isArray(holder)) holder.splice(Number(last), 0, structuredClone(own));
        break;
    }
  }
  return root.doc;
}

/** A problem report's invariant: at least one issue, each located and worded, the list bounded. */
export function assertIssues(issues: ReadonlyArray<{ path: unknown; message: unknown }>, label: string): void {
  if (issues.length === 0) throw new Error(`${label}: refused with no issue`);
  if (issues.length > 51) throw new Error(`${label}: ${issues.length} issues listed (at most 50 and a count)`);
  for (const issue of issues) {
    if (typeof issue.path !== 'string' || issue.path === '') throw new Error(`${label}: an issue without a path: ${JSON.stringify(issue)}`);
    if (typeof issue.message !== 'string' || issue.message.trim() === '') throw new Error(`${label}: an issue without a message: ${JSON.stringify(issue)}`);
    if (/must be a number, not a number|\[object Object\]|^undefined|: undefined/.test(issue.message)) {
      throw new Error(`${label}: an unclear message: ${issue.path}: ${issue.message}`);
    }
    if (issue.message.length > 1000 || issue.path.length > 1000) throw new Error(`${label}: an issue quoting too much (${issue.message.length} characters)`);
  }
}
