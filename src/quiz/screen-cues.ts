import { html, type ReactiveController, type ReactiveElement } from 'lit';

/**
 * What a `<defence-quiz>` tells the learner besides its screens: where focus goes once a screen is rendered, and the
 * polite live region that says what just happened (a verdict, a hint, the outcome of an action).
 */
export class ScreenCues implements ReactiveController {
  private announcement = '';
  private focusSelector?: string;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.focusSelector) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.focusSelector);
    this.focusSelector = undefined;
    target?.focus();
  }

  /** A new screen: the live region falls silent, and focus goes to `selector` once it is rendered. */
  show(selector: string): void {
    this.announcement = '';
    this.focusAfterRender(selector);
  }

  focusAfterRender(selector: string): void {
    this.focusSelector = selector;
    this.host.requestUpdate();
  }

  say(message: string): void {
    // Re-announce an identical message: live regions only speak changes.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
    this.host.requestUpdate();
  }

  /** The live region itself. */
  region() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }
}
