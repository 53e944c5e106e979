import { expect } from '@open-wc/testing';

import { abbreviates, bracketedParts } from '../src/grading/bracketed-acronym.js';
import { matchingDate, parseDateAnswer } from '../src/grading/date-answer.js';
import { grade } from '../src/grading/grade.js';
import { primaryLanguage, withoutLeadingArticle } from '../src/grading/leading-articles.js';
import { multipleChoiceFraction } from '../src/grading/multiple-choice-score.js';
import { parseNumericInput } from '../src/grading/numeric-input.js';
import { isTypeableAnswer, matchText, normaliseAnswer, typosBetween, withinOneEdit } from '../src/grading/text-match.js';
import { validateBank } from '../src/schema/validate-bank.js';
import { bankOf, questions as q, rawQuestions } from './fixtures/sample-questions.js';
import { nth } from './helpers/present.js';

/** Four right options (r1–r4) and two wrong ones (w1, w2). */
const fourOfSix = ['r1', 'r2', 'r3', 'r4', 'w1', 'w2'].map((id) => ({ id, correct: id.startsWith('r') }));

describe('multiple choice: max(0, right/R − wrong/W)', () => {
  it('4 right of 6: the right ones earn full marks, ticking all six earns nothing', () => {
    expect(multipleChoiceFraction(fourOfSix, ['r1', 'r2', 'r3', 'r4'])).to.equal(1);
    expect(multipleChoiceFraction(fourOfSix, ['r1', 'r2', 'r3', 'r4', 'w1', 'w2'])).to.equal(0);
  });
  it('4 right of 6: the worked example of questions/GRADING.md', () => {
    expect(multipleChoiceFraction(fourOfSix, ['r1', 'r2', 'r3'])).to.equal(0.75);
    expect(multipleChoiceFraction(fourOfSix, ['r1', 'r2', 'r3', 'r4', 'w1'])).to.equal(0.5);
    expect(multipleChoiceFraction(fourOfSix, ['r1', 'r2', 'r3', 'w1'])).to.equal(0.25);
    expect(multipleChoiceFraction(fourOfSix, ['r1', 'w1', 'w2'])).to.equal(0);
  });
  it('a blank, only wrong ticks, unknown ids and repeats earn nothing extra', () => {
    expect(multipleChoiceFraction(fourOfSix, [])).to.equal(0);
    expect(multipleChoiceFraction(fourOfSix, null)).to.equal(0);
    expect(multipleChoiceFraction(fourOfSix, ['w1'])).to.equal(0);
    expect(multipleChoiceFraction(fourOfSix, ['r1', 'r1', 'r1', 'r1', 'zzz'])).to.equal(0.25);
  });
  it('a response of the wrong type earns nothing and does not throw', () => {
    expect(multipleChoiceFraction(fourOfSix, 'r1r2' as never)).to.equal(0);
  });
  it('one right of four: each wrong tick costs a third', () => {
    const oneOfFour = ['r', 'w1', 'w2', 'w3'].map((id) => ({ id, correct: id === 'r' }));
    expect(multipleChoiceFraction(oneOfFour, ['r'])).to.equal(1);
    expect(multipleChoiceFraction(oneOfFour, ['r', 'w1'])).to.be.closeTo(2 / 3, 1e-12);
    expect(multipleChoiceFraction(oneOfFour, ['r', 'w1', 'w2', 'w3'])).to.equal(0);
  });
  it('every option right: nothing to tell apart, so ticking all earns full marks', () => {
    const allRight = ['a', 'b', 'c'].map((id) => ({ id, correct: true }));
    expect(multipleChoiceFraction(allRight, ['a', 'b', 'c'])).to.equal(1);
    expect(multipleChoiceFraction(allRight, ['a'])).to.be.closeTo(1 / 3, 1e-12);
  });
  it('is what grade() gives, scaled by points', () => {
    const bank = validateBank(bankOf([{ ...rawQuestions.multiple, options: fourOfSix.map((o) => ({ ...o, text: o.id })), points: 2 }]));
    if (!bank.ok) throw new Error(JSON.stringify(bank.issues));
    const question = nth(bank.value.questions, 0);
    expect(grade(question, ['r1', 'r2', 'r3', 'r4', 'w1', 'w2'])).to.include({ score: 0, correct: false });
    expect(grade(question, ['r1', 'r2', 'r3', 'r4', 'w1'])).to.include({ score: 1, maxScore: 2 });
  });
});

