import { expect } from '@open-wc/testing';

import { ContentLoader, type LoadMessages } from '../src/content/content-loader.js';
import type { Validated } from '../src/schema/validation-issues.js';
import { nth } from './helpers/present.js';

const messages: LoadMessages = {
  notFound: (url, status) => `not found: ${url} ${status}`,
  notJson: (url) => `not JSON: ${url}`,
  network: (url) => `network: ${url}`,
};
/** Accepts any object with an `id`, as a bank or deck validator would accept a valid file. */
const withId = (json: unknown): Validated<{ id: string }> =>
  typeof (json as { id?: unknown })?.id === 'string'
    ? { ok: true, value: json as { id: string } }
    : { ok: false, issues: [{ path: 'id', message: 'is required' }] };

let n = 0;
/** A URL of this page's server no other test has fetched. */
const fresh = (path: string) => new URL(`${path}?loader-test=${++n}`, location.href);

/** Counts the requests the page makes for each URL while the test runs. */
const requested = new Map<string, number>();
const realFetch = window.fetch.bind(window);
const requestsFor = (url: URL) => requested.get(url.href) ?? 0;
beforeEach(() => {
  window.fetch = (input, init) => {
    const href = input instanceof Request ? input.url : String(input);
    requested.set(href, (requested.get(href) ?? 0) + 1);
    return realFetch(input, init);
  };
});
afterEach(() => {
  window.fetch = realFetch;
});

describe('ContentLoader', () => {
  it('fetches a URL once for every caller, validates it, and keeps the result', async () => {
    const loader = new ContentLoader(withId);
    const url = fresh('/tests/fixtures/fact-deck.json');
    const [a, b] = await Promise.all([loader.load(url, 'src', messages), loader.load(url, 'deck', messages)]);
    expect(a.ok && b.ok && a.value === b.value).to.equal(true);
    expect(loader.settled(url)).to.have.property('id', 'fixture-deck');
    await loader.load(url, 'src', messages);
    expect(requestsFor(url)).to.equal(1);
  });

  it('words a failure for each caller, at the attribute it used, and forgets it so the next caller retries', async () => {
    const loader = new ContentLoader(withId);
    const url = fresh('/tests/fixtures/no-such-file.json');
    const [a, b] = await Promise.all([loader.load(url, 'src', messages), loader.load(url, 'deck', messages)]);
    expect(a).to.deep.equal({ ok: false, problem: 'fetch', issues: [{ path: 'src', message: `not found: ${url.href} 404` }] });
    expect(b).to.deep.equal({ ok: false, problem: 'fetch', issues: [{ path: 'deck', message: `not found: ${url.href} 404` }] });
    expect(loader.settled(url)).to.equal(undefined);
    await loader.load(url, 'src', messages);
    expect(requestsFor(url)).to.equal(2);
  });

  it('reports text that is not JSON, and what the validator finds, as issues', async () => {
    const loader = new ContentLoader(withId);
    const notJson = await loader.load(fresh('/tests/fixtures/not-json.json'), 'src', messages);
    expect(!notJson.ok && nth(notJson.issues, 0).path).to.equal('src');
    expect(!notJson.ok && nth(notJson.issues, 0).message).to.match(/^not JSON: .*not-json\.json\?loader-test=\d+ \S/);
    const invalid = await loader.load(fresh('/tests/fixtures/glossary.json'), 'src', messages);
    expect(invalid).to.deep.equal({ ok: false, issues: [{ path: 'id', message: 'is required' }] });
    expect(loader.check({ id: 'x' })).to.deep.equal({ ok: true, value: { id: 'x' } });
  });

  it('ends an aborted caller’s wait without cancelling the request another caller still waits for', async () => {
    const loader = new ContentLoader(withId);
    const url = fresh('/tests/fixtures/fact-deck.json');
    const abort = new AbortController();
    const aborted = loader.load(url, 'src', messages, abort.signal);
    const waiting = loader.load(url, 'src', messages);
    abort.abort();
    expect(await aborted).to.deep.equal({ ok: false, problem: 'fetch', issues: [{ path: 'src', message: `network: ${url.href}` }] });
    expect((await waiting).ok).to.equal(true);
    const already = new AbortController();
    already.abort();
    expect((await loader.load(fresh('/tests/fixtures/fact-deck.json'), 'src', messages, already.signal)).ok).to.equal(false);
  });
});
