// A fresh page of tips, never touched: the tooltips' code is not loaded until a reader touches a term.
// The test awaits that code through `touchedTipCode` (the same promise the first touch started). Also loaded by
// tests/fixtures/pages/acronym-tip-offline.html, where that code cannot be loaded.
import '../../src/acronym-tip/index.js';

import { touchedTipCode } from '../../src/acronym-tip/tip-touches.js';
import { pollUntil } from './poll-until.js';

Object.assign(window, { touchedTipCode });
// An uncaught exception or rejection is reported as the violations are: the test expects none.
addEventListener('error', (event) => parent.postMessage({ violation: `uncaught: ${event.message}` }, '*'));
addEventListener('unhandledrejection', (event) => parent.postMessage({ violation: `unhandled rejection: ${String(event.reason)}` }, '*'));

async function run() {
  // Annotation waits for the glossary, and the page offers nothing to await for it.
  await pollUntil(() => document.querySelector('acronym-tip'), 5000);
  await document.querySelector('acronym-tip')?.loadComplete;
  parent.postMessage({ ready: true }, '*');
}
void run();
