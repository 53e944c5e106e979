import { emulateMedia } from '@web/test-runner-commands';

type Media = { media?: 'print' | 'screen'; reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'dark' | 'light' };

/**
 * Runs `check` as if the page matched `wanted` (print, reduced motion, dark mode). Chromium emulates the
 * media for real. Firefox under this runner cannot (no CDP), so there the element's own
 * `@media` rules for that condition are copied, unconditioned, into a sheet adopted beside its
 * styles: Firefox's engine then applies exactly the rules a printer or the preference would.
 */
export async function withMedia(root: ShadowRoot, wanted: Media, reset: Media, condition: string, check: () => void | Promise<void>): Promise<void> {
  // Firefox's driver here hangs on some emulation requests instead of refusing them: do not ask it.
  const emulated = !navigator.userAgent.includes('Firefox');
  // A browser that prints fires `beforeprint` first and `afterprint` after, whether or not media can be emulated.
  const printing = wanted.media === 'print';
  if (printing) window.dispatchEvent(new Event('beforeprint'));
  if (emulated) await emulateMedia(wanted);
  // A copy: Firefox returns the live array, which would hold the added sheet too by the time it is put back.
  const before = [...root.adoptedStyleSheets];
  if (!emulated) {
    const sheet = new CSSStyleSheet();
    const rules = before.flatMap((s) => [...s.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes(condition));
    if (rules.length === 0) throw new Error(`no @media rule mentions ${condition}`);
    for (const rule of rules) for (const inner of rule.cssRules) sheet.insertRule(inner.cssText, sheet.cssRules.length);
    root.adoptedStyleSheets = [...before, sheet];
  }
  try {
    // Not requestAnimationFrame: a test page in a background tab gets no frames. Reading computed styles restyles anyway.
    await new Promise((r) => setTimeout(r, 20));
    await check();
  } finally {
    if (emulated) await emulateMedia(reset);
    else root.adoptedStyleSheets = before;
    if (printing) window.dispatchEvent(new Event('afterprint'));
  }
}
