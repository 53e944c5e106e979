import { executeServerCommand } from '@web/test-runner-commands';

/** Whether this browser can be put in forced-colours mode here: Chromium yes; Firefox under this runner has no DevTools protocol. */
export const canForceColors = !navigator.userAgent.includes('Firefox');

/** Runs `check` with Windows High Contrast emulated (Chromium only: call it where `canForceColors`). */
export async function withForcedColors<T>(check: () => T | Promise<T>): Promise<T> {
  await executeServerCommand('emulate-forced-colors', { active: true });
  try {
    await new Promise((r) => setTimeout(r, 20));
    if (!matchMedia('(forced-colors: active)').matches) throw new Error('forced colours did not take effect');
    return await check();
  } finally {
    await executeServerCommand('emulate-forced-colors', { active: false });
  }
}

/** The colour a system colour keyword resolves to on this page, as computed styles report colours. */
export function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
