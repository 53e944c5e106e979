import { expect } from '@open-wc/testing';

import { openStrictCspPage } from './helpers/strict-csp.js';

describe('strict Content-Security-Policy with Trusted Types', () => {
  it('<defence-quiz> renders every question type and the summary with no violation', async () => {
    const page = openStrictCspPage('/tests/csp/defence-quiz.html');
    await page.ready;
    const root = page.document.querySelector('defence-quiz')!.shadowRoot!;
    expect(root.querySelector('.summary'), 'reached the summary').to.exist;
    expect(root.querySelectorAll('.review-item').length).to.equal(10);
    page.remove();
    expect(page.violations).to.deep.equal([]);
  });

  it('the built bundle (npm run build) finds its built-in bank in dist/questions/, with no violation', async () => {
    const page = openStrictCspPage('/tests/csp/bundle.html');
    await page.ready;
    const root = page.document.querySelector('defence-quiz')!.shadowRoot!;
    expect(root.querySelector('[part="error"]')?.textContent ?? '', 'no error panel').to.equal('');
    expect(root.querySelector('.counter')!.textContent).to.contain('Question 1 of 10');
    page.remove();
    expect(page.violations).to.deep.equal([]);
  });
});
