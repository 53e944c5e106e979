import '../src/fact-card/index.js';

import { expect, html } from '@open-wc/testing';

import { type CardState, newCardState } from '../src/scheduling/card-state.js';
import { planReview } from '../src/scheduling/review-queue.js';
import type { DeckInput } from '../src/schema/deck-schema.js';
import { type CardStatesRead, markCardsForReview, readCardStates, saveCardState } from '../src/storage/card-states.js';
import { openDeckStates } from '../src/storage/deck-summary-record.js';
import { exportProgress, importProgress, resetProgress } from '../src/storage/progress-transfer.js';
import { SafeStore, useSharedSafeStore } from '../src/storage/safe-store.js';
import { FactCardHarness } from './helpers/fact-card-harness.js';
import { interceptedStore, readRaw, storeRefusingPuts, testDatabaseName, writeRaw } from './helpers/storage-faults.js';
import { useFreshStoreAfterPendingWrites } from './helpers/test-store.js';
import { waitUntil } from './helpers/wait-until.js';

const NOW = new Date(2030, 0, 15, 9, 0).getTime();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const COUNT = 150;
const NEW_PER_DAY = 10;
const ids = Array.from({ length: COUNT }, (_, i) => `big-${i}`);
const SUMMARY_KEY = 'deck-summary/big-deck';

const deck: DeckInput = {
  id: 'big-deck',
  title: 'A large deck',
  lang: 'en',
  description: 'Many cards.',
  sources: [{ id: 'doc', title: 'A document', publisher: 'EEAS', date: '4 June 2018' }],
  cards: ids.map((id, i) => ({ id, front: `Question ${i}`, back: `Answer ${i}`, source: { ref: 'doc', quote: `Quote ${i}` } })),
};
const front = (id: string) => `Question ${id.slice('big-'.length)}`;

/** Card i of the first 120 was reviewed and is due, i minutes overdue (the last of them first); the other 30 were never seen. */
const reviewed = (i: number, due = NOW - i * MINUTE): CardState => ({
  ...newCardState(ids[i]!, NOW),
  phase: 'review',
  due,
  stability: 3 + i / 10,
  difficulty: 5,
  scheduledDays: 3,
  reps: 2,
  lastReview: NOW - 3 * DAY,
  introducedAt: NOW - 10 * DAY,
});
const record = (state: CardState, updatedAt = NOW - 3 * DAY) => ({ ...state, v: 1, updatedAt });

/** A tab (or a reload): its own store on the database. */
const tab = (dbName: string) => new SafeStore({ dbName, channelName: null });

/** Runs `act` on a page whose elements use the database, until its writes have landed. */
async function onPageOf<T>(dbName: string, act: () => Promise<T>): Promise<T> {
  const store = tab(dbName);
  useSharedSafeStore(store);
  const result = await act();
  await store.flush();
  await useFreshStoreAfterPendingWrites('elsewhere');
  return result;
}

/** Waits until the session has read every record (`reads` of its store counted a range) and taken them in. */
async function recordsTakenIn(h: FactCardHarness, reads: { range: number }, dbName: string): Promise<void> {
  await waitUntil(() => reads.range > 0, 'the records were not read');
  // A write waits for the reads begun before it: the records have arrived once it is done.
  await writeRaw(dbName, 'test/after-the-read', 1);
  await h.el.updateComplete;
}

async function seeded(label: string): Promise<string> {
  const dbName = testDatabaseName(label);
  const store = tab(dbName);
  await store.setMany(Array.from({ length: 120 }, (_, i) => [`card/${ids[i]}`, record(reviewed(i))] as const));
  await store.flush();
  return dbName;
}

const queueOf = (states: ReadonlyMap<string, CardState>, now = NOW) => planReview(ids, states, { now, newPerDay: NEW_PER_DAY });
const firstCard = (states: ReadonlyMap<string, CardState>) => queueOf(states).cards[0];

/** What a read gives, in plain values. */
const plain = (read: CardStatesRead) => ids.flatMap((id) => (read.states.has(id) ? [[id, read.states.get(id), read.updatedAt.get(id)]] : []));

/** A store on the database that counts the reads it makes: single values, and ranges (every card at once). */
function countingTab(dbName: string): { store: SafeStore; reads: { one: number; range: number } } {
  const reads = { one: 0, range: 0 };
  const useStore = interceptedStore(dbName, (_store, property, mode) => {
    if (mode === 'readonly' && property === 'get') reads.one += 1;
    if (mode === 'readonly' && (property === 'getAll' || property === 'getAllKeys' || property === 'getAllRecords')) reads.range += 1;
    return undefined;
  });
  return { store: new SafeStore({ dbName, channelName: null, useStore }), reads };
}

