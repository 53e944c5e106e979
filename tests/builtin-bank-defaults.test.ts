// A quiz over a built-in bank skips zod: the bank was validated when the library was built, and only
// its defaults are filled in (src/schema/bank-defaults.ts). That must give exactly what validating gives.
import { expect } from '@open-wc/testing';

import { BUILTIN_BANKS } from '../src/content/builtin-ids.js';
import { withBankDefaults } from '../src/schema/bank-defaults.js';
import { validateBank } from '../src/schema/validate-bank.js';

describe('built-in banks, loaded without validating them again', () => {
  for (const id of BUILTIN_BANKS) {
    it(`${id}: filling in the defaults gives the bank that validating gives`, async () => {
      const json: unknown = await (await fetch(`/questions/${id}.json`)).json();
      const validated = validateBank(json);
      expect(validated.ok, JSON.stringify(validated.ok || validated.issues)).to.equal(true);
      expect(withBankDefaults(json)).to.deep.equal(validated);
    });
  }

  it('fills in the defaults the schema gives: no tags, one point', () => {
    const bank = { id: 'b', title: 'B', questions: [{ id: 'q', type: 'true-false', prompt: 'P?', answer: true }] };
    expect(withBankDefaults(bank)).to.deep.equal(validateBank(bank));
    expect(withBankDefaults(bank)).to.deep.include({ ok: true });
  });
});
