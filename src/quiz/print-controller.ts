import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being (or has been) printed: the quiz builds its worksheet only then. A worksheet holds
 * every question of the selection, and with `print-answers` the key, which no screen shows: built up front it
 * was nine in ten of a quiz's elements, and most of the work of a page of quizzes on a phone.
 * `beforeprint` comes before the browser lays the page out for print (Ctrl+P, `window.print()`, a headless
 * browser's PDF), and the update it asks for runs in the microtasks right after it, before that layout.
 * A print medium emulated by developer tools fires no `beforeprint`: the `print` media query's change covers it.
 * Once printed, the worksheet stays: the next print needs it too.
 */
export class PrintController implements ReactiveController {
  /** True from the first print on. */
  requested = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query ??= matchMedia('print');
    if (this.query.matches) this.request();
    window.addEventListener('beforeprint', this.request);
    this.query.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.request);
    this.query?.removeEventListener('change', this.changed);
  }

  private readonly request = (): void => {
    if (this.requested) return;
    this.requested = true;
    this.host.requestUpdate();
  };

  private readonly changed = (event: MediaQueryListEvent): void => {
    if (event.matches) this.request();
  };
}
