// The tips index the package's own glossary without reading it through read-glossary.ts (it was validated
// when the library was built): that must give exactly the index the reader gives, with no problem.
import { expect } from '@open-wc/testing';

import { indexTrustedGlossary } from '../src/acronym-tip/index-glossary.js';
import { readGlossary } from '../src/acronym-tip/read-glossary.js';

describe('the built-in glossary, indexed without reading it again', () => {
  it('gives the index the reader gives, and the reader finds no problem in it', async () => {
    const json: unknown = await (await fetch('/questions/glossary.json')).json();
    const { index, problems } = readGlossary(json);
    expect(problems).to.deep.equal([]);
    const trusted = indexTrustedGlossary(json);
    expect(trusted.size).to.equal(index.size);
    expect(trusted.lang).to.equal(index.lang);
    expect([...trusted.byName.keys()]).to.deep.equal([...index.byName.keys()]);
    for (const [name, entry] of index.byName) expect(trusted.byName.get(name), name).to.deep.equal(entry);
  });
});
