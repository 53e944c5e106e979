import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { LrsConfig } from './lrs-config.js';
import { QuizLrsErrorEvent } from './lrs-events.js';
import type { LrsReporter, QuizLike } from './lrs-reporter.js';

/** The quiz events the reporter turns into statements. */
const REPORTED = ['quiz-start', 'quiz-answer', 'quiz-complete'];

/**
 * Attaches a reporter to its quiz while `config()` gives a configuration, and swaps it when that changes.
 * The reporter's code (lrs-reporter.ts, its statements and queue) is loaded only for a quiz with an `lrs`:
 * the events fired while it loads are kept and handed to it, so none goes unreported.
 */
export class LrsController implements ReactiveController {
  private reporter?: LrsReporter;
  private attached?: LrsConfig;
  private stopKeeping?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & QuizLike,
    private readonly config: () => LrsConfig | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.detach();
    this.attached = undefined;
  }

  private detach(): void {
    this.stopKeeping?.();
    this.stopKeeping = undefined;
    this.reporter?.detach();
    this.reporter = undefined;
  }

  private sync(): void {
    const config = this.config();
    if (config === this.attached) return;
    this.detach();
    this.attached = config;
    if (!config?.endpoint) return;
    const kept: Event[] = [];
    const keep = (event: Event) => kept.push(event);
    for (const type of REPORTED) this.host.addEventListener(type, keep);
    const stop = (this.stopKeeping = () => {
      for (const type of REPORTED) this.host.removeEventListener(type, keep);
    });
    void import('./lrs-reporter.js').then(
      ({ LrsReporter }) => {
        if (this.stopKeeping !== stop) return;
        stop();
        this.stopKeeping = undefined;
        this.reporter = new LrsReporter(this.host, config, undefined, kept);
      },
      // The reporter's code could not be fetched: the quiz works on, and says so as when the LRS cannot be reached.
      (error: unknown) => {
        if (this.stopKeeping !== stop) return;
        stop();
        this.stopKeeping = undefined;
        const message = `the LRS reporter could not be loaded (${error instanceof Error ? error.message : String(error)})`;
        this.host.dispatchEvent(new QuizLrsErrorEvent({ status: 0, message, queued: 0 }));
      },
    );
  }
}
