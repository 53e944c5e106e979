import { expect } from '@open-wc/testing';

import { grade } from '../src/grading/grade.js';
import { parseNumericInput } from '../src/grading/numeric-input.js';
import { matchesAccepted, normaliseAnswer, withinOneEdit } from '../src/grading/text-match.js';
import { messagesFor } from '../src/messages/messages.js';
import { isAnswered } from '../src/question-types/question-types.js';
import { responseText } from '../src/quiz/answer-text.js';
import { questions as q } from './fixtures/sample-questions.js';

describe('grade: single', () => {
  it('right, wrong, unknown and missing', () => {
    expect(grade(q.single, 'a')).to.include({ correct: true, score: 1, fraction: 1 });
    expect(grade(q.single, 'b')).to.include({ correct: false, score: 0 });
    expect(grade(q.single, 'zzz').score).to.equal(0);
    expect(grade(q.single, null).score).to.equal(0);
  });
});

describe('grade: multiple', () => {
  it('all right is full marks', () => expect(grade(q.multiple, ['a', 'b'])).to.include({ correct: true, score: 1 }));
  it('half the right ones is half', () => expect(grade(q.multiple, ['a']).score).to.equal(0.5));
  it('a wrong pick costs what a right one earns', () => expect(grade(q.multiple, ['a', 'b', 'c']).score).to.equal(0.5));
  it('never goes below zero', () => {
    expect(grade(q.multiple, ['c', 'd']).score).to.equal(0);
    expect(grade(q.multiple, ['a', 'c', 'd']).score).to.equal(0);
  });
  it('ticking everything earns nothing', () => expect(grade(q.multiple, ['a', 'b', 'c', 'd']).score).to.equal(0));
  it('a duplicate answer counts once', () => expect(grade(q.multiple, ['a', 'a']).score).to.equal(0.5));
  it('empty is unanswered and scores zero', () => {
    expect(isAnswered(q.multiple, [])).to.equal(false);
    expect(grade(q.multiple, []).score).to.equal(0);
  });
});

describe('grade: true-false', () => {
  it('right and wrong', () => {
    expect(grade(q.tf, false).correct).to.equal(true);
    expect(grade(q.tf, true).correct).to.equal(false);
    expect(grade(q.tf, null).correct).to.equal(false);
  });
});

describe('grade: numeric', () => {
  it('inside and exactly on the tolerance bounds', () => {
    for (const v of [74, 72, 76, 75.5]) expect(grade(q.numeric, v).correct, String(v)).to.equal(true);
  });
  it('just outside the bounds', () => {
    for (const v of [71.99, 76.01, -74]) expect(grade(q.numeric, v).correct, String(v)).to.equal(false);
  });
  it('floating point does not break an exact answer', () => expect(grade(q.exact, 0.1 + 0.2).correct).to.equal(true));
  it('no tolerance means exact', () => expect(grade(q.exact, 0.31).correct).to.equal(false));
  it('grades what the learner typed', () => {
    expect(grade(q.numeric, '74 actions').correct).to.equal(true);
    expect(grade(q.numeric, ' 75,5 ').correct).to.equal(true);
    expect(grade(q.numeric, 'seventy-four').correct).to.equal(false);
    expect(isAnswered(q.numeric, 'seventy-four')).to.equal(false);
    expect(isAnswered(q.numeric, '74')).to.equal(true);
  });
  it('NaN and null score zero', () => {
    expect(grade(q.numeric, Number.NaN).score).to.equal(0);
    expect(grade(q.numeric, null).score).to.equal(0);
  });
  it('reads numbers as learners type them', () => {
    expect(parseNumericInput('74')).to.equal(74);
    expect(parseNumericInput(' 2,5 ')).to.equal(2.5);
    expect(parseNumericInput('1,000,000')).to.equal(1000000);
    expect(parseNumericInput('1 000 000')).to.equal(1000000);
    expect(parseNumericInput('−3')).to.equal(-3);
    expect(parseNumericInput('74 actions', 'actions')).to.equal(74);
    expect(parseNumericInput('seventy')).to.equal(null);
    expect(parseNumericInput('')).to.equal(null);
    expect(parseNumericInput('1e400')).to.equal(null);
  });
});

