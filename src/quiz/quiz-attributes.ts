import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';

import { warnInvalidAttribute } from '../invalid-attribute.js';
import type { LrsConfig } from '../lrs/lrs-config.js';
import { questionCount } from '../quiz-plan/plan-quiz.js';
import type { BankInput } from '../schema/bank-schema.js';
import type { ProgressTarget } from './attempt-recorder.js';
import type { BankSource, LoadedBank } from './bank-loader.js';
import type { QuizMode } from './quiz-session.js';
import type { XapiAgent } from './xapi-statement.js';

/**
 * The attributes and properties a page sets on `<defence-quiz>`, and how the quiz reads them: the
 * mode in any letter case, the pass mark within 0–100, tags split, where the bank comes from, and
 * what names the quiz's saved progress. The element itself is DefenceQuiz.
 */
export abstract class QuizAttributes extends LitElement {
  /** The id of a built-in bank, loaded from `questions/<id>.json` beside the module. */
  @property({ reflect: true }) bank?: string;

  /** The URL of a bank (JSON), relative to the page. */
  @property() src?: string;

  /** A bank object, set from script (validated like a fetched bank); wins over every attribute. */
  @property({ attribute: false }) data?: BankInput;

  /** Ask a random N of the questions (of those left after `tags`). */
  @property({ type: Number }) count?: number;

  /** Keep only questions with at least one of these tags (space- or comma-separated). */
  @property() tags?: string;

  /** Shuffle the order of questions and of options. */
  @property({ type: Boolean }) shuffle = false;

  /** The same seed gives the same selection and order; without one every attempt differs. */
  @property() seed?: string;

  /** The percentage needed to pass; without it the quiz is a self-check and shows no pass/fail. */
  @property({ attribute: 'pass-mark', type: Number }) passMark?: number;

  /** `practice`: feedback after each answer; `exam`: no feedback until the summary. */
  @property({ reflect: true }) mode: QuizMode = 'practice';

  /** The learner, as an xAPI Agent, for the `quiz-complete` statement; anonymous by default. */
  @property({ attribute: false }) actor?: XapiAgent;

  /** Names this quiz's saved progress (with the selection attributes); by default the bank id. */
  @property({ attribute: 'progress-key' }) progressKey?: string;

  /** `none`: keep no progress on the device (nothing is read or written); by default progress is kept. */
  @property() persist?: 'local' | 'none';

  /** Sends the attempt's xAPI statements to a Learning Record Store (endpoint, auth, actor); set from script only. */
  @property({ attribute: false }) lrs?: LrsConfig;

  /** Printing adds an answer key (answers, explanations and sources) after the worksheet. */
  @property({ attribute: 'print-answers', type: Boolean }) printAnswers = false;

  protected get effectiveMode(): QuizMode {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- a property set from script may hold anything
    return String(this.mode).trim().toLowerCase() === 'exam' ? 'exam' : 'practice';
  }

  protected get effectivePassMark(): number | undefined {
    const mark = this.passMark;
    return typeof mark === 'number' && Number.isFinite(mark) ? Math.min(100, Math.max(0, mark)) : undefined;
  }

  /**
   * Warns once in the console about each value set that the quiz cannot use as written (`mode="test"`,
   * `count="ten"`, `pass-mark="abc"`), saying what it uses instead. The element calls it when they change.
   */
  protected warnAboutInvalidValues(changed: PropertyValues<this>): void {
    const warn = (property: keyof this & string, attribute: string, expected: string, instead: string) =>
      warnInvalidAttribute({ tag: 'defence-quiz', attribute, value: this.getAttribute(attribute) ?? String(this[property]), expected, instead });
    // Typed by what they should hold; a page can set anything.
    const mode: unknown = this.mode;
    if (changed.has('mode') && mode != null && !(typeof mode === 'string' && /^(practice|exam)$/i.test(mode.trim())))
      warn('mode', 'mode', '"practice" or "exam"', '"practice"');
    const count: unknown = this.count;
    if (changed.has('count') && typeof count === 'number' && questionCount(count) !== count) {
      const asked = questionCount(count);
      warn('count', 'count', 'a whole number of at least 1', asked === undefined ? 'every question' : String(asked));
    }
    const mark: unknown = this.passMark;
    if (changed.has('passMark') && mark != null && this.effectivePassMark !== mark) {
      const used = this.effectivePassMark;
      warn('passMark', 'pass-mark', 'a percentage from 0 to 100', used === undefined ? 'no pass mark (a self-check)' : `${used}%`);
    }
    const persist: unknown = this.persist;
    if (changed.has('persist') && persist != null && persist !== 'local' && persist !== 'none') warn('persist', 'persist', '"local" or "none"', '"local"');
  }

  protected get tagList(): string[] {
    return (this.tags ?? '').split(/[\s,]+/).filter(Boolean);
  }

  /** Where this quiz's progress is kept, named by its attributes; none before a bank is loaded. */
  protected targetOf(loaded: LoadedBank | undefined): ProgressTarget | undefined {
    const progressKey = this.progressKey || loaded?.bank.id;
    if (!progressKey) return undefined;
    return {
      selection: { progressKey, count: this.count, tags: this.tagList, shuffle: this.shuffle, seed: this.seed, mode: this.effectiveMode },
      persist: this.persist,
    };
  }

  /** Where the bank comes from, in the order the quiz looks: data, inline JSON, src, bank. */
  protected bankSource(): BankSource {
    if (this.data !== undefined) return { kind: 'data', data: this.data };
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return { kind: 'inline', json: inline.textContent };
    if (this.src) {
      try {
        return { kind: 'src', url: new URL(this.src, document.baseURI) };
      } catch {
        return { kind: 'none' };
      }
    }
    if (this.bank) return { kind: 'builtin', id: this.bank };
    return { kind: 'none' };
  }
}
