// Exercises every state of <fact-card> under the strict policy: turning, the session (which loads
// the FSRS chunk), rating, the done message and the error panel. The test reads the result from the DOM.
import type { FactCard } from '../../src/fact-card/fact-card.js';
import { SafeStore, useSharedSafeStore } from '../../src/storage/safe-store.js';

const store = new SafeStore({ dbName: 'fact-card-csp-page', channelName: null });
useSharedSafeStore(store);
await store.clear('');
await import('../../src/fact-card/index.js');

const card = (id: string) => document.getElementById(id) as FactCard;
const shadow = (id: string) => card(id).shadowRoot!;
const click = async (id: string, selector: string) => {
  shadow(id).querySelector<HTMLElement>(selector)?.click();
  await card(id).updateComplete;
};

await Promise.all(['single', 'from-deck', 'session', 'broken'].map((id) => card(id).loadComplete));
await click('single', 'button.card');
await click('from-deck', 'button.card');
await click('from-deck', 'details summary');
for (let n = 0; n < 2; n++) {
  await click('session', '.show-answer');
  await click('session', 'button[data-rating="easy"]');
}
// Violation reports come as tasks of their own: give a late one time to arrive before saying ready.
setTimeout(() => parent.postMessage({ ready: true }, '*'), 200);