describe('grade: text', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    for (const r of ['strategic compass', '  STRATEGIC COMPASS. ', 'Stratégic Compass!', 'Compass']) {
      expect(grade(q.text, r).correct, r).to.equal(true);
    }
  });
  it('forgives one wrong, missing or extra letter in long words', () => {
    for (const r of ['Strategc Compass', 'Strattegic Compass', 'Strategic Compas', 'Stratefic Compass']) {
      expect(grade(q.text, r).correct, r).to.equal(true);
    }
  });
  it('does not forgive two typos in one word, or any in a short word', () => {
    expect(grade(q.text, 'Strtegc Compass').correct).to.equal(false);
    expect(matchesAccepted('NATE', 'NATO')).to.equal(false);
    expect(matchesAccepted('NATO', 'NATO')).to.equal(true);
  });
  it('a wrong answer or an empty one is wrong', () => {
    expect(grade(q.text, 'Compass Strategic').correct).to.equal(false);
    expect(grade(q.text, '').correct).to.equal(false);
    expect(grade(q.text, '!!!').correct).to.equal(false);
  });
  it('slashes and hyphens are not what is tested', () => {
    expect(matchesAccepted('HRVP', 'HR/VP')).to.equal(true);
    expect(matchesAccepted('EU NATO', 'EU-NATO')).to.equal(true);
  });
  it('normalises and measures edits', () => {
    expect(normaliseAnswer('  Évolution—Défense ')).to.equal('evolution defense');
    expect(withinOneEdit('abcde', 'abde')).to.equal(true);
    expect(withinOneEdit('abcde', 'abxye')).to.equal(false);
    expect(withinOneEdit('abcde', 'abcdef')).to.equal(true);
  });
});

describe('grade: order', () => {
  it('full, partial and none', () => {
    expect(grade(q.order, ['i1', 'i2', 'i3', 'i4']).correct).to.equal(true);
    expect(grade(q.order, ['i1', 'i2', 'i4', 'i3']).score).to.equal(0.5);
    expect(grade(q.order, ['i4', 'i3', 'i2', 'i1']).score).to.equal(0);
  });
  it('a duplicated item earns its place only once', () => expect(grade(q.order, ['i1', 'i1', 'i1', 'i1']).score).to.equal(0.25));
});

describe('grade: match', () => {
  it('full, partial and none', () => {
    expect(grade(q.match, { p1: 'p1', p2: 'p2', p3: 'p3' }).correct).to.equal(true);
    expect(grade(q.match, { p1: 'p1', p2: 'p3', p3: 'p2' }).score).to.equal(0.33);
    expect(grade(q.match, {}).score).to.equal(0);
  });
  it('the same answer for every item earns one', () => expect(grade(q.match, { p1: 'p2', p2: 'p2', p3: 'p2' }).score).to.equal(0.33));
  it('is answered only when every item has a choice', () => {
    expect(isAnswered(q.match, { p1: 'p1', p2: 'p2' })).to.equal(false);
    expect(isAnswered(q.match, { p1: 'p1', p2: 'p2', p3: 'p1' })).to.equal(true);
  });
});

describe('grade: cloze', () => {
  it('chosen and typed blanks', () => {
    expect(grade(q.cloze, { city: 'Warsaw', year: '2016' }).correct).to.equal(true);
    expect(grade(q.cloze, { city: 'Brussels', year: ' 2016. ' }).score).to.equal(0.5);
  });
  it('a choice blank must match exactly, a typed one is forgiving', () => {
    expect(grade(q.cloze, { city: 'warsaw', year: '2016' }).score).to.equal(0.5);
  });
  it('unanswered blanks', () => {
    expect(isAnswered(q.cloze, { city: 'Warsaw' })).to.equal(false);
    expect(grade(q.cloze, {}).score).to.equal(0);
  });
});

describe('grade: points', () => {
  it('scales by the question points', () => {
    const heavy = { ...q.multiple, points: 4 };
    expect(grade(heavy, ['a'])).to.include({ score: 2, maxScore: 4 });
  });
});

describe('grade: a response of another shape', () => {
  const msg = messagesFor('en').quiz;
  it('is no answer, and nothing throws', () => {
    expect(grade(q.text, ['Compass']).score).to.equal(0);
    expect(isAnswered(q.text, ['Compass'])).to.equal(false);
    expect(responseText(q.text, ['Compass'], msg)).to.equal(null);
    expect(isAnswered(q.match, { p1: 'p1', p2: 'p2', p3: 3 })).to.equal(false);
    expect(grade(q.multiple, 'a').score).to.equal(0);
  });
  it('ids such as "constructor" are not found on Object.prototype', () => {
    const cloze = { ...q.cloze, text: 'The {{constructor}} signed it.', blanks: { constructor: { accept: ['Warsaw'] } } };
    expect(isAnswered(cloze, {})).to.equal(false);
    expect(responseText(cloze, {}, msg)).to.equal('—');
    expect(grade(cloze, { constructor: 'Warsaw' }).correct).to.equal(true);
  });
});
