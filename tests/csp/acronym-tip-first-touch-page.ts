// A fresh page of tips, never touched: the tooltips' code is not loaded until a reader touches a term.
// The test awaits that code through `touchedTipCode` (the same promise the first touch started). Also loaded by
// tests/fixtures/pages/acronym-tip-offline.html, where that code cannot be loaded.
import '../../src/acronym-tip/index.js';

import { touchedTipCode } from '../../src/acronym-tip/tip-touches.js';

Object.assign(window, { touchedTipCode });
// An uncaught exception or rejection is reported as the violations are: the test expects none.
addEventListener('error', (event) => parent.postMessage({ violation: `uncaught: ${event.message}` }, '*'));
addEventListener('unhandledrejection', (event) => parent.postMessage({ violation: `unhandled rejection: ${String(event.reason)}` }, '*'));

async function run() {
  // Annotation waits for the glossary, and the page offers nothing to await for it.
  const deadline = Date.now() + 5000;
  while (!document.querySelector('acronym-tip') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await document.querySelector('acronym-tip')?.loadComplete;
  parent.postMessage({ ready: true }, '*');
}
void run();
