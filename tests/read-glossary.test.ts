import { expect } from '@open-wc/testing';

import { readGlossary } from '../src/acronym-tip/read-glossary.js';
import { validateGlossary } from '../src/schema/glossary-schema.js';
import { nth } from './helpers/present.js';

/** The fixture glossary: the parts these tests read. */
const fixture = async () =>
  (await (await fetch('/tests/fixtures/glossary.json')).json()) as { entries: Array<{ definition: string; source: { note?: string } }> };

const sources = [{ id: 'doc', title: 'A document', publisher: 'EEAS', date: '4 June 2018' }];
const good = {
  term: 'CSDP',
  expansion: 'Common Security and Defence Policy',
  definition: 'The EU policy for crisis management.',
  source: { ref: 'doc', quote: 'a quote' },
};
const glossaryWith = (...entries: unknown[]) => ({ lang: 'en', sources, entries });

/** Entries that break the schema in one way each; the runtime reader must turn down each one. */
const badEntries: Record<string, unknown> = {
  'not an object': 'CSDP',
  'no term': { ...good, term: undefined },
  'blank term': { ...good, term: '   ' },
  'term not text': { ...good, term: 42 },
  'blank expansion': { ...good, expansion: '' },
  'no definition': { ...good, definition: undefined },
  'definition not text': { ...good, definition: ['a'] },
  'definition over 40 words': { ...good, definition: 'word '.repeat(41) },
  'aliases not a list': { ...good, aliases: 'HRVP' },
  'blank alias': { ...good, aliases: ['ok', ''] },
  'zero-width term': { ...good, term: '\u200b' },
  'term of thousands of characters': { ...good, term: 'A'.repeat(5000) },
  'zero-width alias': { ...good, aliases: ['\u2060'] },
  'unknown field': { ...good, link: 'https://example.org' },
  'no source': { ...good, source: undefined },
  'unknown source ref': { ...good, source: { ref: 'elsewhere', quote: 'q' } },
  'ref without quote': { ...good, source: { ref: 'doc' } },
  'source with both shapes': { ...good, source: { ref: 'doc', quote: 'q', url: 'https://example.org' } },
  'web source with a bad url': { ...good, source: { url: 'not a url', note: 'n' } },
  'web source that is not http': { ...good, source: { url: 'javascript:alert(1)', note: 'n' } },
  'web source without note': { ...good, source: { url: 'https://example.org' } },
};

describe('readGlossary', () => {
  it('reads the fixture glossary whole, which validateGlossary also accepts', async () => {
    const json = await fixture();
    expect(validateGlossary(json).ok).to.equal(true);
    const { index, problems } = readGlossary(json);
    expect(problems).to.deep.equal([]);
    expect(index.size).to.equal(json.entries.length);
    expect(index.lang).to.equal('en');
    expect(index.byName.get('HRVP')).to.equal(index.byName.get('HR/VP'));
    expect(index.byName.get('CSDP')).to.deep.equal({
      term: 'CSDP',
      expansion: 'Common Security and Defence Policy',
      definition: nth(json.entries, 0).definition,
      source: {
        title: 'Security and Defence: EU and UK conclude a Security and Defence Partnership',
        publisher: 'European Union External Action (EEAS)',
        date: '19 May 2025',
      },
    });
    expect(index.byName.get('IT')!.source).to.deep.equal({
      url: 'https://en.wikipedia.org/wiki/Information_technology',
      note: nth(json.entries, -1).source.note,
    });
  });

  for (const [problem, entry] of Object.entries(badEntries)) {
    it(`skips an entry with ${problem}, as validateGlossary rejects it, and keeps the rest`, () => {
      const input = glossaryWith({ ...good, term: 'NATO' }, entry);
      expect(validateGlossary(input).ok, 'validateGlossary').to.equal(false);
      const { index, problems } = readGlossary(input);
      expect(problems.length).to.be.greaterThan(0);
      expect(
        problems.every((p) => p.path.startsWith('entries[1]')),
        JSON.stringify(problems),
      ).to.equal(true);
      expect([...index.byName.keys()]).to.deep.equal(['NATO']);
    });
  }

  it('keeps the first of two entries for the same term or alias', () => {
    const { index, problems } = readGlossary(
      glossaryWith({ ...good, aliases: ['CSDPx'] }, { ...good, term: 'Other', aliases: ['CSDPx'], definition: 'Second.' }),
    );
    expect(index.size).to.equal(1);
    expect(index.byName.get('CSDPx')!.definition).to.equal(good.definition);
    expect(problems).to.deep.equal([{ path: 'entries[1].term', message: '"CSDPx" is already defined by an earlier entry' }]);
  });

  it('trims the text it keeps and normalises the names it looks up', () => {
    const { index } = readGlossary(glossaryWith({ ...good, term: ' SHADE \n MED ', definition: '  Padded.  ' }));
    expect(index.byName.get('SHADE MED')!.definition).to.equal('Padded.');
  });

  it('reports a file that is not a glossary at all, and keeps nothing', () => {
    for (const input of [null, [], 'glossary', 3, {}, { lang: 'en', sources, entries: [] }, { lang: 'en', sources: 'x', entries: 'y' }]) {
      const { index, problems } = readGlossary(input);
      expect(index.size, JSON.stringify(input)).to.equal(0);
      expect(problems.length, JSON.stringify(input)).to.be.greaterThan(0);
    }
  });

  it('skips a broken source document and the entries that cite it', () => {
    const { index, problems } = readGlossary({ lang: 'en', sources: [{ id: 'doc', title: '' }], entries: [good] });
    expect(index.size).to.equal(0);
    expect(problems.map((p) => p.path)).to.deep.equal(['sources[0]', 'entries[0].source.ref']);
  });

  it('reports an unknown top-level field or a bad language, and still reads the entries', () => {
    const { index, problems } = readGlossary({ lang: 'English', sources, entries: [good], extra: true });
    expect(index.size).to.equal(1);
    expect(index.lang).to.equal(undefined);
    expect(problems.map((p) => p.path)).to.deep.equal(['extra', 'lang']);
  });
});
