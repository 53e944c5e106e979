import { expect } from '@open-wc/testing';

import { buildTermMatcher, normaliseTerm } from '../src/acronym-tip/term-matcher.js';
import { nth } from './helpers/present.js';

const matcher = buildTermMatcher([
  'CSDP',
  'PESCO',
  'NATO',
  'SHADE MED',
  'HR/VP',
  'HRVP',
  'EU',
  'EU Global Strategy',
  'IT',
  'NDPP',
  'NATO Defence Planning Process',
  'Århus Ö',
  'C++',
]);
const found = (text: string) => matcher.find(text).map((h) => text.slice(h.start, h.end));
const names = (text: string) => matcher.find(text).map((h) => h.name);

describe('term matcher', () => {
  it('finds every whole-word occurrence, in order', () => {
    expect(found('CSDP and PESCO, then NATO.')).to.deep.equal(['CSDP', 'PESCO', 'NATO']);
    expect(found('CSDP CSDP')).to.deep.equal(['CSDP', 'CSDP']);
  });

  it('is case-sensitive: "IT" is a term, "it" and "It" are words', () => {
    expect(found('It says it is IT.')).to.deep.equal(['IT']);
    expect(found('csdp Csdp nato')).to.deep.equal([]);
  });

  it('finds terms at the very start and end of the text', () => {
    expect(found('CSDP')).to.deep.equal(['CSDP']);
    expect(found('CSDP is run by the EU')).to.deep.equal(['CSDP', 'EU']);
  });

  it('finds a term before a possessive, straight or curly', () => {
    const text = "NATO's allies and NATO’s partners";
    const hits = matcher.find(text);
    expect(hits.map((h) => text.slice(h.start, h.end))).to.deep.equal(['NATO', 'NATO']);
    expect(text.slice(nth(hits, 0).end, nth(hits, 0).end + 2)).to.equal("'s");
  });

  it('does not match inside a longer word, in any script', () => {
    for (const text of ['éCSDP', 'CSDPé', 'CSDPs', 'xNATO', 'NATO2', '2EU', 'EUROPE', 'ÉU', 'EUß', 'ЯCSDP', 'CSDP中', 'IT\u0301']) {
      expect(found(text), text).to.deep.equal([]);
    }
  });

  it('treats punctuation, dashes and brackets as boundaries', () => {
    expect(found('(CSDP) EU-NATO EU–NATO “PESCO” CSDP/PESCO')).to.deep.equal(['CSDP', 'EU', 'NATO', 'EU', 'NATO', 'PESCO', 'CSDP', 'PESCO']);
  });

  it('matches terms with slashes, and prefers them to their parts', () => {
    expect(found('the HR/VP and the HRVP')).to.deep.equal(['HR/VP', 'HRVP']);
  });

  it('matches multi-word terms across any white space', () => {
    expect(names('SHADE MED, SHADE\nMED and SHADE\u00a0 MED')).to.deep.equal(['SHADE MED', 'SHADE MED', 'SHADE MED']);
    expect(found('SHADE and MED')).to.deep.equal([]);
  });

  it('lets the longer term win where terms overlap', () => {
    expect(found('the EU Global Strategy and the EU')).to.deep.equal(['EU Global Strategy', 'EU']);
    expect(found('the NATO Defence Planning Process (NDPP)')).to.deep.equal(['NATO Defence Planning Process', 'NDPP']);
    expect(found('the EU Global Strategists')).to.deep.equal(['EU']);
  });

  it('handles terms in other scripts and terms made of symbols', () => {
    expect(found('in Århus Ö, not Århus Öx')).to.deep.equal(['Århus Ö']);
    expect(found('C++ code')).to.deep.equal(['C++']);
  });

  it('finds nothing when it has no terms', () => {
    expect(buildTermMatcher([]).find('CSDP')).to.deep.equal([]);
    expect(buildTermMatcher(['', '  ']).names).to.deep.equal([]);
  });

  it('normalises terms and lists them longest first', () => {
    expect(normaliseTerm('  SHADE \n MED ')).to.equal('SHADE MED');
    expect(buildTermMatcher(['EU', 'SHADE  MED', 'CSDP', 'EU']).names).to.deep.equal(['SHADE MED', 'CSDP', 'EU']);
  });

  it('finds every occurrence in a long text', () => {
    const text = 'The CSDP and NATO. '.repeat(20000);
    expect(matcher.find(text).length).to.equal(40000);
  });

  it('leaves out empty, zero-width and overlong terms instead of overflowing the stack', () => {
    const matcher = buildTermMatcher(['', ' ', '\u200b', '\u00ad\u200d', 'A'.repeat(50000), 'CSDP']);
    expect(matcher.names).to.deep.equal(['CSDP']);
    expect(matcher.find(`\u200b ${'A'.repeat(50000)} CSDP`).map((hit) => hit.name)).to.deep.equal(['CSDP']);
  });
});
