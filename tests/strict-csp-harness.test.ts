import { expect } from '@open-wc/testing';

import { openStrictCspPage } from './helpers/strict-csp.js';

describe('strict-CSP test harness', () => {
  it('sees the violations of a page that breaks the policy', async () => {
    const page = openStrictCspPage('/tests/csp/control.html');
    await page.ready;
    await new Promise((r) => setTimeout(r, 200));
    page.remove();
    expect(page.violations.some((v) => v.startsWith('style-src'))).to.equal(true, page.violations.join('\n'));
    expect(page.violations.some((v) => v.includes('trusted-types') || v.includes('require-trusted-types-for'))).to.equal(true, page.violations.join('\n'));
  });
});
