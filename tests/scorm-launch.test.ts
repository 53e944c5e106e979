import { expect } from '@open-wc/testing';
import { Scorm12API, Scorm2004API } from 'scorm-again';

import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { type LaunchConfig, launchPageHtml } from '../src/scorm/launch-config.js';
import { DATABASE_NAME } from '../src/storage/safe-store.js';
import { QuizHarness } from './helpers/quiz-harness.js';

// A SCORM package's launch page (the page `npx defence-learning package` writes, with the bundle
// and launch script served from src/) inside a frame whose parent runs a real SCORM run-time,
// scorm-again, as an LMS does. The launch page's quiz keeps its progress in the default database.

type Win = Window & { API?: unknown; API_1484_11?: unknown };
const win = window as Win;

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('the request failed'));
  });
}

async function until<T>(what: string, get: () => T | undefined | null | false): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = get();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let frame: HTMLIFrameElement | undefined;

/** Opens the launch page in a frame, as the LMS would, and returns a harness on its quiz. */
async function launch(version: LaunchConfig['version'], passMark = 50): Promise<QuizHarness> {
  frame = document.createElement('iframe');
  frame.title = 'SCORM content';
  frame.srcdoc = launchPageHtml(
    { version, bank: '/tests/fixtures/scorm/bank.json', title: 'SCORM test bank', passMark, lang: 'en' },
    { bundle: '/src/index.ts', launcher: '/src/scorm/scorm-launch.ts' },
  );
  document.body.append(frame);
  const quiz = await until('the quiz in the launch page', () => frame!.contentDocument?.querySelector('defence-quiz') as DefenceQuiz | null);
  const h = new QuizHarness(quiz);
  await until('the quiz to load', () => quiz.shadowRoot?.querySelector('button, [part="error"]'));
  await h.loaded();
  return h;
}

function closeFrame(): void {
  frame?.remove();
  frame = undefined;
}

beforeEach(async () => {
  delete win.API;
  delete win.API_1484_11;
  await deleteDatabase(DATABASE_NAME);
});
afterEach(() => {
  closeFrame();
  delete win.API;
  delete win.API_1484_11;
});

const settings = { autocommit: false, lmsCommitUrl: false as const, logLevel: 5 as const };

describe('SCORM launch page', function () {
  // Each launch loads the library afresh in its frame (the first one also compiles it).
  this.timeout(30000);

  it('is accessible (a titled page in the language of its bank), and runs the quiz without reporting outside an LMS', async () => {
    const h = await launch('1.2');
    // axe cannot reach into the frame's realm; the quiz itself has its own accessibility tests.
    expect(frame!.contentDocument!.title).to.equal('SCORM test bank');
    expect(frame!.contentDocument!.documentElement.lang).to.equal('en');
    expect(h.root.querySelector('h2')!.textContent).to.equal('SCORM test bank');
    await h.start();
    await h.choose('False');
    await h.check();
    expect(h.feedbackText).to.match(/^Correct/);
  });

  it('SCORM 1.2: reports the score, passed or failed, and keeps the attempt in suspend_data', async () => {
    const api = new Scorm12API(settings);
    win.API = api;
    const h = await launch('1.2');
    expect(api.cmi.core.lesson_status).to.equal('incomplete');
    await h.start();
    await h.choose('True');
    await h.check();
    await h.click('Next question');
    await h.choose('Warsaw');
    await h.check();
    await h.click('See results');
    await until('the score', () => api.cmi.core.score.raw === '50');
    expect(api.cmi.core.lesson_status).to.equal('passed');
    expect(api.cmi.core.score.max).to.equal('100');
    const saved = await until('suspend_data with the finished attempt', () => /"state":"finished"/.test(api.cmi.suspend_data) && api.cmi.suspend_data);
    expect((JSON.parse(saved) as { format?: unknown }).format).to.equal('defence-learning-progress');
  });

  it('SCORM 1.2: a relaunch resumes the attempt from suspend_data, on a device that kept nothing', async () => {
    const first = new Scorm12API(settings);
    win.API = first;
    const h = await launch('1.2');
    await h.start();
    await h.choose('False');
    await h.check();
    await h.click('Next question');
    const saved = await until(
      'suspend_data with the first answer',
      () => /"tf"/.test(first.cmi.suspend_data) && /"position":1/.test(first.cmi.suspend_data) && first.cmi.suspend_data,
    );
    closeFrame();
    await deleteDatabase(DATABASE_NAME);

    // The LMS relaunches with what it kept.
    const second = new Scorm12API(settings);
    second.loadFromJSON({ suspend_data: saved, core: { entry: 'resume', lesson_status: 'incomplete' } });
    win.API = second;
    const again = await launch('1.2');
    expect(again.counter).to.contain('Question 2 of 2');
    await again.choose('Brussels');
    await again.check();
    await again.click('See results');
    await until('the score', () => second.cmi.core.score.raw === '50');
    expect(second.cmi.core.lesson_status).to.equal('passed');
  });

  it('SCORM 2004: reports the scaled score, completion and success', async () => {
    const api = new Scorm2004API(settings);
    win.API_1484_11 = api;
    const h = await launch('2004', 80);
    expect(api.cmi.completion_status).to.equal('incomplete');
    await h.start();
    await h.choose('True');
    await h.check();
    await h.click('Next question');
    await h.choose('Warsaw');
    await h.check();
    await h.click('See results');
    await until('the score', () => api.cmi.score.scaled === '0.5');
    expect(api.cmi.score.raw).to.equal('1');
    expect(api.cmi.completion_status).to.equal('completed');
    expect(api.cmi.success_status).to.equal('failed');
  });
});
