import { expect } from '@open-wc/testing';

import { SafeStore } from '../src/storage/safe-store.js';
import { readRaw, testDatabaseName } from './helpers/storage-faults.js';

/** Opens `dbName` at `version` as another tab's newer library would; rejects if this page blocks it for `withinMs`. */
function upgradeFromAnotherTab(dbName: string, version: number, withinMs = 2000): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, version);
    const timer = setTimeout(() => reject(new Error('the upgrade stayed blocked by this page')), withinMs);
    request.onupgradeneeded = () => request.result.createObjectStore(`added-in-v${version}`);
    request.onsuccess = () => {
      clearTimeout(timer);
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('the request failed'));
  });
}

/** Deletes `dbName` as a page script or "clear site data" would; rejects if this page blocks it for `withinMs`. */
function deleteFromThePage(dbName: string, withinMs = 2000): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(dbName);
    const timer = setTimeout(() => reject(new Error('the deletion stayed blocked by this page')), withinMs);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('the request failed'));
  });
}

describe('SafeStore shares the database with other tabs', () => {
  it('does not block another tab upgrading the database, and goes on saving after it', async () => {
    const dbName = testDatabaseName('versionchange');
    const store = new SafeStore({ dbName });
    store.set('attempt/q/1', 'before');
    await store.flush();
    await upgradeFromAnotherTab(dbName, 2);
    store.set('attempt/q/2', 'after');
    await store.flush();
    expect(await store.get('attempt/q/1')).to.equal('before');
    expect(await readRaw(dbName, 'attempt/q/2')).to.equal('after');
    expect(store.status).to.deep.equal({ state: 'available' });
  });

  it('does not block the page deleting the database, and saves what is written after it in a new one', async () => {
    const dbName = testDatabaseName('deleted');
    const store = new SafeStore({ dbName });
    store.set('attempt/q/1', 'in progress');
    await store.flush();
    await deleteFromThePage(dbName);
    store.set('attempt/q/1', 'finished');
    await store.flush();
    expect(await readRaw(dbName, 'attempt/q/1')).to.equal('finished');
    expect(await new SafeStore({ dbName }).entries('attempt/')).to.deep.equal([['attempt/q/1', 'finished']]);
    expect(store.status).to.deep.equal({ state: 'available' });
  });
});
