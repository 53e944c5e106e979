import { expect } from '@open-wc/testing';

import { SafeStore, type StoreChange, type StoreStatus } from '../src/storage/safe-store.js';
import {
  blockedFactory,
  failingFactory,
  nextTask,
  readRaw,
  replaceIndexedDB,
  storeRefusingWrites,
  testDatabaseName,
  writeRaw,
} from './helpers/storage-faults.js';

/** Runs every operation of the store and checks none throws synchronously nor rejects. */
async function exerciseWithoutThrowing(store: SafeStore): Promise<void> {
  let pending: Array<Promise<unknown>> = [];
  expect(() => {
    pending = [store.get('a/1'), store.entries('a/')];
    store.set('a/1', { n: 1 });
    store.delete('a/2');
    pending.push(store.clear('b/'), store.flush());
  }).not.to.throw();
  await Promise.all(pending);
}

describe('SafeStore with working IndexedDB', () => {
  it('reads back what it wrote, in this instance and in a fresh one on the same database', async () => {
    const dbName = testDatabaseName('roundtrip');
    const first = new SafeStore({ dbName });
    first.set('attempt/q/1', { score: 3 });
    await first.flush();
    expect(await first.get('attempt/q/1')).to.deep.equal({ score: 3 });
    const second = new SafeStore({ dbName });
    expect(await second.get('attempt/q/1')).to.deep.equal({ score: 3 });
    expect(await readRaw(dbName, 'attempt/q/1')).to.deep.equal({ score: 3 });
    expect(second.status).to.deep.equal({ state: 'available' });
  });

  it('keeps the last of many quick writes to one key and loses none of the other keys', async () => {
    const dbName = testDatabaseName('serial');
    const store = new SafeStore({ dbName });
    for (let i = 0; i < 30; i++) {
      store.set('k/same', i);
      store.set(`k/own-${i}`, i);
      if (i % 7 === 0) await nextTask();
    }
    await store.flush();
    expect(await readRaw(dbName, 'k/same')).to.equal(29);
    const entries = await new SafeStore({ dbName }).entries('k/own-');
    expect(entries.map(([, v]) => v).sort((a, b) => (a as number) - (b as number))).to.deep.equal([...Array(30).keys()]);
  });

  it('does not make the writer wait: set returns before anything reaches storage', async () => {
    const dbName = testDatabaseName('nowait');
    const store = new SafeStore({ dbName });
    const result = store.set('k/1', 'x') as unknown;
    expect(result).to.equal(undefined);
    expect(await readRaw(dbName, 'k/1')).to.equal(undefined);
    await store.flush();
    expect(await readRaw(dbName, 'k/1')).to.equal('x');
  });

  it('lists entries by prefix only, sorted by key, with deletions applied', async () => {
    const store = new SafeStore({ dbName: testDatabaseName('prefix') });
    store.set('attempt/a/2', 2);
    store.set('attempt/a/1', 1);
    store.set('attempt/ab/1', 'other quiz');
    store.set('card/a/1', 'card');
    store.delete('attempt/a/2');
    expect(await store.entries('attempt/a/')).to.deep.equal([['attempt/a/1', 1]]);
  });

  it('clears one prefix and leaves the rest', async () => {
    const dbName = testDatabaseName('clear');
    const store = new SafeStore({ dbName });
    store.set('attempt/a/1', 1);
    store.set('attempt/b/1', 2);
    await store.flush();
    expect(await store.clear('attempt/a/')).to.equal(true);
    expect(await readRaw(dbName, 'attempt/a/1')).to.equal(undefined);
    expect(await readRaw(dbName, 'attempt/b/1')).to.equal(2);
  });

  it('keeps a locked prefix as stored: later writes there live in memory only', async () => {
    const dbName = testDatabaseName('lock');
    await writeRaw(dbName, 'attempt/q/1', 'stored');
    const store = new SafeStore({ dbName });
    const statuses: StoreStatus[] = [];
    store.subscribe((s) => statuses.push(s));
    store.lock('attempt/q/');
    expect(statuses).to.have.length(1);
    expect(store.isPersisting('attempt/q/1')).to.equal(false);
    expect(store.isPersisting('attempt/r/1')).to.equal(true);
    store.set('attempt/q/1', 'new');
    store.set('attempt/q/2', 'also new');
    await store.flush();
    expect(await store.get('attempt/q/1')).to.equal('new');
    expect(await readRaw(dbName, 'attempt/q/1')).to.equal('stored');
    expect(await readRaw(dbName, 'attempt/q/2')).to.equal(undefined);
  });

  it('tells listeners in another instance (another document) which keys changed', async () => {
    const dbName = testDatabaseName('broadcast');
    const writer = new SafeStore({ dbName });
    const reader = new SafeStore({ dbName });
    const other = new SafeStore({ dbName: testDatabaseName('unrelated') });
    const seen: StoreChange[] = [];
    const unrelated: StoreChange[] = [];
    reader.onChange((c) => seen.push(c));
    other.onChange((c) => unrelated.push(c));
    writer.set('attempt/q/1', 1);
    await writer.flush();
    for (let i = 0; i < 50 && seen.length === 0; i++) await nextTask(10);
    expect(seen).to.deep.equal([{ prefix: 'attempt/q/1', remote: true }]);
    expect(unrelated).to.deep.equal([]);
    writer.close();
    reader.close();
    other.close();
  });

  it('keeps nothing in storage when memory-only (persist="none")', async () => {
    const dbName = testDatabaseName('memory');
    const store = new SafeStore({ dbName, memoryOnly: true });
    store.set('k/1', 'kept in memory');
    await store.flush();
    expect(await store.get('k/1')).to.equal('kept in memory');
    expect(store.status).to.deep.equal({ state: 'memory-only' });
    expect(store.isPersisting('k/1')).to.equal(false);
    expect(await readRaw(dbName, 'k/1')).to.equal(undefined);
  });
});