describe('typed answers: normalisation', () => {
  it('removes zero-width characters, soft hyphens and direction marks without splitting the word', () => {
    expect(normaliseAnswer('Kal\u00ADlas\u200B \u2060Ka\u200Dja\u200E\uFEFF')).to.equal('kallas kaja');
  });
  it('reads compatibility forms and letters without a separate accent', () => {
    expect(normaliseAnswer('ＥＤＦ ﬁnal Straße Łódź Ørsted')).to.equal('edf final strasse lodz orsted');
  });
  it('an answer without letters or digits cannot be typed', () => {
    for (const answer of ['.*', '%', '🛡️', '\u200B', ' ', '—']) expect(isTypeableAnswer(answer), answer).to.equal(false);
    for (const answer of ['EDF', '2016', 'é', '19 May']) expect(isTypeableAnswer(answer), answer).to.equal(true);
  });
});

describe('typed answers: leading articles', () => {
  it('are dropped in the bank language only, and never the whole answer', () => {
    expect(withoutLeadingArticle(['the', 'edf'], 'en')).to.deep.equal(['edf']);
    expect(withoutLeadingArticle(['the'], 'en')).to.deep.equal(['the']);
    expect(withoutLeadingArticle(['la', 'pcsd'], 'es')).to.deep.equal(['pcsd']);
    expect(withoutLeadingArticle(['the', 'edf'], 'fr')).to.deep.equal(['the', 'edf']);
    expect(withoutLeadingArticle(['the', 'edf'], 'pl')).to.deep.equal(['the', 'edf']);
  });
  it('the language comes from any tag a page or CMS writes, English when absent', () => {
    expect(['en', 'en-GB', 'en_US', 'EN', undefined].map(primaryLanguage)).to.deep.equal(['en', 'en', 'en', 'en', 'en']);
    expect(primaryLanguage('fr-BE')).to.equal('fr');
  });
  it('grade() without a language reads English articles', () => {
    expect(grade(q.text, 'the Strategic Compass').correct).to.equal(true);
    expect(grade(q.text, 'the Strategic Compass', 'de').correct).to.equal(false);
  });
});

describe('typed answers: the typo policy', () => {
  it('a swap of neighbouring letters is one edit', () => {
    expect(withinOneEdit('kallas', 'kallsa')).to.equal(true);
    expect(withinOneEdit('kallas', 'aklsal')).to.equal(false);
  });
  it('one typo per five letters of the answer, one per word, none in short words or numbers', () => {
    expect(typosBetween(['kaya', 'kallas'], ['kaja', 'kallas'])).to.equal(1);
    expect(typosBetween(['kaya', 'kalas'], ['kaja', 'kallas'])).to.equal(2);
    expect(typosBetween(['nate'], ['nato'])).to.equal(null);
    expect(typosBetween(['eda'], ['edf'])).to.equal(null);
    expect(typosBetween(['2017'], ['2016'])).to.equal(null);
    expect(typosBetween(['rome', 'nice'], ['rome', 'nica'])).to.equal(1);
    expect(typosBetween(['wxyz', 'abce'], ['wxya', 'abcd'])).to.equal(null);
  });
  it('says which accepted answer matched and whether a typo was forgiven, preferring an exact match', () => {
    expect(matchText('Kallas', ['Kaja Kallas', 'Kallas'])).to.deep.equal({ accepted: 'Kallas', typo: false });
    expect(matchText('Kalas', ['Kaja Kallas', 'Kallas'])).to.deep.equal({ accepted: 'Kallas', typo: true });
    expect(matchText('European Defense Fund', ['European Defence Fund', 'European Defense Fund'])).to.deep.equal({
      accepted: 'European Defense Fund',
      typo: false,
    });
    expect(matchText('Fund', ['European Defence Fund'])).to.equal(null);
  });
  it('a text grade carries the spelling only when a typo was forgiven', () => {
    expect(grade(q.text, 'Strategic Compas').spelled).to.equal('Strategic Compass');
    expect(grade(q.text, 'Strategic Compass')).to.not.have.property('spelled');
    expect(grade(q.text, 'Strtegc Compass')).to.not.have.property('spelled');
  });
  it('a cloze grade carries the spelling of each typed blank right with a typo', () => {
    const bank = validateBank(
      bankOf([
        {
          ...rawQuestions.cloze,
          text: '{{city}} {{name}} {{year}}',
          blanks: { city: { accept: ['Warsaw'] }, name: { accept: ['Kallas'] }, year: { accept: ['2016'] } },
        },
      ]),
    );
    if (!bank.ok) throw new Error(JSON.stringify(bank.issues));
    const result = grade(nth(bank.value.questions, 0), { city: 'Warsow', name: 'Kallas', year: '2017' });
    expect(result.score).to.equal(0.67);
    expect([...(result.spelledBlanks ?? [])]).to.deep.equal([['city', 'Warsaw']]);
    expect(grade(q.cloze, { city: 'Warsaw', year: '2016' })).to.not.have.property('spelledBlanks');
  });
  it('content-named blanks are safe to grade', () => {
    const bank = validateBank(
      bankOf([
        { ...rawQuestions.cloze, text: '{{toString}} {{constructor}}', blanks: { toString: { accept: ['Warsaw'] }, constructor: { accept: ['Kallas'] } } },
      ]),
    );
    if (!bank.ok) throw new Error(JSON.stringify(bank.issues));
    expect(grade(nth(bank.value.questions, 0), {}).score).to.equal(0);
    expect(grade(nth(bank.value.questions, 0), { toString: 'Warsow', constructor: 'Kallas' }).score).to.equal(1);
  });
});

