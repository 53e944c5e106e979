import { html } from 'lit';

import type { PageMessages } from '../messages/messages.js';
import type { LoadedBank } from './bank-loader.js';
import type { ProgressPanelController } from './progress-panel-controller.js';
import { finishCheck, type QuestionActions, quizQuestion } from './quiz-question.js';
import { questionAt, type QuizMode, type QuizResult } from './quiz-session.js';
import { attemptLength, quizError, quizStart } from './quiz-start.js';
import type { QuizState } from './quiz-state.js';
import type { ResultsLoader } from './results-loader.js';

/** What the learner can do from each screen; the element's own transitions. */
export interface ScreenActions {
  start(loaded: LoadedBank): void;
  retryMissed(loaded: LoadedBank, result: QuizResult): void;
  question: QuestionActions;
}

/** What the screens read from their quiz, besides its state. */
export interface ScreenContext {
  messages: PageMessages;
  tags: readonly string[];
  count: number | undefined;
  mode: QuizMode;
  passMark: number | undefined;
  panel: ProgressPanelController;
  results: ResultsLoader;
  actions: ScreenActions;
}

/** The screen for the quiz's state: loading, the problems, the start screen, a question (or exam mode's list of blanks), the results. */
export function quizScreen(state: QuizState, { messages, tags, count, mode, passMark, panel, results, actions }: ScreenContext) {
  const msg = messages.quiz;
  switch (state.phase) {
    case 'loading':
      return html`<p class="loading" aria-busy="true">${msg.loading}</p>`;
    case 'error':
      return quizError(state.issues, state.context, msg);
    case 'start': {
      const { loaded } = state;
      const view = { bank: loaded.bank, questionCount: attemptLength(loaded.bank, tags, count), mode, passMark, progress: panel.render(loaded.bank, tags) };
      return quizStart(view, msg, () => actions.start(loaded));
    }
    case 'question': {
      const { loaded, session, hint, resumed, unanswered, checking = false } = state;
      if (unanswered) return finishCheck(unanswered, session, checking, msg, actions.question);
      const view = { bank: loaded.bank, session, question: questionAt(loaded.bank, session), hint, resumed: resumed === session, checking };
      return quizQuestion(view, messages, actions.question);
    }
    case 'summary': {
      const { loaded, result } = state;
      const summaryActions = { retryMissed: () => actions.retryMissed(loaded, result), startAgain: () => actions.start(loaded) };
      const history = panel.render(loaded.bank, tags, { historyOnly: true });
      return results.summary({ bank: loaded.bank, result, passMark, actions: summaryActions, history }, msg);
    }
  }
}
