/**
 * A JSON file fetched and parsed, or why not: the one fetch of content, used by `ContentLoader` and by
 * the tips' glossary source (whose standalone bundle does without the loader class). No wording here:
 * `fetchFailureText` words a failure in the caller's messages.
 */

export interface LoadMessages {
  notFound: (url: string, status: number) => string;
  notJson: (url: string) => string;
  network: (url: string) => string;
}

export type FetchFailure = { ok: false; failure: 'network' | 'not-json'; detail?: string } | { ok: false; failure: 'not-found'; status: number };
export type FetchedJson = { ok: true; json: unknown } | FetchFailure;

export async function fetchJson(url: URL, signal?: AbortSignal): Promise<FetchedJson> {
  let text: string;
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return { ok: false, failure: 'not-found', status: response.status };
    text = await response.text();
  } catch {
    return { ok: false, failure: 'network' };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, failure: 'not-json', detail: (error as Error).message };
  }
}

/** What went wrong, in the caller's words: "not found", "not JSON" with the parser's detail, or "the request failed". */
export function fetchFailureText(failed: FetchFailure, url: string, messages: LoadMessages): string {
  if (failed.failure === 'not-json') return `${messages.notJson(url)} ${failed.detail ?? ''}`.trim();
  return failed.failure === 'not-found' ? messages.notFound(url, failed.status) : messages.network(url);
}