/** Opens the deck's states as a reload would, and checks them (and the queue) against every record read as before. */
async function expectOpenedRight(dbName: string, now = NOW): Promise<{ fromSummary: boolean; first: string | undefined }> {
  const reader = tab(dbName);
  const opened = await openDeckStates('big-deck', ids, firstCard, reader);
  const records = await readCardStates(ids, tab(dbName));
  // Until every record is read, the queue is the one every record gives, and the first card's state is its record's.
  const first = queueOf(records.states, now).cards[0];
  expect(queueOf(opened.states, now)).to.deep.equal(queueOf(records.states, now));
  if (first) expect(opened.states.get(first)).to.deep.equal(records.states.get(first));
  if (opened.records) expect(plain(await opened.records)).to.deep.equal(plain(records));
  await reader.flush();
  return { fromSummary: opened.records !== undefined, first };
}

describe('Deck summary record (what a large deck reads before its first card)', () => {
  it('is stored after a first read of every record, then gives the states from one record, the first card checked against its own', async () => {
    const dbName = await seeded('deck-summary-steps');
    expect(await readRaw(dbName, SUMMARY_KEY)).to.equal(undefined);
    expect(await expectOpenedRight(dbName)).to.deep.equal({ fromSummary: false, first: 'big-119' });
    expect(await readRaw(dbName, SUMMARY_KEY)).to.include({ v: 1 });

    const { store, reads } = countingTab(dbName);
    const opened = await openDeckStates('big-deck', ids, firstCard, store);
    // The summary and the journal, then the first card's record: no range, no read per card.
    expect(reads).to.deep.equal({ one: 3, range: 0 });
    expect(opened.records).to.exist;
    expect(plain(opened)).to.deep.equal(plain(await readCardStates(ids, tab(dbName))));
    await opened.records;
    expect(reads.range).to.be.greaterThan(0);
  });

  it('takes in the cards written since it was made: a rating in another tab, a quiz asking for a review, an import', async () => {
    const dbName = await seeded('deck-summary-writes');
    await expectOpenedRight(dbName);

    const other = tab(dbName);
    saveCardState({ ...reviewed(5), due: NOW - DAY }, NOW, other);
    await other.flush();
    expect(await expectOpenedRight(dbName)).to.deep.equal({ fromSummary: true, first: 'big-5' });

    // The quiz's wrong answer, on another page: a card never seen and a reviewed one lead the next session.
    await onPageOf(dbName, () => markCardsForReview(['big-140', 'big-7'], NOW + 1));
    expect(await expectOpenedRight(dbName, NOW + 2)).to.deep.equal({ fromSummary: true, first: 'big-7' });

    // A file from another device: one card learnt there later, one never seen here.
    const device = new SafeStore({ memoryOnly: true });
    saveCardState({ ...reviewed(8), due: NOW - 2 * DAY }, NOW + 10, device);
    saveCardState({ ...reviewed(130), cardId: 'big-130', due: NOW - 3 * DAY }, NOW + 10, device);
    const result = await importProgress(await exportProgress({ store: device }), { store: tab(dbName) });
    expect(result).to.deep.include({ ok: true, added: 1, updated: 1 });
    expect(await expectOpenedRight(dbName, NOW + 2)).to.deep.equal({ fromSummary: true, first: 'big-7' });
    const states = (await openDeckStates('big-deck', ids, firstCard, tab(dbName))).states;
    expect(states.get('big-130')!.due).to.equal(NOW - 3 * DAY);
  });

  it('reads every record when more cards were written since than the journal keeps (an import of a whole deck), and stores a new summary', async () => {
    const dbName = await seeded('deck-summary-many');
    await expectOpenedRight(dbName);
    const device = new SafeStore({ memoryOnly: true });
    for (let i = 0; i < COUNT; i++) saveCardState({ ...reviewed(i, NOW - (COUNT - i) * MINUTE), cardId: ids[i]! }, NOW + 10, device);
    const other = new SafeStore({ memoryOnly: true });
    for (let i = 0; i < 600; i++) saveCardState({ ...newCardState(`other-deck-${i}`, NOW), reviewRequestedAt: null }, NOW, other);
    const file = await exportProgress({ store: device });
    const elsewhere = await exportProgress({ store: other });
    await importProgress({ ...file, records: [...elsewhere.records, ...file.records] }, { store: tab(dbName) });
    expect(await expectOpenedRight(dbName)).to.deep.equal({ fromSummary: false, first: 'big-0' });
    expect(await expectOpenedRight(dbName)).to.deep.equal({ fromSummary: true, first: 'big-0' });
  });

  it('is not trusted when the first card was written by a tab that keeps no journal (older code), nor kept after a reset', async () => {
    const dbName = await seeded('deck-summary-older');
    await expectOpenedRight(dbName);
    // Straight to the database: the summary still says big-119 is the most overdue card, but it was rated meanwhile.
    await writeRaw(dbName, 'card/big-119', record({ ...reviewed(119), due: NOW + 5 * DAY }, NOW - MINUTE));
    expect(await expectOpenedRight(dbName)).to.deep.equal({ fromSummary: false, first: 'big-118' });
    // Another card written that way is taken in once every record is read, and summarised then.
    await writeRaw(dbName, 'card/big-3', record({ ...reviewed(3), due: NOW + 5 * DAY }, NOW - MINUTE));
    const reader = tab(dbName);
    const stale = await openDeckStates('big-deck', ids, firstCard, reader);
    expect(stale.states.get('big-3')!.due).to.equal(reviewed(3).due);
    expect((await stale.records)!.states.get('big-3')!.due).to.equal(NOW + 5 * DAY);
    await reader.flush();
    const after = await openDeckStates('big-deck', ids, firstCard, tab(dbName));
    expect(after.records).to.exist;
    expect(after.states.get('big-3')!.due).to.equal(NOW + 5 * DAY);

    expect(await onPageOf(dbName, () => resetProgress())).to.equal(true);
    expect(await readRaw(dbName, SUMMARY_KEY)).to.equal(undefined);
    expect(await expectOpenedRight(dbName)).to.deep.equal({ fromSummary: false, first: 'big-0' });
  });

  it('falls back to every record, and stores a summary that checks out, whatever stands in its place or the journal’s', async () => {
    const dbName = await seeded('deck-summary-hostile');
    await expectOpenedRight(dbName);
    const real = (await readRaw(dbName, SUMMARY_KEY)) as { ids: string; phases: Uint8Array; numbers: Float64Array; epoch: number; seq: number };
    const realIds = real.ids.split('\n');
    expect(realIds).to.deep.equal(ids);
    const numbers = (change: (n: Float64Array) => void) => {
      const copy = new Float64Array(real.numbers);
      change(copy);
      return { ...real, numbers: copy };
    };
    const hostile: unknown[] = [
      null,
      'summary',
      { ...real, v: 2 },
      { ...real, seq: 1.5 },
      { ...real, epoch: 'x' },
      { ...real, ids: realIds },
      { ...real, ids: realIds.slice(1).join('\n') },
      { ...real, ids: [...realIds.slice(1), '__proto__'].join('\n') },
      { ...real, ids: [...realIds].reverse().join('\n') },
      { ...real, phases: Array.from(real.phases) },
      { ...real, phases: new Uint8Array(real.phases).fill(9, 0, 1) },
      { ...real, numbers: new Float32Array(real.numbers) },
      { ...real, numbers: real.numbers.subarray(1) },
      numbers((n) => (n[0] = Infinity)),
      numbers((n) => (n[0] = NaN)),
      numbers((n) => (n[1] = -1)),
      numbers((n) => (n[1] = 1e308)),
      numbers((n) => (n[0] = 1e300)),
      numbers((n) => (n[5] = 0.5)),
      // Well formed, of an epoch the journal never had.
      { ...real, epoch: real.epoch + 1 },
      // Well formed, ahead of the journal, or so far behind it that the writes since are not all known.
      { ...real, seq: real.seq + 1 },
      { ...real, seq: -1 },
    ];
    for (const value of hostile) {
      await writeRaw(dbName, SUMMARY_KEY, value);
      expect((await expectOpenedRight(dbName)).fromSummary, String(value)).to.equal(false);
      expect((await expectOpenedRight(dbName)).fromSummary).to.equal(true);
    }
    for (const journal of [null, 'journal', { v: 1, epoch: real.epoch, seq: real.seq, keys: 'big-1' }, { v: 1, epoch: real.epoch, seq: 0, keys: ['big-1'] }]) {
      await writeRaw(dbName, 'card-journal', journal);
      expect((await expectOpenedRight(dbName)).fromSummary).to.equal(false);
      expect((await expectOpenedRight(dbName)).fromSummary).to.equal(true);
    }
  });

  it('is neither made nor read when a record is unreadable, nor with storage in memory, nor for a small deck', async () => {
    const dbName = await seeded('deck-summary-unreadable');
    await writeRaw(dbName, 'card/big-4', { v: 1, cardId: 'big-4', phase: 'sideways' });
    const reader = tab(dbName);
    const opened = await openDeckStates('big-deck', ids, firstCard, reader);
    await reader.flush();
    expect(opened.records).to.equal(undefined);
    expect(opened.states.has('big-4')).to.equal(false);
    expect(await readRaw(dbName, SUMMARY_KEY)).to.equal(undefined);

    const memory = new SafeStore({ memoryOnly: true });
    saveCardState(reviewed(2), NOW, memory);
    const inMemory = await openDeckStates('big-deck', ids, firstCard, memory);
    expect(inMemory.records).to.equal(undefined);
    expect([...inMemory.states.keys()]).to.deep.equal(['big-2']);

    const small = await seeded('deck-summary-small');
    await openDeckStates('small', ids.slice(0, 20), firstCard, tab(small));
    await openDeckStates('small', ids.slice(0, 20), firstCard, tab(small));
    expect(await readRaw(small, 'deck-summary/small')).to.equal(undefined);
  });

  it('costs only itself when it cannot be stored (no space left): the store stays available, and the next open reads every record', async () => {
    const dbName = await seeded('deck-summary-quota');
    const refusing = storeRefusingPuts(dbName, (key) => key.startsWith('deck-summary/'));
    const store = new SafeStore({ dbName, channelName: null, useStore: refusing });
    const opened = await openDeckStates('big-deck', ids, firstCard, store);
    await store.flush();
    expect(opened.records).to.equal(undefined);
    expect(store.status.state).to.equal('available');
    expect(await readRaw(dbName, SUMMARY_KEY)).to.equal(undefined);
    saveCardState(reviewed(1, NOW - DAY), NOW, store);
    await store.flush();
    expect(await expectOpenedRight(dbName)).to.deep.equal({ fromSummary: false, first: 'big-1' });
  });
});

