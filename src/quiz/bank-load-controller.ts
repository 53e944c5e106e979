import { isServer, type LitElement, type ReactiveController } from 'lit';

import type { Messages } from '../messages/messages.js';
import type { Validated } from '../schema/validation-issues.js';
import { type BankSource, loadBank, type LoadedBank } from './bank-loader.js';

/** The properties a quiz's bank is given by: a change to any of them loads it again. */
export interface BankInputs {
  bank?: string;
  src?: string;
  data?: unknown;
}

/** What the controller reads from its quiz, and tells it. */
export interface BankLoadHooks {
  given(): BankInputs;
  source(): BankSource;
  msg(): Messages['quiz'];
  /** A load begins: the quiz shows its loading state. */
  begin(): void;
  /** The bank, or why there is none; `current()` says whether a newer load has replaced this one since. Awaited before the load counts as settled. */
  settle(outcome: Validated<LoadedBank>, current: () => boolean): Promise<void>;
}

/**
 * When and how a `<defence-quiz>` loads its bank: whenever `bank`, `src` or `data` is given or changed (set before the
 * element was defined, before or after connection, or later), after the page is parsed when the bank may be inline,
 * one load at a time (a newer one aborts the older), again after leaving the page mid-load. `complete` says when the
 * current load has settled.
 */
export class BankLoadController implements ReactiveController {
  private token = 0;
  private abort?: AbortController;
  private loadedFrom?: BankInputs;
  private running = false;
  private waitingForPage = false;
  private settleLoad?: () => void;
  private loading = new Promise<void>((resolve) => (this.settleLoad = resolve));

  constructor(
    private readonly host: LitElement,
    private readonly hooks: BankLoadHooks,
  ) {
    host.addController(this);
  }

  /** Resolves when the current load (the bank, then what the quiz reads with it) has settled, loaded or failed; a new load replaces it. */
  get complete(): Promise<void> {
    return this.loading;
  }

  hostConnected(): void {
    // Back on the page after leaving it mid-load (frameworks move elements): load again.
    if (this.host.hasUpdated && !this.loadedFrom) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.running) return;
    this.token++;
    this.abort?.abort();
    this.loadedFrom = undefined;
  }

  /** Loads when the bank's inputs differ from the last load's; the quiz calls it from `willUpdate`, so a bank counts whenever it is given. */
  sync(): void {
    // On a server (Lit SSR) the quiz renders its loading state; the browser loads the bank.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed false in the browser build, true under Lit SSR
    if (isServer) return;
    const from = this.loadedFrom;
    const given = this.hooks.given();
    if (from && from.bank === given.bank && from.src === given.src && from.data === given.data) return;
    // Loads now, unless the page is still being parsed and the inline bank the element may hold is not there yet.
    if (from || document.readyState !== 'loading' || this.hooks.source().kind !== 'none') return void this.load();
    if (this.waitingForPage) return;
    this.waitingForPage = true;
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        this.waitingForPage = false;
        this.host.requestUpdate();
      },
      { once: true },
    );
  }

  private async load(): Promise<void> {
    const token = ++this.token;
    const current = () => token === this.token;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loadedFrom = this.hooks.given();
    this.running = true;
    // A load that replaces one still running settles the same promise.
    if (!this.settleLoad) this.loading = new Promise((resolve) => (this.settleLoad = resolve));
    this.hooks.begin();
    try {
      const outcome = await loadBank(this.hooks.source(), this.hooks.msg(), abort.signal).catch((error: unknown): Validated<LoadedBank> => ({
        ok: false,
        issues: [{ path: '(element)', message: String((error as { message?: unknown } | null | undefined)?.message ?? error) }],
      }));
      if (current()) await this.hooks.settle(outcome, current);
    } finally {
      if (current()) {
        this.running = false;
        this.settleLoad?.();
        this.settleLoad = undefined;
      }
    }
  }
}
