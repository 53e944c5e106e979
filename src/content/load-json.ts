import type { ValidationIssue } from '../schema/validation-issues.js';

export type Loaded = { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] };

export interface LoadMessages {
  notFound: (url: string, status: number) => string;
  notJson: (url: string) => string;
  network: (url: string) => string;
}

/** Parses JSON text, reporting a syntax error as an issue instead of throwing. */
export function parseJson(text: string, where: string, notJson: () => string): Loaded {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, issues: [{ path: where, message: `${notJson()} ${(error as Error).message}` }] };
  }
}

/**
 * Fetches a JSON document; a 404, a network failure or bad JSON comes back as issues, never as a
 * throw. `where` names what pointed at the URL (an attribute such as `src`), as the issues' path.
 */
export async function loadJson(url: URL, where: string, messages: LoadMessages, signal?: AbortSignal): Promise<Loaded> {
  let response: globalThis.Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    return { ok: false, issues: [{ path: where, message: messages.network(url.href) }] };
  }
  if (!response.ok) return { ok: false, issues: [{ path: where, message: messages.notFound(url.href, response.status) }] };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, issues: [{ path: where, message: messages.network(url.href) }] };
  }
  return parseJson(text, where, () => messages.notJson(url.href));
}
