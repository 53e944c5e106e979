/**
 * Polls every 20 ms until `done()` holds or `ms` have passed; resolves to whether it held. For the strict-CSP pages,
 * which load no test framework to wait with, and wait for what their elements offer no promise for.
 */
export async function pollUntil(done: () => unknown, ms: number): Promise<boolean> {
  for (const end = performance.now() + ms; !done(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (performance.now() > end) return false;
  }
  return true;
}
