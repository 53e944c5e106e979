/**
 * The script of a SCORM package's launch page (dist/scorm/scorm-launch.js, copied into every
 * package). It puts a <defence-quiz> on the page, restores the attempt from the LMS's
 * suspend_data, saves it there after every answer, and reports score, pass/fail and completion.
 * Opened outside an LMS, it runs the quiz without reporting. It talks to the quiz only through its
 * public API and events, so it works with the bundle loaded beside it.
 */
import type { DefenceQuiz } from '../quiz/defence-quiz.js';
import type { LaunchConfig } from './launch-config.js';
import { ScormSession } from './scorm-runtime.js';
import { fitSuspendData } from './suspend-data.js';

async function launch(): Promise<void> {
  const config = JSON.parse(document.getElementById('scorm-config')?.textContent ?? '{}') as LaunchConfig;
  const lms = ScormSession.open(config.version);
  await customElements.whenDefined('defence-quiz');
  const quiz: DefenceQuiz = document.createElement('defence-quiz');
  if (config.passMark !== undefined) quiz.setAttribute('pass-mark', String(config.passMark));
  if (lms) {
    const saved = lms.suspendData;
    // Before the bank loads, so the quiz finds the attempt in progress and resumes it.
    if (saved) await quiz.importProgress(saved);
    const learner = lms.learnerId;
    if (learner) quiz.actor = { objectType: 'Agent', account: { homePage: location.origin, name: learner } };
    lms.begin();
    const save = async () => {
      await quiz.updateComplete;
      const text = fitSuspendData(await quiz.exportProgress(), lms.suspendLimit);
      if (text === undefined || !lms.saveSuspendData(text))
        console.warn('defence-learning: the attempt is too large for the LMS to keep; it is kept on this device only.');
    };
    quiz.addEventListener('quiz-answer', () => void save());
    // Moving between questions fires no event of its own: any click or key in the quiz saves, a moment later.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const saveSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void save(), 300);
    };
    quiz.addEventListener('click', saveSoon);
    quiz.addEventListener('keyup', saveSoon);
    quiz.addEventListener('quiz-complete', (e) => {
      lms.report(e.detail);
      void save();
    });
    addEventListener('pagehide', () => lms.finish());
  }
  quiz.setAttribute('src', config.bank);
  document.getElementById('quiz')!.append(quiz);
}

void launch();
