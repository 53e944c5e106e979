// Exercises every state of <fact-card> under the strict policy: turning, the session (which loads
// the FSRS chunk), rating, the done message and the error panel. The test reads the result from the DOM.
import { SafeStore, useSharedSafeStore } from '../../src/storage/safe-store.js';

const store = new SafeStore({ dbName: 'fact-card-csp-page', channelName: null });
useSharedSafeStore(store);
await store.clear('');
await import('../../src/fact-card/fact-card.js');

const shadow = (id: string) => document.getElementById(id)!.shadowRoot!;
const until = async (test: () => unknown) => {
  for (let i = 0; i < 100 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
};

shadow('single').querySelector<HTMLButtonElement>('button.card')!.click();
await until(() => shadow('from-deck').querySelector('button.card'));
shadow('from-deck').querySelector<HTMLButtonElement>('button.card')!.click();
shadow('from-deck').querySelector<HTMLElement>('details summary')?.click();
for (let card = 0; card < 2; card++) {
  await until(() => shadow('session').querySelector('.show-answer'));
  shadow('session').querySelector<HTMLButtonElement>('.show-answer')?.click();
  await until(() => shadow('session').querySelector('button[data-rating="easy"]'));
  shadow('session').querySelector<HTMLButtonElement>('button[data-rating="easy"]')?.click();
}
await until(() => shadow('session').querySelector('.done') && shadow('broken').querySelector('.error'));
setTimeout(() => parent.postMessage({ ready: true }, '*'), 200);