describe('typed answers: name and acronym in brackets', () => {
  it('splits a trailing bracketed part, round or square', () => {
    expect(bracketedParts('European Defence Fund (EDF)')).to.deep.equal(['European Defence Fund', 'EDF']);
    expect(bracketedParts('EDF [European Defence Fund].')).to.deep.equal(['EDF', 'European Defence Fund']);
    expect(bracketedParts('(EDF)')).to.equal(null);
    expect(bracketedParts('EDF (a) (b)')).to.equal(null);
  });
  it('an acronym reads as beginnings of the words, in order, from the first', () => {
    expect(abbreviates('pesco', ['permanent', 'structured', 'cooperation'])).to.equal(true);
    expect(abbreviates('card', ['coordinated', 'annual', 'review', 'on', 'defence'])).to.equal(true);
    expect(abbreviates('hrvp', ['high', 'representative', 'vice', 'president'])).to.equal(true);
    expect(abbreviates('eda', ['european', 'defence', 'fund'])).to.equal(false);
    expect(abbreviates('edf', ['european', 'defence', 'agency'])).to.equal(false);
    expect(abbreviates('cfsp', ['common', 'security', 'and', 'defence', 'policy'])).to.equal(false);
    expect(abbreviates('sdp', ['european', 'security', 'defence', 'policy'])).to.equal(false);
  });
  it('a pasted page is refused quickly', () => {
    const started = performance.now();
    expect(matchText('1 '.repeat(50_000), ['19 May 2025', 'European Defence Fund'])).to.equal(null);
    expect(matchText(`European Defence Fund${'\u200B'.repeat(10_000)}`, ['European Defence Fund'])).to.equal(null);
    expect(performance.now() - started).to.be.below(100);
  });
  it('a long learner answer in brackets stays quick', () => {
    const started = performance.now();
    expect(matchText(`European Defence Fund (${'e'.repeat(5000)})`, ['European Defence Fund'])).to.equal(null);
    expect(matchText(`${'european '.repeat(2000)}(EDF)`, ['EDF'])).to.equal(null);
    expect(matchText(`EDF (${' '.repeat(100_000)}x`, ['EDF'])).to.equal(null);
    expect(matchText(`${' '.repeat(100_000)}x)`, ['EDF'])).to.equal(null);
    expect(performance.now() - started).to.be.below(500);
  });
});

describe('typed answers: dates', () => {
  it('reads the usual written forms', () => {
    const may19 = { day: 19, month: 5, year: 2025 };
    for (const text of [
      '19 May 2025',
      'May 19, 2025',
      '19th of May 2025',
      'the 19th of May, 2025',
      'Monday, 19 May 2025',
      '19/05/2025',
      '19.05.2025',
      '19-5-2025',
      '2025-05-19',
      '2025/05/19',
      '19. Mai 2025',
      'le 19 mai 2025',
      '19 de mayo de 2025',
      '19 maggio 2025',
      '19 de maio de 2025',
      '19 mei 2025',
      'May 19th 2025',
      '19 MAY 2025',
    ]) {
      expect(parseDateAnswer(text), text).to.deep.equal(may19);
    }
    expect(parseDateAnswer('19 May')).to.deep.equal({ day: 19, month: 5 });
    expect(parseDateAnswer('19/05')).to.deep.equal({ day: 19, month: 5 });
    expect(parseDateAnswer('19.05.')).to.deep.equal({ day: 19, month: 5 });
    expect(parseDateAnswer('1er mai')).to.deep.equal({ day: 1, month: 5 });
    expect(parseDateAnswer('December 2017')).to.deep.equal({ month: 12, year: 2017 });
    expect(parseDateAnswer('im Dezember 2017')).to.deep.equal({ month: 12, year: 2017 });
    expect(parseDateAnswer('2017-12')).to.deep.equal({ month: 12, year: 2017 });
  });
  it('is not fooled by what is not (only) a date', () => {
    for (const text of [
      '2016',
      '1.5',
      '3.12',
      '5.2025',
      'May',
      'November',
      '31 June 2025',
      '29 February 2025',
      '13/13/2025',
      '19/05/25',
      '19 May 2025 in London',
      '19 March May',
      'EDF',
      '',
    ]) {
      expect(parseDateAnswer(text), text).to.equal(null);
    }
    expect(parseDateAnswer('29 February 2024')).to.deep.equal({ day: 29, month: 2, year: 2024 });
  });
  it('a year must agree when the accepted answers give one', () => {
    const accept = ['19 May', '19 May 2025'];
    expect(matchingDate('May 19th', accept)).to.equal('19 May');
    expect(matchingDate('19/05/2025', accept)).to.equal('19 May 2025');
    expect(matchingDate('19/05/2024', accept)).to.equal(null);
    expect(matchingDate('19 May 2024', ['19 May'])).to.equal('19 May');
    expect(matchingDate('19 May', ['19 May 2025'])).to.equal(null);
  });
  it('a non-date answer to a date question is compared as text', () => {
    expect(matchText('the summit day', ['19 May', 'the summit day'])).to.deep.equal({ accepted: 'the summit day', typo: false });
    expect(matchText('2016', ['2016'])).to.deep.equal({ accepted: '2016', typo: false });
  });
});

