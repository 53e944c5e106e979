import '../src/quiz/index.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import { BUILTIN_BANKS } from '../src/content/builtin-ids.js';
import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import type { QuizErrorEvent, QuizStartEvent } from '../src/quiz/quiz-events.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { nth } from './helpers/present.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';

freshProgressPerTest();

/** Every uncaught error and unhandled rejection while a test runs: there must be none. */
const uncaught: unknown[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
beforeEach(() => {
  uncaught.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
});

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<DefenceQuiz>(template);
  const h = new QuizHarness(el);
  await h.loaded();
  return h;
}

const issuesOf = (h: QuizHarness) => [...h.errorPanel!.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());

describe('<defence-quiz> loading', () => {
  it('loads a built-in bank by id', async () => {
    const h = await mount(html`<defence-quiz bank="sample"></defence-quiz>`);
    expect(h.root.querySelector('h2')!.textContent).to.equal('Sample: every question type');
    await h.start();
    expect(h.counter).to.contain('Question 1 of 10');
  });

  it('loads a bank from a URL', async () => {
    const h = await mount(html`<defence-quiz src="/questions/sample.json"></defence-quiz>`);
    expect(h.root.querySelector('h2')!.textContent).to.equal('Sample: every question type');
  });

  it('names the bank it loaded in its events: the URL of a bank from src, a urn for a bank given by id or as data', async () => {
    const fromSrc = await mount(html`<defence-quiz src="/questions/sample.json"></defence-quiz>`);
    setTimeout(() => fromSrc.button('Start').click());
    const started = await oneEvent<QuizStartEvent>(fromSrc.el, 'quiz-start');
    expect(started.detail.activityId).to.equal(new URL('/questions/sample.json', location.href).href);
    const builtIn = await mount(html`<defence-quiz bank="sample"></defence-quiz>`);
    setTimeout(() => builtIn.button('Start').click());
    expect((await oneEvent<QuizStartEvent>(builtIn.el, 'quiz-start')).detail.activityId).to.equal('urn:defence-learning:bank:sample');
  });

  it('loads a bank written inline in a script child', async () => {
    const json = JSON.stringify(bankOf([rawQuestions.tf], { title: 'Inline bank' }));
    const el = document.createElement('defence-quiz');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    document.body.append(el);
    const h = new QuizHarness(el);
    await h.loaded();
    expect(h.root.querySelector('h2')!.textContent).to.equal('Inline bank');
    el.remove();
  });

  it('reads an inline bank that the parser adds after the element was upgraded', async () => {
    // As while a page is still being parsed: the element is connected before its children exist.
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    const el = document.createElement('defence-quiz');
    try {
      document.body.append(el);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(bankOf([rawQuestions.tf], { title: 'Streamed' }));
      el.append(script);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    document.dispatchEvent(new Event('DOMContentLoaded'));
    const h = new QuizHarness(el);
    await h.loaded();
    expect(h.root.querySelector('h2')!.textContent).to.equal('Streamed');
    el.remove();
  });

  it('accepts the mode in any letter case', async () => {
    const h = await mount(html`<defence-quiz .data=${bankOf([rawQuestions.tf])} mode="EXAM"></defence-quiz>`);
    expect(h.root.querySelector('.meta')!.textContent).to.contain('Exam');
  });

  it('reloads when the bank attribute changes', async () => {
    const h = await mount(html`<defence-quiz .data=${bankOf([rawQuestions.tf], { title: 'First' })}></defence-quiz>`);
    h.el.data = bankOf([rawQuestions.tf], { title: 'Second' });
    await h.loaded();
    expect(h.root.querySelector('h2')!.textContent).to.equal('Second');
  });

  it('says when it has loaded: loadComplete settles with the latest load, loaded or failed', async () => {
    const el = document.createElement('defence-quiz');
    el.data = bankOf([rawQuestions.tf], { title: 'First' });
    document.body.append(el);
    const h = new QuizHarness(el);
    const first = el.loadComplete;
    // A second bank before the first has loaded: the promise already handed out waits for it.
    el.data = bankOf([rawQuestions.tf], { title: 'Second' });
    await el.updateComplete;
    await first;
    await h.settle();
    expect(h.root.querySelector('h2')!.textContent).to.equal('Second');
    // Invalid on purpose: `.data` is typed BankInput, and the quiz must report what is missing.
    el.data = { id: 'broken' } as never;
    await el.updateComplete;
    expect(el.loadComplete).to.not.equal(first);
    await el.loadComplete;
    await h.settle();
    expect(h.errorPanel).to.exist;
    el.remove();
  });

  it('matches :state(loading) while its bank loads, so that a page can keep its room, and not once it shows the start screen or a problem', async () => {
    // The bank's response is held until the test lets it through.
    const realFetch = window.fetch.bind(window);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input, init) => {
      await held;
      return realFetch(input, init);
    };
    try {
      const el = document.createElement('defence-quiz');
      el.src = new URL('../questions/sample.json?held', import.meta.url).href;
      document.body.append(el);
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      release();
      await el.loadComplete;
      await el.updateComplete;
      expect(new QuizHarness(el).root.querySelector('h2')).to.exist;
      expect(el.matches(':state(loading)')).to.equal(false);
      el.src = new URL('./fixtures/no-such-bank.json', import.meta.url).href;
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      await el.loadComplete;
      await el.updateComplete;
      expect(new QuizHarness(el).errorPanel).to.exist;
      expect(el.matches(':state(loading)')).to.equal(false);
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a src that 404s shows the problem in place and fires quiz-error', async () => {
    const el = document.createElement('defence-quiz');
    const error = oneEvent(el, 'quiz-error');
    el.src = '/questions/no-such-bank.json';
    document.body.append(el);
    const event = (await error) as QuizErrorEvent;
    const h = new QuizHarness(el);
    await h.loaded();
    expect(nth(event.detail.issues, 0).path).to.equal('src');
    expect(issuesOf(h)[0]).to.match(/^src: Could not fetch .*no-such-bank\.json \(HTTP 404\)\.$/);
    expect(h.errorPanel!.getAttribute('role')).to.equal('alert');
    el.remove();
  });

  it('a src that is not JSON says so', async () => {
    const h = await mount(html`<defence-quiz src="/tests/fixtures/not-json.txt"></defence-quiz>`);
    expect(issuesOf(h)[0]).to.match(/^src: .*not-json\.txt is not valid JSON:/);
  });

  it('inline JSON with a syntax error says so', async () => {
    const el = document.createElement('defence-quiz');
    el.innerHTML = '<script type="application/json">{ "id": </script>';
    document.body.append(el);
    const h = new QuizHarness(el);
    await h.loaded();
    expect(issuesOf(h)[0]).to.contain('The inline bank is not valid JSON');
    el.remove();
  });

  it('an unknown built-in id, or a path, is named with the list of built-in banks, not fetched', async () => {
    const missing = await mount(html`<defence-quiz bank="cspd"></defence-quiz>`);
    expect(issuesOf(missing)[0]).to.equal('bank: Unknown bank "cspd"; the built-in banks are ' + BUILTIN_BANKS.join(', ') + '.');
    const traversal = await mount(html`<defence-quiz bank="../package"></defence-quiz>`);
    expect(issuesOf(traversal)[0]).to.contain('Unknown bank "../package"');
  });

  it('no bank at all explains what to set', async () => {
    const h = await mount(html`<defence-quiz></defence-quiz>`);
    expect(issuesOf(h)[0]).to.contain('No question bank given');
  });

  it('an invalid bank lists every problem by JSON path', async () => {
    const bad = bankOf([
      { ...rawQuestions.single, options: rawQuestions.single.options.map((o) => ({ ...o, correct: true })) },
      { ...rawQuestions.cloze, id: 'single', source: { ref: 'nowhere', quote: 'q' } },
      { ...rawQuestions.numeric, id: 'n', answer: 'seventy' as unknown as number },
    ]);
    const el = document.createElement('defence-quiz');
    const error = oneEvent(el, 'quiz-error');
    el.data = bad;
    document.body.append(el);
    const event = (await error) as QuizErrorEvent;
    const h = new QuizHarness(el);
    await h.loaded();
    const listed = issuesOf(h);
    // Shown 1-based, each question named by its id; the event keeps the JSON paths a program reads.
    expect(listed).to.include('question 1 ("single") › options: exactly one option must be correct (found 3)');
    expect(listed).to.include('question 2 ("single") › id: duplicate question id "single" (first used at question 1 ("single"))');
    expect(listed).to.include('question 2 ("single") › source › ref: no source with id "nowhere" in "sources"');
    expect(listed).to.include('question 3 ("n") › answer: must be a number, not text');
    const paths = event.detail.issues.map((i) => `${i.path}: ${i.message}`);
    expect(paths).to.include('questions[0].options: exactly one option must be correct (found 3)');
    expect(paths).to.include('questions[1].id: duplicate question id "single" (first used at questions[0])');
    expect(paths).to.include('questions[1].source.ref: no source with id "nowhere" in "sources"');
    expect(paths).to.include('questions[2].answer: must be a number, not text');
    expect(event.detail.issues.length).to.equal(listed.length);
    await expect(el).to.be.accessible();
    el.remove();
  });
});

describe('<defence-quiz> renders bank text as text', () => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  const evil = (s: string) => `${s} ${hostile}<script>window.__pwned=1</script>`;

  it('never turns prompts, options, explanations, sources or tags into HTML', async () => {
    const bank = bankOf(
      [
        {
          ...rawQuestions.single,
          prompt: evil('Prompt'),
          explanation: evil('Explanation'),
          tags: [evil('tag')],
          source: { ref: 'doc', quote: evil('Quote') },
          options: rawQuestions.single.options.map((o) => ({ ...o, text: evil(o.text), feedback: evil('Feedback') })),
        },
        { ...rawQuestions.order, items: rawQuestions.order.items.map((i) => ({ ...i, text: evil(i.text) })) },
        { ...rawQuestions.match, pairs: rawQuestions.match.pairs.map((p) => ({ ...p, left: evil(p.left), right: evil(p.right) })) },
        { ...rawQuestions.cloze, text: `${hostile} The {{city}} declaration in {{year}}.` },
      ],
      { title: evil('Title'), description: evil('Description'), sources: [{ id: 'doc', title: evil('Doc'), publisher: evil('Pub'), date: evil('Date') }] },
    );
    const h = await mount(html`<defence-quiz .data=${bank} mode="exam"></defence-quiz>`);
    expect(h.root.querySelector('h2')!.textContent).to.contain(hostile);
    await h.start();
    expect(h.prompt).to.contain(hostile);
    await h.choose(evil('Warsaw'));
    for (let i = 0; i < 3; i++) await h.click(/Next question|See results/);
    await h.click('See results');
    await h.click('Finish anyway');
    const text = h.root.textContent;
    for (const part of ['Explanation', 'Quote', 'Doc', 'Pub']) expect(text).to.contain(evil(part));
    expect(h.root.querySelectorAll('img, script').length).to.equal(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('refuses a source URL that is not http or https, and links only web addresses', async () => {
    const js = bankOf([rawQuestions.tf], { sources: [{ id: 'doc', title: 'D', publisher: 'P', date: 'd', url: 'javascript:alert(1)' }] });
    const h = await mount(html`<defence-quiz .data=${js}></defence-quiz>`);
    expect(issuesOf(h)).to.include('sources › item 1 ("doc") › url: must be an http or https address');
    const ok = bankOf([rawQuestions.tf], { sources: [{ id: 'doc', title: 'D', publisher: 'P', date: 'd', url: 'https://www.eeas.europa.eu/' }] });
    const h2 = await mount(html`<defence-quiz .data=${ok}></defence-quiz>`);
    await h2.start();
    await h2.choose('False');
    await h2.check();
    expect(h2.feedback!.querySelector('a')!.getAttribute('href')).to.equal('https://www.eeas.europa.eu/');
  });
});
