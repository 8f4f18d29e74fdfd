// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import Dexie, { RangeSet } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveNoteIndex } from '../../src/client/services/liveNoteIndex';
import { TriangulateDb } from '../../src/client/store/db';
import { noteIdsIn } from '../../src/client/store/noteChanges';
import type { Note } from '../../src/domain/records/note';
import { makeNote } from '../component/searchFixtures';
import { joinedDb } from './storeFixtures';

const otherEngagementId = '9e9e9e9e-6a52-4d7e-8a0c-1d2e3f4a5b6c';
const keepers: LiveNoteIndex[] = [];
afterEach(() => keepers.splice(0).forEach((keeper) => keeper.stop()));

/** A keeper over a fresh joined database holding `notes`, built. */
async function builtKeeper(notes: Note[], options = {}) {
  const db = await joinedDb();
  await db.note.bulkPut(notes);
  const keeper = new LiveNoteIndex(db, notes[0]?.engagementId ?? '', { notesPerSlice: 2, ...options });
  keepers.push(keeper);
  await keeper.start();
  return { db, keeper };
}

/** Texts the index finds for `text`, sorted. */
function found(keeper: LiveNoteIndex, text = ''): string[] {
  const { index } = keeper.getSnapshot();
  if (!index) throw new Error('index not built');
  return index
    .search({ text })
    .hits.map((hit) => hit.note.text)
    .sort();
}

/** Resolves at the keeper's next change. */
const nextChange = (keeper: LiveNoteIndex) =>
  new Promise<void>((resolve) => {
    const stop = keeper.subscribe(() => {
      stop();
      resolve();
    });
  });

describe('LiveNoteIndex', () => {
  it('is built from the database in slices, leaving out deleted notes and other engagements', async () => {
    const notes = [
      makeNote('Carers said the panel is slow'),
      makeNote('Front door triage works well'),
      makeNote('Reablement waits'),
    ];
    const progress: (number | undefined)[] = [];
    const db = await joinedDb();
    await db.note.bulkPut([
      ...notes,
      makeNote('A deleted note', { deleted: true }),
      makeNote('Another council panel', { engagementId: otherEngagementId }),
    ]);
    const keeper = new LiveNoteIndex(db, notes[0]?.engagementId ?? '', { notesPerSlice: 1 });
    keepers.push(keeper);
    keeper.subscribe(() => progress.push(keeper.getSnapshot().progress?.done));
    expect(keeper.getSnapshot().index).toBeNull();
    await keeper.start();
    expect(progress).toEqual([1, 2, undefined]);
    expect(keeper.getSnapshot().generation).toBe(0);
    expect(found(keeper)).toEqual(notes.map((note) => note.text).sort());
    expect(found(keeper, 'panel')).toEqual(['Carers said the panel is slow']);
  });

  it('an edit in the same database updates just that note, without reading every note again', async () => {
    const [first, second] = [makeNote('Carers said the panel is slow'), makeNote('Front door triage works well')];
    const { db, keeper } = await builtKeeper([first, second], { quietMs: 10 });
    const where = vi.spyOn(db.note, 'where');
    const bulkGet = vi.spyOn(db.note, 'bulkGet');
    const changed = nextChange(keeper);
    await db.note.put({ ...first, text: 'Carers said reablement is slow', updatedAt: '2026-11-24T09:00:00.000Z' });
    await changed;
    expect(found(keeper, 'reablement')).toEqual(['Carers said reablement is slow']);
    expect(found(keeper, 'panel')).toEqual([]);
    expect(found(keeper, 'triage')).toEqual(['Front door triage works well']);
    expect(bulkGet).toHaveBeenCalledWith([first.id]);
    expect(where).not.toHaveBeenCalled();
    expect(keeper.getSnapshot().generation).toBe(1);
  });

  it('picks up a note written by another tab (a second Dexie instance on the same database)', async () => {
    const { db, keeper } = await builtKeeper([makeNote('Carers said the panel is slow')]);
    const otherTab = new TriangulateDb(db.name);
    await otherTab.note.put(makeNote('Workforce strategy is new'));
    otherTab.close();
    await keeper.catchUp();
    expect(found(keeper, 'workforce')).toEqual(['Workforce strategy is new']);
  });

  it('a deleted note leaves the results, whether marked deleted or gone from the device', async () => {
    const [kept, marked, gone] = [makeNote('Panel one'), makeNote('Panel two'), makeNote('Panel three')];
    const { db, keeper } = await builtKeeper([kept, marked, gone]);
    await db.note.put({ ...marked, deleted: true, updatedAt: '2026-11-24T09:00:00.000Z' });
    await db.note.delete(gone.id);
    await keeper.catchUp();
    expect(found(keeper, 'panel')).toEqual(['Panel one']);
  });

  it("another engagement's notes never enter, even written after the build", async () => {
    const { db, keeper } = await builtKeeper([makeNote('Panel here')]);
    await db.note.put(makeNote('Panel elsewhere', { engagementId: otherEngagementId }));
    await keeper.catchUp();
    expect(found(keeper, 'panel')).toEqual(['Panel here']);
    await db.note.clear(); // the "everything" range: every note is read again
    await keeper.catchUp();
    expect(found(keeper)).toEqual([]);
  });

  it('catches up after the build with notes written while it read', async () => {
    const db = await joinedDb();
    const first = makeNote('Panel one');
    await db.note.put(first);
    const keeper = new LiveNoteIndex(db, first.engagementId);
    keepers.push(keeper);
    const building = keeper.start();
    await db.note.put(makeNote('Panel two'));
    await building;
    await keeper.catchUp();
    expect(found(keeper, 'panel')).toEqual(['Panel one', 'Panel two']);
  });

  it('stores nothing: no write to any database and nothing in local or session storage', async () => {
    const writes: string[] = [];
    const listener = (parts: Record<string, unknown>) => writes.push(...Object.keys(parts));
    const databasesBefore = (await indexedDB.databases()).map((d) => d.name);
    const db = await joinedDb();
    await db.note.bulkPut([makeNote('Panel one'), makeNote('Panel two')]);
    localStorage.clear();
    sessionStorage.clear();
    Dexie.on('storagemutated', listener);
    try {
      const keeper = new LiveNoteIndex(db, makeNote('').engagementId);
      keepers.push(keeper);
      await keeper.start();
      await keeper.catchUp();
      expect(found(keeper, 'panel')).toHaveLength(2);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listener);
    }
    expect(writes).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name).sort()).toEqual([...databasesBefore, db.name].sort());
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});

describe('noteIdsIn', () => {
  it('reads single keys from the interval tree, also once structured-cloned by another tab', () => {
    const tree = new RangeSet().addKeys(['b', 'a', 'c']);
    expect(noteIdsIn(tree)).toEqual({ ids: expect.arrayContaining(['a', 'b', 'c']) });
    expect(noteIdsIn(structuredClone({ ...tree }))).toEqual({ ids: expect.arrayContaining(['a', 'b', 'c']) });
    expect(noteIdsIn(new RangeSet())).toEqual({ ids: [] });
  });

  it('a range that is not one key means every note', () => {
    expect(noteIdsIn(new RangeSet('a', 'c'))).toBe('all');
    expect(noteIdsIn(new RangeSet(-Infinity, [[[]]]))).toBe('all');
    expect(noteIdsIn(new RangeSet().addKeys(['a']).add(new RangeSet('m', 'z')))).toBe('all');
  });
});
