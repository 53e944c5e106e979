import { expect } from '@open-wc/testing';

import { builtinLanguages } from '../src/messages/registry.js';
import {
  declaredPluralCategories,
  englishTable,
  missingPluralCategories,
  sameAsEnglish,
  sameWordsAllowed,
  structureProblems,
  tables,
} from './helpers/check-translations.js';

describe('the translations', () => {
  it('cover the 24 official languages of the EU, English built in', () => {
    expect([...builtinLanguages].sort()).to.deep.equal(['en', ...Object.keys(tables)].sort());
    expect(builtinLanguages).to.have.length(24);
  });

  for (const [lang, table] of Object.entries(tables)) {
    it(`${lang}: has every string, each with the placeholders of the English one`, () => {
      expect(structureProblems(englishTable(), table)).to.deep.equal([]);
    });

    it(`${lang}: leaves no string in English by mistake`, () => {
      expect(sameAsEnglish(englishTable(), table)).to.deep.equal(sameWordsAllowed[lang] ?? []);
    });
  }

  it('give every plural form each language has', () => {
    const declared = declaredPluralCategories();
    for (const lang of Object.keys(tables)) {
      const tag = lang === 'pt' ? 'pt-PT' : lang;
      expect(declared.get(tag), lang).to.exist;
      expect(missingPluralCategories(tag, declared.get(tag)!), lang).to.deep.equal([]);
    }
  });
});
