import { expect } from '@open-wc/testing';

import { QUESTION_TYPES } from '../src/schema/bank-schema.js';
import { validateBank } from '../src/schema/validate-bank.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';

function problems(input: unknown): string[] {
  const result = validateBank(input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('bank schema', () => {
  it('accepts a bank with every question type, applying defaults', () => {
    const result = validateBank(bankOf([{ ...rawQuestions.tf, tags: undefined, points: undefined }]));
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.questions[0]).to.include({ points: 1 }).and.to.have.deep.property('tags', []);
    expect(problems(bankOf(Object.values(rawQuestions)))).to.deep.equal([]);
  });

  it('accepts the sample bank shipped in questions/', async () => {
    const bank = (await (await fetch('/questions/sample.json')).json()) as { questions: Array<{ type: string }> };
    expect(problems(bank)).to.deep.equal([]);
    const types = new Set(bank.questions.map((q) => q.type));
    expect([...types].sort(), 'one question of every type').to.deep.equal([...QUESTION_TYPES].sort());
  });

  it('says what is missing and what has the wrong type', () => {
    const { prompt: _prompt, ...noPrompt } = rawQuestions.tf;
    expect(problems(bankOf([noPrompt as never]))).to.deep.equal(['questions[0].prompt: is required']);
    expect(problems(bankOf([{ ...rawQuestions.tf, answer: 'yes' } as never]))).to.deep.equal(['questions[0].answer: must be true or false, not text']);
    expect(problems({ ...bankOf([rawQuestions.tf]), questions: 'none' })).to.deep.equal(['questions: must be a list, not text']);
    expect(problems('a string')).to.deep.equal(['(root): must be an object, not text']);
  });

  it('rejects an unknown question type and unknown fields', () => {
    expect(problems(bankOf([{ ...rawQuestions.tf, type: 'essay' } as never]))).to.deep.equal([
      'questions[0].type: must be one of "single", "multiple", "true-false", "numeric", "text", "order", "match", "cloze"',
    ]);
    expect(problems(bankOf([{ ...rawQuestions.tf, promt: 'typo' } as never]))).to.deep.equal(['questions[0]: has unknown field "promt"']);
  });

  it('checks ranges: difficulty 1–3, points above 0, non-negative tolerance, non-empty text', () => {
    expect(problems(bankOf([{ ...rawQuestions.tf, difficulty: 4 }]))).to.deep.equal(['questions[0].difficulty: must be at most 3']);
    expect(problems(bankOf([{ ...rawQuestions.tf, points: 0 }]))).to.have.length(1);
    expect(problems(bankOf([{ ...rawQuestions.numeric, tolerance: -1 }]))).to.deep.equal(['questions[0].tolerance: must be at least 0']);
    expect(problems(bankOf([{ ...rawQuestions.tf, prompt: '   ' }]))).to.deep.equal(['questions[0].prompt: must not be empty']);
  });

  it('single needs exactly one correct option; multiple at least one', () => {
    const none = rawQuestions.single.options.map((o) => ({ ...o, correct: false }));
    expect(problems(bankOf([{ ...rawQuestions.single, options: none }]))).to.deep.equal(['questions[0].options: exactly one option must be correct (found 0)']);
    expect(problems(bankOf([{ ...rawQuestions.multiple, options: rawQuestions.multiple.options.map((o) => ({ ...o, correct: false })) }]))).to.deep.equal([
      'questions[0].options: at least one option must be correct',
    ]);
  });

  it('finds duplicate ids at every level', () => {
    const dupOption = { ...rawQuestions.single, options: [...rawQuestions.single.options, { id: 'a', text: 'Riga', correct: false }] };
    expect(problems(bankOf([dupOption]))).to.deep.equal(['questions[0].options[3].id: duplicate option id "a" (first used at questions[0].options[0])']);
    expect(problems(bankOf([rawQuestions.tf, rawQuestions.tf]))).to.deep.equal(['questions[1].id: duplicate question id "tf" (first used at questions[0])']);
    const sources = [
      { id: 'doc', title: 'A', publisher: 'P', date: 'd' },
      { id: 'doc', title: 'B', publisher: 'P', date: 'd' },
    ];
    expect(problems(bankOf([rawQuestions.tf], { sources }))).to.deep.equal(['sources[1].id: duplicate source id "doc" (first used at sources[0])']);
  });

  it('checks source references', () => {
    expect(problems(bankOf([{ ...rawQuestions.tf, source: { ref: 'other', quote: 'q' } }]))).to.deep.equal([
      'questions[0].source.ref: no source with id "other" in "sources"',
    ]);
  });

  it('checks cloze markers against blanks both ways, and choice blanks against their answers', () => {
    const cloze = rawQuestions.cloze;
    expect(problems(bankOf([{ ...cloze, text: 'In {{city}} in {{year}} and {{month}}.' }]))).to.deep.equal([
      'questions[0].text: marker {{month}} has no blank in "blanks"',
    ]);
    expect(problems(bankOf([{ ...cloze, text: 'In {{city}}.' }]))).to.deep.equal(['questions[0].blanks.year: has no {{year}} marker in the text']);
    expect(problems(bankOf([{ ...cloze, blanks: { ...cloze.blanks, city: { accept: ['Vilnius'], options: ['Warsaw', 'Brussels'] } } }]))).to.deep.equal([
      'questions[0].blanks.city.options: must include the accepted answer "Vilnius"',
    ]);
    expect(problems(bankOf([{ ...cloze, text: 'No blanks here.', blanks: {} }]))).to.deep.equal(['questions[0].text: has no {{blankId}} marker']);
  });

  it('rejects look-alike options, items and match answers', () => {
    const twins = { ...rawQuestions.match, pairs: [...rawQuestions.match.pairs, { id: 'p4', left: 'EDF', right: 'Permanent Structured Cooperation' }] };
    expect(problems(bankOf([twins]))).to.deep.equal(['questions[0].pairs: two right-hand answers have the same text, so learners could not tell them apart']);
  });

  it('lists every problem at once, schema and cross-field together', () => {
    const listed = problems(bankOf([{ ...rawQuestions.tf, answer: 1 } as never, { ...rawQuestions.tf, source: { ref: 'x', quote: 'q' } }]));
    expect(listed).to.deep.equal([
      'questions[0].answer: must be true or false, not a number',
      'questions[1].id: duplicate question id "tf" (first used at questions[0])',
      'questions[1].source.ref: no source with id "x" in "sources"',
    ]);
  });

  it('takes optional tag labels, each for a tag some question has', () => {
    const tag = 't';
    expect(problems(bankOf([rawQuestions.tf], { tags: { [tag]: 'A human label' } }))).to.deep.equal([]);
    expect(problems(bankOf([rawQuestions.tf], { tags: { [tag]: 'A human label', 'no-such-tag': 'Typo' } }))).to.deep.equal([
      'tags.no-such-tag: labels the tag "no-such-tag", which no question has',
    ]);
    expect(problems(bankOf([rawQuestions.tf], { tags: { [tag]: '' } }))).to.deep.equal([`tags.${tag}: must not be empty`]);
  });

  it('accepts every built-in bank, each with a label for every tag it uses', async () => {
    for (const id of ['csdp', 'eu-nato-cooperation', 'eu-uk-partnership', 'partnerships', 'source-check', 'sample']) {
      const bank = (await (await fetch(`/questions/${id}.json`)).json()) as { questions: Array<{ tags?: string[] }>; tags?: Record<string, string> };
      expect(problems(bank), id).to.deep.equal([]);
      const used = new Set(bank.questions.flatMap((q) => q.tags ?? []));
      expect(
        [...used].filter((t) => !Object.hasOwn(bank.tags ?? {}, t)),
        `${id}: tags without a label`,
      ).to.deep.equal([]);
    }
  });

  it('accepts only http(s) source URLs and language tags', () => {
    const bad = bankOf([rawQuestions.tf], { lang: 'English', sources: [{ id: 'doc', title: 'D', publisher: 'P', date: 'd', url: 'javascript:alert(1)' }] });
    expect(problems(bad)).to.deep.equal(['lang: must be a language tag such as "en" or "en-GB"', 'sources[0].url: must be an http or https address']);
  });
});
