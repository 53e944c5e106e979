// The built bundle: a single built-in card must not fetch the FSRS chunk; a deck session then must.
const tick = () => new Promise((r) => setTimeout(r, 20));
const chunkRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/chunks/fsrs-')).length;

const single = document.querySelector('fact-card');
for (let i = 0; i < 200 && !single.shadowRoot?.querySelector('button.card, [part~="error"]'); i++) await tick();
single.shadowRoot?.querySelector('button.card')?.click();
await tick();
window.fsrsRequestsBeforeSession = chunkRequests();

const session = document.createElement('fact-card');
session.setAttribute('deck', 'csdp');
session.setAttribute('new-per-day', '0');
document.body.append(session);
for (let i = 0; i < 200 && !session.shadowRoot?.querySelector('.show-answer, .done, [part~="error"], .failed'); i++) await tick();
window.fsrsRequestsAfterSession = chunkRequests();
parent.postMessage({ ready: true }, '*');
