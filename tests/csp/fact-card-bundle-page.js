// The built bundle: a single built-in card must not fetch the FSRS chunk; a deck session then must.
const chunkRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/chunks/fsrs-')).length;

await customElements.whenDefined('fact-card');
const single = document.querySelector('fact-card');
await single.loadComplete;
single.shadowRoot?.querySelector('button.card')?.click();
await single.updateComplete;
window.fsrsRequestsBeforeSession = chunkRequests();

const session = document.createElement('fact-card');
session.setAttribute('deck', 'csdp');
session.setAttribute('new-per-day', '0');
document.body.append(session);
await session.loadComplete;
window.fsrsRequestsAfterSession = chunkRequests();
parent.postMessage({ ready: true }, '*');
