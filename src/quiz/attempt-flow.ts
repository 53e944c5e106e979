import type { Grade } from '../grading/grade.js';
import type { Messages } from '../messages/messages.js';
import { type LearnerResponse, responseFor } from '../question-types/question-types.js';
import { planQuiz, type QuizPlan, type SelectionOptions } from '../quiz-plan/plan-quiz.js';
import { randomSeed } from '../random/seeded-random.js';
import type { Question } from '../schema/bank-schema.js';
import { verdictText } from './answer-text.js';
import type { AttemptRecorder, ProgressTarget } from './attempt-recorder.js';
import type { LoadedBank } from './bank-loader.js';
import { type CheckingCode, loadCheckingCode } from './checking-code-loader.js';
import type { ScreenActions } from './quiz-screens.js';
import {
  commit,
  goTo,
  isLast,
  notReady,
  questionAt,
  type QuizMode,
  type QuizResult,
  type QuizSession,
  respond,
  respondAsShown,
  spentMs,
  startSession,
  summarise,
} from './quiz-session.js';
import { type Playing, type QuizState, stepOf } from './quiz-state.js';
import type { ScreenCues } from './screen-cues.js';

/** The quiz's settings an attempt is played by, read when it needs them (attributes may change). */
export interface AttemptSettings {
  mode: QuizMode;
  passMark: number | undefined;
  /** The selection attributes, without a seed when none is set (each attempt then draws its own). */
  selection: Omit<SelectionOptions, 'seed'> & { seed?: string };
  lang: string;
  msg: Messages['quiz'];
  target(loaded: LoadedBank): ProgressTarget | undefined;
}

/** What the flow reads from its `<defence-quiz>` and tells it; the element fires the events for what happened. */
export interface AttemptFlowHost {
  state(): QuizState;
  show(state: QuizState): void;
  settings(): AttemptSettings;
  readonly cues: ScreenCues;
  /** The learner is at work on an attempt (or done): the results code is fetched meanwhile, so that the results show at once. */
  prefetchResults(): void;
  started(loaded: LoadedBank, session: QuizSession): void;
  answered(loaded: LoadedBank, question: Question, response: LearnerResponse | undefined, grade: Grade): void;
  /** The attempt is finished; `statementOf` (xapi-statement.ts, loaded with grading) builds its xAPI statement. */
  completed(loaded: LoadedBank, result: QuizResult, durationMs: number, statementOf: CheckingCode['quizCompletedStatement']): void;
}

/**
 * The transitions of an attempt, from Start to the results: respond, check (practice), move and see the blanks (exam),
 * finish, retry. Each one shows the new state, writes through the quiz's AttemptRecorder (the one write path) and has the
 * element fire its event. No Lit: the element renders the states and owns the event dispatch.
 */
export class AttemptFlow {
  /** The step of the attempt last rendered (see stepOf), which the question screen's buttons belong to. */
  private shownStep?: string;
  /** Grading and the completion statement, once their code is here (see checking-code-loader.ts). */
  private checkingCode?: CheckingCode;
  /** A press that grades is waiting for that code: further presses wait with it. */
  private awaitingChecking = false;

  constructor(
    private readonly host: AttemptFlowHost,
    private readonly recorder: AttemptRecorder,
  ) {}

  /**
   * What the screens' buttons do. The question screen's handlers act on the attempt on screen when they run (a change can
   * come before the next render), and only on the step the learner saw: a second Check or Next before the screen shows the
   * first one's outcome does nothing (no second `quiz-answer`, no skipped question).
   */
  readonly actions: ScreenActions = {
    start: (loaded) => this.start(loaded),
    retryMissed: (loaded, { missedIds }) => {
      const { shuffle, seed } = this.host.settings().selection;
      this.startWith(loaded, planQuiz(loaded.bank, { shuffle, seed: seed ?? randomSeed() }, missedIds), true);
    },
    question: {
      respond: (response) => this.withShownStep((playing) => this.setResponse(playing, response)),
      latest: () => {
        const playing = this.playing;
        return playing && responseFor(questionAt(playing.loaded.bank, playing.session), playing.session.responses);
      },
      announce: (message) => this.host.cues.say(message),
      focusAfterRender: (selector) => this.host.cues.focusAfterRender(selector),
      submit: this.grading((playing, code) => this.submit(playing, code)),
      previous: this.grading((playing, code) => this.move(playing, -1, code)),
      startOver: () => this.withShownStep((playing) => this.start(playing.loaded)),
      goToQuestion: (index) => this.withShownStep((playing) => this.advance(playing, index - playing.session.index)),
      finishAnyway: this.grading((playing, code) => this.finish(playing, code)),
    },
  };

  private get playing(): Playing | undefined {
    const state = this.host.state();
    return state.phase === 'question' ? state : undefined;
  }

  /** The element rendered its state: the question screen's buttons now belong to the step shown. */
  rendered(): void {
    this.shownStep = this.playing && stepOf(this.playing);
  }

  /** Start, Start again, Start over (which abandons the attempt in progress) and Retry the ones I missed. */
  private startWith(loaded: LoadedBank, plan: QuizPlan, retry = false): void {
    const session = startSession(plan, this.host.settings().mode, Date.now());
    const target = this.host.settings().target(loaded);
    this.recorder.abandon();
    if (target) this.recorder.begin(session, target, retry);
    this.host.show({ phase: 'question', loaded, session, hint: '' });
    this.host.cues.show('.question');
    this.host.started(loaded, session);
  }

