import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

import type { Statement } from './lrs-statements.js';

/**
 * Statements waiting for their LRS, kept in IndexedDB so that none is lost when the page closes
 * offline; in memory alone when the browser refuses IndexedDB. Never throws.
 */
export interface QueuedStatement {
  endpoint: string;
  statement: Statement;
  queuedAt: number;
}

export const LRS_DATABASE = 'defence-learning-lrs';

export class StatementQueue {
  private readonly items: QueuedStatement[] = [];
  /** Every statement this page queued: one already sent, whose stored copy is not deleted yet, is not restored again. */
  private readonly queuedHere = new Set<string>();
  private store?: UseStore;
  private seq = 0;

  constructor(
    readonly endpoint: string,
    dbName = LRS_DATABASE,
  ) {
    try {
      this.store = createStore(dbName, 'statements');
    } catch {
      this.store = undefined;
    }
  }

  private key(id: string): string {
    return `${this.endpoint}\n${id}`;
  }

  /** Statements left by an earlier page for this endpoint go first, in the order they were queued. */
  async restore(): Promise<void> {
    if (!this.store) return;
    try {
      const stored = (await entries<string, QueuedStatement | undefined>(this.store))
        .map(([, v]) => v)
        .filter((v): v is QueuedStatement => v?.endpoint === this.endpoint);
      this.items.unshift(...stored.filter((s) => !this.queuedHere.has(s.statement.id)).sort((a, b) => a.queuedAt - b.queuedAt));
    } catch {
      this.store = undefined;
    }
  }

  add(statements: Statement[]): void {
    for (const statement of statements) {
      // Date.now() plus a counter: statements queued in the same millisecond keep their order.
      const item = { endpoint: this.endpoint, statement, queuedAt: Date.now() + this.seq++ / 1000 };
      this.items.push(item);
      this.queuedHere.add(statement.id);
      if (this.store) set(this.key(statement.id), item, this.store).catch(() => (this.store = undefined));
    }
  }

  /** The oldest statements, up to `max`. */
  peek(max: number): Statement[] {
    return this.items.slice(0, max).map((i) => i.statement);
  }

  remove(ids: string[]): void {
    const gone = new Set(ids);
    for (let i = this.items.length - 1; i >= 0; i--) if (gone.has(this.items[i]?.statement.id ?? '')) this.items.splice(i, 1);
    if (this.store) for (const id of ids) del(this.key(id), this.store).catch(() => undefined);
  }

  get size(): number {
    return this.items.length;
  }
}
