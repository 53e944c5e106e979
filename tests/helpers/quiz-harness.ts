import { sendKeys } from '@web/test-runner-commands';

import type { DefenceQuiz } from '../../src/quiz/defence-quiz.js';
import { freshStorePerTest } from './test-store.js';
import { waitUntil } from './wait-until.js';

/** Gives each test of the calling file a progress database of its own, so no quiz resumes another test's attempt. */
export const freshProgressPerTest = (): void => freshStorePerTest('quiz');

/**
 * Drives a <defence-quiz> the way a learner does: by visible text, labels, clicks and keys,
 * never by reaching into its state.
 */
export class QuizHarness {
  constructor(readonly el: DefenceQuiz) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /**
   * Waits for the element's render and the focus moves that follow it (no rAF: background tabs pause it), and, as a
   * learner does, for a question screen that says it is busy (a press that grades waiting for the checking code).
   */
  async settle(): Promise<void> {
    await this.el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await this.el.updateComplete;
    if (!this.root.querySelector('[part="question"][aria-busy="true"]')) return;
    await waitUntil(() => !this.root.querySelector('[part="question"][aria-busy="true"]'), 'the question screen is still busy');
    await this.settle();
  }

  /** Waits until the quiz has loaded (its bank, then the progress saved for it) or failed to, and has rendered that. */
  async loaded(): Promise<void> {
    // A load started by a property set just before this call begins in the update it schedules.
    await this.el.updateComplete;
    await this.el.loadComplete;
    await this.settle();
  }

  button(name: string | RegExp): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll('button')];
    const found = buttons.find((b) =>
      typeof name === 'string'
        ? (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name
        : name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
    );
    if (!found) throw new Error(`no button "${name}" among: ${buttons.map((b) => (b.getAttribute('aria-label') ?? b.textContent)?.trim()).join(' | ')}`);
    return found;
  }

  hasButton(name: string): boolean {
    return [...this.root.querySelectorAll('button')].some((b) => (b.textContent ?? '').trim() === name);
  }

  async click(name: string | RegExp): Promise<void> {
    this.button(name).click();
    await this.settle();
  }

  async start(): Promise<void> {
    await this.click('Start');
  }

  get prompt(): string {
    return this.root.querySelector('legend')?.textContent?.trim() ?? '';
  }

  get counter(): string {
    return this.root.querySelector('.counter')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The radio or checkbox whose label reads `text`. */
  option(text: string): HTMLInputElement {
    const labels = [...this.root.querySelectorAll('label')];
    const label = labels.find((l) => l.querySelector('.option-text')?.textContent?.trim() === text);
    if (!label) throw new Error(`no option "${text}" among: ${labels.map((l) => l.textContent?.trim()).join(' | ')}`);
    return label.querySelector('input')!;
  }

  async choose(...texts: string[]): Promise<void> {
    for (const text of texts) {
      this.option(text).click();
      await this.settle();
    }
  }

  /** The field labelled `label` (a <label for>, or aria-label). */
  field(label: string): HTMLInputElement | HTMLSelectElement {
    const byLabel = [...this.root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
    const el = byLabel?.htmlFor ? this.root.getElementById(byLabel.htmlFor) : this.root.querySelector(`[aria-label="${label}"]`);
    if (!el) throw new Error(`no field labelled "${label}"`);
    return el as HTMLInputElement | HTMLSelectElement;
  }

  /** Focuses a text field and types into it with real key presses. */
  async type(label: string, text: string): Promise<void> {
    const field = this.field(label) as HTMLInputElement;
    field.focus();
    field.select();
    await sendKeys({ type: text });
    await this.settle();
  }

  /** Picks the option whose text is `text` in the select labelled `label`. */
  async select(label: string, text: string): Promise<void> {
    const select = this.field(label) as HTMLSelectElement;
    const option = [...select.options].find((o) => o.textContent?.trim() === text);
    if (!option) throw new Error(`no "${text}" in ${label}`);
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settle();
  }

  /** Item texts of an order question, top to bottom. */
  get orderItems(): string[] {
    return [...this.root.querySelectorAll('.order-text')].map((e) => e.textContent.trim());
  }

  get feedback(): HTMLElement | null {
    return this.root.querySelector('.feedback');
  }

  get feedbackText(): string {
    return this.feedback?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  get announcement(): string {
    return this.root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  get hint(): string {
    return this.root.querySelector('.hint')?.textContent?.trim() ?? '';
  }

  get focused(): Element | null {
    return this.root.activeElement;
  }

  get summary(): HTMLElement | null {
    return this.root.querySelector('.summary');
  }

  get errorPanel(): HTMLElement | null {
    return this.root.querySelector('[part="error"]');
  }

  /** Answers a question of the sample bank's shape right, whatever its type, by the UI. */
  async check(): Promise<void> {
    await this.click('Check');
  }
}
