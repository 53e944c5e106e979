import { expect } from '@open-wc/testing';

import { nth } from './helpers/present.js';
import { openStrictCspPage } from './helpers/strict-csp.js';

describe('<fact-card> under a strict Content-Security-Policy', () => {
  it('turns cards, runs a session with the FSRS chunk and shows errors, with no violation reported', async function () {
    this.timeout(40000);
    const page = openStrictCspPage('/tests/csp/fact-card.html');
    try {
      await page.ready;
      const shadow = (id: string) => page.document.getElementById(id)!.shadowRoot!;
      expect(shadow('single').querySelector('button.card')!.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow('from-deck').querySelector('details')!.open).to.equal(true);
      expect(shadow('session').querySelector('.done-title')!.textContent).to.equal('Done for today.');
      expect(shadow('broken').querySelector('.error li')).to.exist;
      expect(page.violations).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('from the built bundle, fetches the FSRS chunk for a deck session only, with no violation', async function () {
    this.timeout(40000);
    const page = openStrictCspPage('/tests/csp/fact-card-bundle.html');
    try {
      await page.ready;
      const cards = [...page.document.querySelectorAll('fact-card')].map((el) => el.shadowRoot!);
      const [single, session] = [nth(cards, 0), nth(cards, 1)];
      expect(single.querySelector('button.card')!.textContent).to.contain('What does the EEAS call the core of the European project?');
      expect(single.querySelector('button.card')!.getAttribute('aria-expanded')).to.equal('true');
      expect(session.querySelector('h2')?.textContent).to.equal('EU security and defence cooperation (2017)');
      const win = page.window as Window & { fsrsRequestsBeforeSession?: number; fsrsRequestsAfterSession?: number };
      expect(win.fsrsRequestsBeforeSession).to.equal(0);
      expect(win.fsrsRequestsAfterSession).to.equal(1);
      expect(page.violations).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});
