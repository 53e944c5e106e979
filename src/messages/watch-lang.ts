/**
 * Tells connected elements when the language they speak may have changed: a `lang` attribute set,
 * changed or removed anywhere in the document, or a message table arriving (a lazily loaded
 * language, or one a page registers). One MutationObserver serves every element on the page.
 */
import { onTablesChange } from './registry.js';

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;
let stopTables: (() => void) | undefined;

function notify() {
  for (const watcher of watchers) watcher();
}

/**
 * Calls `check` after any `lang` change in the document and whenever a table arrives; the element
 * compares its language and table with those it last rendered. Returns the function that stops it.
 * A `lang` changed inside another component's shadow root is not seen.
 */
export function watchLang(check: () => void): () => void {
  watchers.add(check);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
    stopTables = onTablesChange(notify);
  }
  return () => {
    watchers.delete(check);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = undefined;
      stopTables?.();
    }
  };
}
