import { expect } from '@open-wc/testing';

import { grade } from '../src/grading/grade.js';
import type { Question } from '../src/schema/bank-schema.js';
import { validateBank } from '../src/schema/validate-bank.js';
import { bankOf } from './fixtures/sample-questions.js';
import { type GradingCase, gradingTable, gradingTableMarkdown } from './fixtures/text-grading-table.js';
import { nth } from './helpers/present.js';

const base = { id: 'q', prompt: 'P?', explanation: 'Because.', source: { ref: 'doc', quote: 'a verbatim passage' }, tags: ['t'] };

/** The row's question, validated as an author's bank would be: a typed answer, or a cloze with one typed blank. */
function questionOf(row: GradingCase): Question {
  const raw =
    row.type === 'text'
      ? { ...base, type: 'text', accept: row.accept }
      : { ...base, type: 'cloze', text: 'It was {{b}}.', blanks: { b: { accept: row.accept } } };
  const result = validateBank(bankOf([raw as never], { lang: row.lang }));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return nth(result.value.questions, 0);
}

describe('typed answers: the table of learner answers', () => {
  for (const row of gradingTable) {
    const expected = row.verdict === true ? 'right' : row.verdict === false ? 'wrong' : `right, spelled ${row.verdict.spelled}`;
    it(`${row.type} [${row.accept.join(' · ')}] (${row.lang}): "${row.answer}" is ${expected}: ${row.why}`, () => {
      const question = questionOf(row);
      const result = grade(question, row.type === 'text' ? row.answer : { b: row.answer }, row.lang);
      expect(result.correct).to.equal(row.verdict !== false);
      const spelled = typeof row.verdict === 'object' ? row.verdict.spelled : undefined;
      if (row.type === 'text') expect(result.spelled).to.equal(spelled);
      else expect(result.spelledBlanks?.get('b')).to.equal(spelled);
    });
  }

  it('covers right and wrong answers, forgiven typos, dates, acronyms, both question types and several languages', () => {
    expect(gradingTable.length).to.be.at.least(45);
    expect(gradingTable.filter((r) => r.verdict === false).length).to.be.at.least(15);
    expect(gradingTable.filter((r) => typeof r.verdict === 'object').length).to.be.at.least(8);
    expect(new Set(gradingTable.map((r) => r.lang)).size).to.be.at.least(6);
    expect(gradingTable.some((r) => r.type === 'cloze')).to.equal(true);
  });

  it('is the table questions/GRADING.md shows', async () => {
    const doc = await (await fetch(new URL('../questions/GRADING.md', import.meta.url))).text();
    expect(doc.replaceAll('\r\n', '\n')).to.contain(gradingTableMarkdown());
  });
});
