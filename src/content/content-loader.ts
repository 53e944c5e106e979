/**
 * The one way content reaches an element: banks, decks and glossaries are fetched, parsed and
 * validated here, each failure worded as issues located by path, never thrown.
 *
 * ```ts
 * const decks = new ContentLoader(validateDeck);                      // one loader, one cache, per kind
 * const result = await decks.load(url, 'src', msg.card, abort.signal); // { ok: true, value } | { ok: false, issues }
 * decks.settled(url);                                                  // the value at once, if already loaded
 * ```
 * The validator is injected: this file imports no schema library, so the standalone tip bundle
 * (which reads its glossary with a hand-written reader) carries no zod.
 *
 * Several elements asking for one URL share one request. A success is kept for the page's life; a
 * failure is forgotten once settled, so the next element asking tries again. A caller's `signal`
 * ends its own wait; the request itself is cancelled once every caller waiting for it has aborted.
 */
import type { ProblemContext, Validated, ValidationIssue } from '../schema/validation-issues.js';
import type { BuiltinFile } from './builtin-ids.js';
import { type FetchFailure, fetchFailureText, fetchJson, type LoadMessages } from './fetch-json.js';

/** The words a loader's caller gives for a failed fetch (defined beside the fetch, part of this class's API). */
export type { LoadMessages };

/** Checks parsed JSON: the typed value, or every problem found, by path inside the document. */
export type Validate<T> = (json: unknown) => Validated<T>;

/** A request's outcome before it is worded: the problems of fetching depend on who asked, and in which language. */
type Fetched<T> = { ok: true; value: T } | ({ ok: false; invalid: ValidationIssue[] } & Pick<ProblemContext, 'readable'>) | FetchFailure;

interface Request<T> {
  outcome: Promise<Fetched<T>>;
  abort: AbortController;
  waiting: number;
}

/** Parses JSON text, reporting a syntax error as an issue at `where` instead of throwing. */
export function parseJson(text: string, where: string, notJson: () => string): Validated<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, issues: [{ path: where, message: `${notJson()} ${(error as Error).message}` }] };
  }
}

export class ContentLoader<T> {
  readonly #validate: Validate<T>;
  readonly #requests = new Map<string, Request<T>>();
  readonly #loaded = new Map<string, T>();

  constructor(validate: Validate<T>) {
    this.#validate = validate;
  }

  /** Validates data that needs no fetching (a `.data` property, inline JSON already parsed). */
  check(json: unknown): Validated<T> {
    return this.#validate(json);
  }

  /** The content at `url` if it has already loaded and is valid, else undefined. */
  settled(url: URL | string): T | undefined {
    return this.#loaded.get(String(url));
  }

  /**
   * Fetches, parses and validates the document at `url` (absolute). `where` names what pointed at
   * it (an attribute such as `src`), the path of the issues about fetching and parsing it.
   */
  load(url: URL, where: string, messages: LoadMessages, signal?: AbortSignal): Promise<Validated<T>> {
    const key = url.href;
    const value = this.#loaded.get(key);
    if (value !== undefined) return Promise.resolve({ ok: true, value });
    const word = (fetched: Fetched<T>): Validated<T> => wordOutcome(fetched, url.href, where, messages);
    if (signal?.aborted) return Promise.resolve(word({ ok: false, failure: 'network' }));

    let request = this.#requests.get(key);
    if (!request) {
      const abort = new AbortController();
      const outcome = this.#fetch(url, abort.signal).then((fetched) => {
        if (this.#requests.get(key) === request) this.#requests.delete(key);
        if (fetched.ok) this.#loaded.set(key, fetched.value);
        return fetched;
      });
      request = { outcome, abort, waiting: 0 };
      this.#requests.set(key, request);
    }
    const shared = request;
    shared.waiting++;
    if (!signal) return shared.outcome.then(word);
    return new Promise((resolve) => {
      const onAbort = () => {
        resolve(word({ ok: false, failure: 'network' }));
        if (--shared.waiting === 0) {
          shared.abort.abort();
          if (this.#requests.get(key) === shared) this.#requests.delete(key);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      void shared.outcome.then((fetched) => {
        signal.removeEventListener('abort', onAbort);
        resolve(word(fetched));
      });
    });
  }

  /**
   * Built-in content: fetched like any URL when it has one (the drop-in build, or a folder set with
   * `setBasePath()`), else imported as a JSON module, once per file, and validated the same way.
   */
  loadBuiltin(file: BuiltinFile, where: string, messages: LoadMessages, signal?: AbortSignal): Promise<Validated<T>> {
    if ('url' in file) return this.load(file.url, where, messages, signal);
    const value = this.#loaded.get(file.path);
    if (value !== undefined) return Promise.resolve({ ok: true, value });
    return file.load().then(
      (json): Validated<T> => {
        const checked = this.#validate(json);
        if (checked.ok) this.#loaded.set(file.path, checked.value);
        return checked;
      },
      // The module could not be loaded (offline, or a deployment that left the file out).
      (): Validated<T> => wordOutcome({ ok: false, failure: 'network' }, file.path, where, messages),
    );
  }

  async #fetch(url: URL, signal: AbortSignal): Promise<Fetched<T>> {
    const fetched = await fetchJson(url, signal);
    if (!fetched.ok) return fetched;
    const checked = this.#validate(fetched.json);
    if (checked.ok) return checked;
    return checked.readable === undefined ? { ok: false, invalid: checked.issues } : { ok: false, invalid: checked.issues, readable: checked.readable };
  }
}

function wordOutcome<T>(fetched: Fetched<T>, url: string, where: string, messages: LoadMessages): Validated<T> {
  if (fetched.ok) return fetched;
  if ('invalid' in fetched)
    return fetched.readable === undefined ? { ok: false, issues: fetched.invalid } : { ok: false, issues: fetched.invalid, readable: fetched.readable };
  const issues = [{ path: where, message: fetchFailureText(fetched, url, messages) }];
  return fetched.failure === 'not-json' ? { ok: false, issues } : { ok: false, issues, problem: 'fetch' };
}
