/**
 * The page's one request for a chunk loaded on demand: every caller gets the same promise; after a failure (offline, a
 * chunk left out of a deployment) the next call asks again. For loaders with nothing to do on arrival or failure beyond
 * handing the module on; `load` is the literal `() => import('./x.js')`, so that bundlers see the chunk.
 */
export function chunkLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let request: Promise<T> | undefined;
  return () =>
    (request ??= load().catch((error: unknown) => {
      request = undefined;
      throw error;
    }));
}
