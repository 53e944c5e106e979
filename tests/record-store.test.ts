import { expect } from '@open-wc/testing';

import { z } from '../src/schema/zod.js';
import { decodeRecord, defineRecordFormat, loadRecordSchemas, RecordStore } from '../src/storage/record-store.js';
import { SafeStore } from '../src/storage/safe-store.js';
import { readRaw, testDatabaseName, writeRaw } from './helpers/storage-faults.js';

// A format with two migrations, to show they run in sequence and each step is validated.
const noteV1 = z.object({ v: z.literal(1), id: z.string(), text: z.string() });
const noteV2 = z.object({ v: z.literal(2), id: z.string(), body: z.string() });
const noteV3 = z.object({ v: z.literal(3), id: z.string(), body: z.string(), updatedAt: z.number() });
type Note = z.infer<typeof noteV3>;
const noteFormat = defineRecordFormat<Note>({
  kind: 'test-note',
  version: 3,
  schema: noteV3,
  migrations: {
    1: { schema: noteV1, up: (n: z.infer<typeof noteV1>) => ({ v: 2, id: n.id, body: n.text }) },
    2: { schema: noteV2, up: (n: z.infer<typeof noteV2>) => ({ ...n, v: 3, updatedAt: 0 }) },
  },
  keyOf: (n) => n.id,
  updatedAt: (n) => n.updatedAt,
});

describe('decodeRecord', () => {
  // A record the schema refuses is worded by code loaded with the schemas (the RecordStore loads it itself).
  before(() => loadRecordSchemas(noteFormat));

  it('accepts a current record as it is', () => {
    expect(decodeRecord(noteFormat, { v: 3, id: 'a', body: 'x', updatedAt: 5 })).to.deep.equal({
      state: 'found',
      value: { v: 3, id: 'a', body: 'x', updatedAt: 5 },
    });
  });

  it('migrates an old record step by step and says from which version', () => {
    expect(decodeRecord(noteFormat, { v: 1, id: 'a', text: 'old' })).to.deep.equal({
      state: 'found',
      value: { v: 3, id: 'a', body: 'old', updatedAt: 0 },
      migratedFrom: 1,
    });
  });

  it("calls an old record that fails its own version's schema corrupt, with the problem", () => {
    const decoded = decodeRecord(noteFormat, { v: 1, id: 'a' });
    expect(decoded).to.deep.include({ state: 'unreadable', reason: 'corrupt' });
    expect((decoded as { issues: unknown[] }).issues).to.deep.equal([{ path: 'text', message: 'is required' }]);
  });

  it('tells a record from a newer version apart from a corrupt one', () => {
    expect(decodeRecord(noteFormat, { v: 4, anything: true })).to.deep.include({ state: 'unreadable', reason: 'newer-version' });
    for (const raw of [null, 'text', 42, [], { id: 'a' }, { v: 'x' }, { v: 3, id: 'a' }, { v: 0, id: 'a' }]) {
      expect(decodeRecord(noteFormat, raw), JSON.stringify(raw)).to.deep.include({ state: 'unreadable', reason: 'corrupt' });
    }
  });
});

describe('RecordStore', () => {
  it('writes under <kind>/<keyOf(value)> and reads it back', async () => {
    const dbName = testDatabaseName('records');
    const notes = new RecordStore(noteFormat, new SafeStore({ dbName }));
    notes.write({ v: 3, id: 'n1', body: 'hello', updatedAt: 1 });
    await notes.store.flush();
    expect(await readRaw(dbName, 'test-note/n1')).to.deep.equal({ v: 3, id: 'n1', body: 'hello', updatedAt: 1 });
    expect(await new RecordStore(noteFormat, new SafeStore({ dbName })).read('n1')).to.deep.equal({
      key: 'n1',
      state: 'found',
      value: { v: 3, id: 'n1', body: 'hello', updatedAt: 1 },
    });
  });

  it('refuses to write a record that breaks its schema, so it never makes a corrupt one', async () => {
    const dbName = testDatabaseName('invalid-write');
    const notes = new RecordStore(noteFormat, new SafeStore({ dbName }));
    const original = console.error;
    console.error = () => {};
    try {
      expect(notes.write({ v: 3, id: 'n1', body: 5 } as unknown as Note)).to.equal(false);
    } finally {
      console.error = original;
    }
    await notes.store.flush();
    expect(await readRaw(dbName, 'test-note/n1')).to.equal(undefined);
  });

  it('reads an old record migrated but leaves it stored as it was until the code saves it', async () => {
    const dbName = testDatabaseName('migrate');
    await writeRaw(dbName, 'test-note/old', { v: 1, id: 'old', text: 'from v1' });
    const notes = new RecordStore(noteFormat, new SafeStore({ dbName }));
    const { records, unreadable } = await notes.readAll();
    expect(unreadable).to.deep.equal([]);
    expect(records).to.deep.equal([{ key: 'old', value: { v: 3, id: 'old', body: 'from v1', updatedAt: 0 }, migratedFrom: 1 }]);
    expect(await readRaw(dbName, 'test-note/old')).to.deep.equal({ v: 1, id: 'old', text: 'from v1' });
    expect(notes.isPersisting()).to.equal(true);
  });

  it('locks a scope holding a corrupt or newer record: nothing there is overwritten, other scopes still save', async () => {
    const dbName = testDatabaseName('lock-scope');
    await writeRaw(dbName, 'test-note/a/bad', { v: 3, id: 'a/bad' });
    await writeRaw(dbName, 'test-note/a/future', { v: 9, id: 'a/future', shape: 'unknown' });
    await writeRaw(dbName, 'test-note/a/good', { v: 3, id: 'a/good', body: 'ok', updatedAt: 1 });
    const notes = new RecordStore(noteFormat, new SafeStore({ dbName }));
    const { records, unreadable } = await notes.readAll('a/');
    expect(records.map((r) => r.key)).to.deep.equal(['a/good']);
    expect(unreadable.map((u) => [u.key, u.reason])).to.deep.equal([
      ['a/bad', 'corrupt'],
      ['a/future', 'newer-version'],
    ]);
    expect(notes.isPersisting('a/')).to.equal(false);
    expect(notes.isPersisting('b/')).to.equal(true);
    notes.write({ v: 3, id: 'a/bad', body: 'replacement', updatedAt: 2 });
    notes.write({ v: 3, id: 'a/new', body: 'new', updatedAt: 2 });
    notes.write({ v: 3, id: 'b/new', body: 'elsewhere', updatedAt: 2 });
    await notes.store.flush();
    expect(await readRaw(dbName, 'test-note/a/bad')).to.deep.equal({ v: 3, id: 'a/bad' });
    expect(await readRaw(dbName, 'test-note/a/future')).to.deep.equal({ v: 9, id: 'a/future', shape: 'unknown' });
    expect(await readRaw(dbName, 'test-note/a/new')).to.equal(undefined);
    expect(await readRaw(dbName, 'test-note/b/new')).to.deep.include({ body: 'elsewhere' });
    // This session still sees what it wrote there, from memory.
    expect((await notes.read('a/new')).state).to.equal('found');
  });

  it('locks a single key read alone when it is unreadable', async () => {
    const dbName = testDatabaseName('lock-key');
    await writeRaw(dbName, 'test-note/x', 'not a record');
    const notes = new RecordStore(noteFormat, new SafeStore({ dbName }));
    expect(await notes.read('x')).to.deep.include({ key: 'x', state: 'unreadable', reason: 'corrupt' });
    expect(notes.isPersisting('x')).to.equal(false);
    expect(notes.isPersisting('y')).to.equal(true);
  });
});
