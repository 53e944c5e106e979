// A fresh page of tips, never touched: the tooltips' code is not loaded until a reader touches a term.
// The test awaits that code through `touchedTipCode` (the same promise the first touch started).
import '../../src/acronym-tip/index.js';

import { touchedTipCode } from '../../src/acronym-tip/tip-touches.js';

Object.assign(window, { touchedTipCode });

async function run() {
  // Annotation waits for the glossary, and the page offers nothing to await for it.
  const deadline = Date.now() + 5000;
  while (!document.querySelector('acronym-tip') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await document.querySelector('acronym-tip')?.loadComplete;
  parent.postMessage({ ready: true }, '*');
}
void run();
