import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from './helpers/wait-until.js';

/**
 * The authoring page (demo/author.html, with the built dist/authoring.js: `npm run build` first), as a
 * teacher uses it: served with the demo's strict CSP and Trusted Types, in a frame, by keyboard.
 */
interface AuthorPage {
  frame: HTMLIFrameElement;
  doc: Document;
  violations: string[];
  remove(): void;
}

async function openAuthorPage(): Promise<AuthorPage> {
  const frame = document.createElement('iframe');
  const violations: string[] = [];
  frame.src = '/demo/author.html';
  frame.style.width = '1100px';
  frame.style.height = '800px';
  document.body.append(frame);
  // Listen in the page's document as soon as it exists, before its module scripts run.
  await waitUntil(() => frame.contentDocument?.URL.endsWith('/demo/author.html'), 'the page did not open', { interval: 1, timeout: 15000 });
  frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  const doc = frame.contentDocument!;
  await waitUntil(() => quizTitle(doc) === 'My quiz', 'the preloaded bank never reached the quiz', { timeout: 15000 });
  return { frame, doc, violations, remove: () => frame.remove() };
}

const quizTitle = (doc: Document) => doc.querySelector('defence-quiz')?.shadowRoot?.querySelector('#quiz-title')?.textContent?.trim() ?? '';
const status = (doc: Document) => doc.querySelector('#problem-count')?.textContent ?? '';
const problems = (doc: Document) => [...doc.querySelectorAll('#problems li')].map((li) => li.textContent ?? '');

/**
 * Replaces the bank's text as an author does: select all, paste, and type the last character on the keyboard
 * (typing a whole bank key by key takes longer than a command may under load).
 */
async function typeBank(doc: Document, text: string): Promise<void> {
  const area = doc.querySelector<HTMLTextAreaElement>('#bank-text')!;
  area.focus();
  area.select();
  const pasted = text.slice(0, -1);
  area.setRangeText(pasted, 0, area.value.length, 'end');
  area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: pasted }));
  await sendKeys({ type: text.slice(-1) });
}

describe('the authoring page (demo/author.html)', function () {
  this.timeout(60000);

  it('shows the smallest bank, labelled controls and a live problem count', async () => {
    const page = await openAuthorPage();
    const area = page.doc.querySelector<HTMLTextAreaElement>('#bank-text')!;
    expect(area.labels?.[0]?.textContent).to.equal('Bank text');
    expect(JSON.parse(area.value)).to.deep.equal({
      id: 'my-quiz',
      title: 'My quiz',
      questions: [{ id: 'q1', type: 'true-false', prompt: 'The EU has 27 member states.', answer: true }],
    });
    expect(page.doc.querySelector('#problem-count')!.getAttribute('role')).to.equal('status');
    expect(status(page.doc)).to.contain('No problems');
    expect(page.doc.querySelector('#download')!.getAttribute('download')).to.equal('my-quiz.json');
    page.remove();
    expect(page.violations).to.deep.equal([]);
  });

  it('follows a typed bank, lists a mistake by path, converts GIFT and offers the JSON to download', async () => {
    const page = await openAuthorPage();
    const { doc } = page;

    await typeBank(
      doc,
      '{"id": "fleet", "title": "Naval operations", "questions": [{"id": "q1", "type": "true-false", "prompt": "Atalanta is a naval operation.", "answer": true}]}',
    );
    await waitUntil(() => quizTitle(doc) === 'Naval operations', 'the typed bank never reached the quiz', { timeout: 10000 });
    expect(status(doc)).to.contain('No problems');

    await typeBank(
      doc,
      '{"id": "fleet", "title": "Naval operations", "questions": [{"id": "q1", "type": "true-false", "prompt": "Atalanta?", "answer": "yes"}]}',
    );
    // On a slow machine the page may check a half-typed bank first: wait for the whole one.
    await waitUntil(() => problems(doc)[0]?.startsWith('questions[0].answer'), `no problem listed by path: "${status(doc)}"`, { timeout: 10000 });
    expect(status(doc)).to.match(/^1 problem\b/);
    expect(problems(doc)).to.have.length(1);
    expect(problems(doc)[0]).to.match(/^questions\[0\]\.answer: .+ \(question 1\)$/);
    expect(doc.querySelector('#download')!.hasAttribute('href'), 'no download of an invalid bank').to.equal(false);
    expect(quizTitle(doc), 'the quiz keeps the last valid bank').to.equal('Naval operations');

    doc.querySelector<HTMLInputElement>('input[name="format"][value="gift"]')!.click();
    await typeBank(doc, '$CATEGORY: $course$/eu-basics\n\n::members::The EU has 27 member states. {T}\n');
    await waitUntil(() => quizTitle(doc) === 'eu-basics', undefined, { timeout: 10000 }).catch(() => {
      throw new Error(
        `the converted GIFT never reached the quiz: ${status(doc)} ${problems(doc).join(' | ')} ${JSON.stringify(doc.querySelector<HTMLTextAreaElement>('#bank-text')!.value)}`,
      );
    });
    expect(status(doc)).to.contain('No problems');
    const converted = JSON.parse(doc.querySelector('#converted-json')!.textContent) as { questions: unknown[] };
    expect(converted.questions).to.deep.equal([
      { id: 'members', type: 'true-false', prompt: 'The EU has 27 member states.', answer: true, tags: ['eu-basics'] },
    ]);

    const link = doc.querySelector<HTMLAnchorElement>('#download')!;
    expect(link.href).to.match(/^blob:/);
    expect(link.download).to.equal('eu-basics.json');
    expect(await (await fetch(link.href)).json()).to.deep.equal(converted);

    await typeBank(doc, '::broken::An unclosed answer {T\n');
    await waitUntil(
      () => doc.querySelector<HTMLTextAreaElement>('#bank-text')!.value.endsWith('{T\n') && /not valid GIFT/.test(problems(doc)[0] ?? ''),
      'no GIFT problem listed',
      {
        timeout: 10000,
      },
    );
    expect(status(doc)).to.match(/^1 problem\b/);
    expect(problems(doc)[0]).to.match(/^line \d+, column \d+: not valid GIFT/);

    page.remove();
    expect(page.violations).to.deep.equal([]);
  });
});
