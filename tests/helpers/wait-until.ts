import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * open-wc's `waitUntil` with a timeout a busy two-core machine meets: its default, 1 s, is shorter than a language
 * chunk or an IndexedDB round trip can take there while both browsers run side by side (a Polish worksheet once
 * failed so). A wait that ends sooner costs no more; a test that names its own timeout keeps it.
 */
export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 10_000, ...options });
}
