// Annotates the article declaratively (data-acronyms), then opens a tip: positioning writes
// styles through the CSSOM, which a strict style-src allows; any violation is reported.
import '../../src/acronym-tip/index.js';

import { touchedTipCode } from '../../src/acronym-tip/tip-touches.js';
import { pollUntil } from './poll-until.js';

async function run() {
  // Annotation waits for the glossary, and the page offers nothing to await for it.
  await pollUntil(() => document.querySelectorAll('acronym-tip').length >= 7, 5000);
  const tip = document.querySelector('acronym-tip');
  await tip?.loadComplete;
  // The term: the element itself until a first touch builds the tip.
  (tip?.shadowRoot?.querySelector<HTMLElement>('[part="trigger"]') ?? tip)?.focus();
  // The first touch loads the tooltips' code; the tip opens once it has arrived.
  await touchedTipCode();
  await new Promise(requestAnimationFrame);
  parent.postMessage({ ready: true }, '*');
}
void run();