describe('<fact-card> over a large deck', () => {
  const mount = () => FactCardHarness.mount(html`<fact-card .deck=${deck} new-per-day=${NEW_PER_DAY} .clock=${() => NOW}></fact-card>`);

  it('shows the first card before reading every card’s record, then takes in what the records say', async () => {
    const dbName = await seeded('deck-summary-element');
    await onPageOf(dbName, async () => (await mount()).el.remove());
    // A tab running older code rates a card meanwhile: only every record tells.
    await writeRaw(dbName, 'card/big-3', record({ ...reviewed(3), due: NOW + 5 * DAY }, NOW - MINUTE));

    const { store, reads } = countingTab(dbName);
    useSharedSafeStore(store);
    const h = await mount();
    expect(reads.range).to.equal(0);
    expect(h.question).to.equal(front('big-119'));
    expect(h.counts).to.deep.equal({ new: NEW_PER_DAY, learning: 0, due: 120 });
    await recordsTakenIn(h, reads, dbName);
    expect(h.counts).to.deep.equal({ new: NEW_PER_DAY, learning: 0, due: 119 });
    expect(h.question).to.equal(front('big-119'));

    // Reviewing goes on from the records, and what is rated is saved.
    await h.review('Good');
    expect(h.question).to.equal(front('big-118'));
    await store.flush();
    expect(((await readRaw(dbName, 'card/big-119')) as CardState).due).to.be.greaterThan(NOW);
    h.el.remove();
  });

  it('keeps the card on screen, and the rating given meanwhile, when the records arrive; persist="none" stores no summary', async () => {
    const dbName = await seeded('deck-summary-rating');
    await onPageOf(dbName, async () => (await mount()).el.remove());
    const { store, reads } = countingTab(dbName);
    useSharedSafeStore(store);
    const h = await mount();
    await h.review('Easy');
    await h.showAnswer();
    expect(h.question).to.equal(front('big-118'));
    // The records read was begun before the rating was saved: the rated card stays rated, the card on screen stays.
    await recordsTakenIn(h, reads, dbName);
    expect(h.question).to.equal(front('big-118'));
    expect(h.answer).to.equal('Answer 118');
    expect(h.counts.due).to.equal(119);
    await store.flush();
    expect(((await readRaw(dbName, 'card/big-119')) as CardState).due).to.be.greaterThan(NOW);
    h.el.remove();

    const none = testDatabaseName('deck-summary-none');
    useSharedSafeStore(tab(none));
    const memory = await FactCardHarness.mount(html`<fact-card .deck=${deck} persist="none" .clock=${() => NOW}></fact-card>`);
    await memory.review('Good');
    memory.el.remove();
    await useFreshStoreAfterPendingWrites('elsewhere');
    expect(await readRaw(none, SUMMARY_KEY)).to.equal(undefined);
    expect(await readRaw(none, 'card-journal')).to.equal(undefined);
  });
});