describe('numbers as learners type them', () => {
  it('a long run of digits is refused at once', () => {
    const started = performance.now();
    expect(parseNumericInput(`${'1'.repeat(100_000)}x`)).to.equal(null);
    expect(parseNumericInput('1'.repeat(400))).to.equal(null);
    expect(performance.now() - started).to.be.below(500);
  });
  it('NaN, Infinity and overflow are not answers', () => {
    for (const text of ['NaN', 'nan', 'Infinity', '-Infinity', '∞', '1e400', '-1e999']) expect(parseNumericInput(text), text).to.equal(null);
  });
  it('thousands dots when unambiguous, a single dot group stays a decimal point', () => {
    expect(parseNumericInput('1.000.000')).to.equal(1000000);
    expect(parseNumericInput('1.000.000,5')).to.equal(1000000.5);
    expect(parseNumericInput('1.000,5')).to.equal(1000.5);
    expect(parseNumericInput('1.000')).to.equal(1);
    expect(parseNumericInput('1.00.000')).to.equal(null);
  });
  it('decimal commas, spaced thousands and invisible characters', () => {
    expect(parseNumericInput('2,5')).to.equal(2.5);
    expect(parseNumericInput('1 000')).to.equal(1000);
    expect(parseNumericInput('1\u202F000\u200B')).to.equal(1000);
    expect(parseNumericInput('7\u00AD4 actions', 'actions')).to.equal(74);
  });
});

describe('validation: accepted answers nobody could type', () => {
  it('are refused by path, for text answers and typed cloze blanks', () => {
    const result = validateBank(
      bankOf([
        { ...rawQuestions.text, accept: ['Strategic Compass', '.*', '🛡️'] },
        { ...rawQuestions.cloze, blanks: { city: { accept: ['Warsaw'], options: ['Warsaw', 'Brussels'] }, year: { accept: ['%'] } } },
      ]),
    );
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).to.deep.equal(['questions[0].accept[1]', 'questions[0].accept[2]', 'questions[1].blanks.year.accept[0]']);
    expect(nth(result.issues, 0).message).to.equal('".*" cannot be typed: typed answers ignore punctuation and symbols, and it has no letter or digit');
  });
  it('a choice blank may offer a symbol: it is picked, not typed', () => {
    const result = validateBank(bankOf([{ ...rawQuestions.cloze, blanks: { city: { accept: ['%'], options: ['%', '‰'] }, year: { accept: ['2016'] } } }]));
    expect(result.ok).to.equal(true);
  });
});

describe('numbers written as the language writes them', () => {
  it('reads one group of three digits by the decimal separator of the language', () => {
    expect(parseNumericInput('1.234', undefined, 'de')).to.equal(1234);
    expect(parseNumericInput('1,5', undefined, 'de')).to.equal(1.5);
    expect(parseNumericInput('1,000', undefined, 'de')).to.equal(1);
    expect(parseNumericInput('1 234,5', undefined, 'fr')).to.equal(1234.5);
    expect(parseNumericInput('1.234.567', undefined, 'pl')).to.equal(1234567);
    expect(parseNumericInput('1,000', undefined, 'en')).to.equal(1000);
    expect(parseNumericInput('1.000', undefined, 'en')).to.equal(1);
    expect(parseNumericInput('2,5', undefined, 'en')).to.equal(2.5);
    expect(parseNumericInput('1.000', undefined, 'en_US')).to.equal(1);
    expect(parseNumericInput('1.000', undefined, 'not a tag')).to.equal(1);
  });
});