describe('SafeStore faults: nothing throws, memory takes over, status says why', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('no indexedDB at all', async () => {
    restore = replaceIndexedDB({ value: undefined });
    const store = new SafeStore({ dbName: testDatabaseName('none') });
    await exerciseWithoutThrowing(store);
    expect(store.status).to.include({ state: 'unavailable', reason: 'no-indexeddb' });
    store.set('k/1', 'in memory');
    expect(await store.get('k/1')).to.equal('in memory');
  });

  it('an indexedDB getter that throws (storage denied, sandboxed frame)', async () => {
    restore = replaceIndexedDB({
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const store = new SafeStore({ dbName: testDatabaseName('denied') });
    await exerciseWithoutThrowing(store);
    expect(store.status).to.include({ state: 'unavailable', reason: 'denied' });
    expect((store.status as { detail: string }).detail).to.contain('SecurityError');
  });

  it('an open that fails, and stays failed for the page without retrying', async () => {
    let opens = 0;
    const factory = failingFactory(new DOMException('broken profile', 'UnknownError'));
    restore = replaceIndexedDB({
      value: {
        open(...args: [string]) {
          opens += 1;
          return factory.open(...args);
        },
      },
    });
    const store = new SafeStore({ dbName: testDatabaseName('openfail') });
    const statuses: StoreStatus[] = [];
    store.subscribe((s) => statuses.push(s));
    expect(await store.get('k/1')).to.equal(undefined);
    expect(store.status).to.include({ state: 'unavailable', reason: 'open-failed' });
    await exerciseWithoutThrowing(store);
    store.set('k/1', 'memory');
    expect(await store.get('k/1')).to.equal('memory');
    expect(opens).to.equal(1);
    expect(statuses).to.have.length(1);
  });

  it('an open that is blocked and never finishes: unavailable after the timeout', async () => {
    restore = replaceIndexedDB({ value: blockedFactory() });
    const store = new SafeStore({ dbName: testDatabaseName('blocked'), openTimeoutMs: 100 });
    const started = performance.now();
    expect(await store.entries('k/')).to.deep.equal([]);
    expect(performance.now() - started).to.be.below(2000);
    expect(store.status).to.include({ state: 'unavailable', reason: 'blocked' });
    await exerciseWithoutThrowing(store);
  });

  it('QuotaExceededError on a write: the value stays in memory, what was stored stays readable and unchanged', async () => {
    const dbName = testDatabaseName('quota');
    await writeRaw(dbName, 'attempt/q/old', 'saved before');
    const faulty = storeRefusingWrites(dbName);
    const store = new SafeStore({ dbName, useStore: faulty.useStore });
    store.set('attempt/q/first', 'saved');
    await store.flush();
    faulty.refuseWrites();
    store.set('attempt/q/old', 'would overwrite');
    store.set('attempt/q/new', 'refused');
    await store.flush();
    expect(store.status).to.include({ state: 'unavailable', reason: 'quota' });
    expect(await store.get('attempt/q/new')).to.equal('refused');
    expect(await store.get('attempt/q/first')).to.equal('saved');
    expect((await store.entries('attempt/q/')).map(([k]) => k)).to.deep.equal(['attempt/q/first', 'attempt/q/new', 'attempt/q/old']);
    expect(await readRaw(dbName, 'attempt/q/old')).to.equal('saved before');
    expect(await readRaw(dbName, 'attempt/q/new')).to.equal(undefined);
    // Later writes do not even try storage again.
    store.set('attempt/q/later', 'memory');
    await store.flush();
    expect(await readRaw(dbName, 'attempt/q/later')).to.equal(undefined);
    await exerciseWithoutThrowing(store);
  });

  it('a reset while storage fails hides the stored records for the session and reports it did not delete them', async () => {
    const dbName = testDatabaseName('resetfail');
    await writeRaw(dbName, 'attempt/q/1', 'stored');
    const faulty = storeRefusingWrites(dbName);
    const store = new SafeStore({ dbName, useStore: faulty.useStore });
    expect(await store.get('attempt/q/1')).to.equal('stored');
    faulty.refuseWrites();
    expect(await store.clear('attempt/q/')).to.equal(false);
    expect(await store.entries('attempt/q/')).to.deep.equal([]);
    expect(await readRaw(dbName, 'attempt/q/1')).to.equal('stored');
  });

  it('a status listener that throws does not stop storage', async () => {
    restore = replaceIndexedDB({ value: undefined });
    const store = new SafeStore({ dbName: testDatabaseName('badlistener') });
    const original = console.error;
    const logged: unknown[] = [];
    console.error = (e: unknown) => logged.push(e);
    try {
      store.subscribe(() => {
        throw new Error('listener bug');
      });
      await exerciseWithoutThrowing(store);
    } finally {
      console.error = original;
    }
    expect(logged).to.have.length(1);
    expect(store.status.state).to.equal('unavailable');
  });
});