  private start(loaded: LoadedBank): void {
    const { selection } = this.host.settings();
    this.startWith(loaded, planQuiz(loaded.bank, { ...selection, seed: selection.seed ?? randomSeed() }));
  }

  /** Runs `action` on the attempt being played, if the screen still shows its current step. */
  private withShownStep(action: (playing: Playing) => void): void {
    const playing = this.playing;
    if (playing && stepOf(playing) === this.shownStep) action(playing);
  }

  /** Shows the attempt as it now is (each change is a new session object, which also ends the "resumed" note). */
  private play(playing: Playing, session: QuizSession, hint = ''): void {
    this.host.show({ ...playing, session, hint, unanswered: undefined, checking: undefined });
    this.host.prefetchResults();
    this.prefetchChecking();
  }

  /** The learner is at work on a question: the checking code is fetched meanwhile, so that Check grades at once. */
  private prefetchChecking(): void {
    if (this.checkingCode) return;
    loadCheckingCode().then(
      (code) => (this.checkingCode = code),
      () => undefined, // a press that grades asks again, and says so if it still fails
    );
  }

  /**
   * A button that grades (Check, Next and Previous in an exam, See results): it acts at once when the checking code is
   * here. Otherwise it waits for it, then acts on the attempt as it is then, if the screen still shows the step it was
   * pressed on; presses meanwhile do nothing more. If the code cannot be fetched, the hint says so.
   */
  private grading(action: (playing: Playing, code: CheckingCode) => void): () => void {
    const press = (): void => {
      const code = this.checkingCode;
      if (code) return this.withShownStep((playing) => action(playing, code));
      if (this.awaitingChecking) return;
      const waiting = this.playing;
      if (!waiting || stepOf(waiting) !== this.shownStep) return;
      this.awaitingChecking = true;
      this.host.show({ ...waiting, checking: true });
      loadCheckingCode().then(
        (loaded) => {
          this.checkingCode = loaded;
          this.awaitingChecking = false;
          press();
        },
        () => {
          this.awaitingChecking = false;
          const { checkUnavailable } = this.host.settings().msg;
          this.withShownStep((playing) => this.play(playing, playing.session, checkUnavailable));
          this.host.cues.say(checkUnavailable);
        },
      );
    };
    return press;
  }

  private setResponse(playing: Playing, response: LearnerResponse): void {
    const session = respond(playing.session, questionAt(playing.loaded.bank, playing.session).id, response);
    this.play(playing, session);
    this.recorder.save(session);
  }

  /** Grades the question on screen, records it and tells the page; resolves to the session with the grade and the verdict to say. */
  private recordAnswer(playing: Playing, { grade: grader }: CheckingCode): { session: QuizSession; verdict: string } {
    const { lang, msg } = this.host.settings();
    const question = questionAt(playing.loaded.bank, playing.session);
    const { session, grade } = commit(respondAsShown(playing.session, question), question, grader, playing.loaded.bank.lang ?? lang);
    this.play(playing, session);
    this.recorder.answer(session, question, grade);
    this.host.answered(playing.loaded, question, responseFor(question, session.responses), grade);
    return { session, verdict: verdictText(grade, msg) };
  }

  /** The form's main button: in practice Check, then Next question; in exam Next question at once. */
  private submit(playing: Playing, code: CheckingCode): void {
    const { session } = playing;
    const question = questionAt(playing.loaded.bank, session);
    if (session.mode === 'exam') return this.move(playing, 1, code);
    if (session.grades[question.id]) return isLast(session) ? this.finish(playing, code) : this.advance(playing, 1);
    const reason = notReady(session, question, this.host.settings().msg);
    if (reason) {
      this.play(playing, session, reason);
      return this.host.cues.say(reason);
    }
    this.host.cues.say(this.recordAnswer(playing, code).verdict);
    this.host.cues.focusAfterRender('.feedback');
  }

  /** Exam mode: commit what was given (an empty answer stays unanswered) and move. */
  private move(playing: Playing, step: number, code: CheckingCode): void {
    const { session } = playing;
    const answered = notReady(session, questionAt(playing.loaded.bank, session), this.host.settings().msg) === '';
    const moved = { ...playing, session: answered ? this.recordAnswer(playing, code).session : session };
    if (step > 0 && isLast(session)) this.finishOrList(moved, code);
    else this.advance(moved, step);
  }

  /** Exam mode's "See results": finishes, or first lists the questions left blank, each a way back. */
  private finishOrList(playing: Playing, code: CheckingCode): void {
    const { plan, grades } = playing.session;
    const unanswered = plan.questionIds.flatMap((id, index) => (grades[id] ? [] : [index]));
    if (!unanswered.length) return this.finish(playing, code);
    this.host.show({ ...playing, hint: '', unanswered, checking: undefined });
    this.host.cues.say(this.host.settings().msg.unanswered(unanswered.length));
    this.host.cues.focusAfterRender('.finish-check');
  }

  private advance(playing: Playing, step: number): void {
    const session = goTo(playing.session, playing.session.index + step);
    this.play(playing, session);
    this.recorder.save(session);
    this.host.cues.show('.question');
  }

  private finish({ loaded, session }: Playing, code: CheckingCode): void {
    const result = summarise(loaded.bank, session, code.grade, this.host.settings().passMark);
    const durationMs = spentMs(session, Date.now());
    this.host.show({ phase: 'summary', loaded, session, result });
    this.recorder.finish(session, result);
    this.host.prefetchResults();
    this.host.cues.show('.summary');
    this.host.completed(loaded, result, durationMs, code.quizCompletedStatement);
  }
}
