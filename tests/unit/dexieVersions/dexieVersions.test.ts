import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TriangulateDb } from '../../../src/client/store/db';
import { noteDraftJournal } from '../../../src/client/store/draftJournal';
import { replayNoteDrafts } from '../../../src/client/store/replayNoteDrafts';
import { listSessions } from '../../../src/client/store/engagementQueries';
import { listSessionNotes } from '../../../src/client/store/noteRepository';
import { takeOutboxBatch } from '../../../src/client/store/outbox';
import { storedSchemas } from '../../../src/client/store/storedSchemas';
import { stakeholderGroups } from '../../../src/domain/records/session';
import { setFields } from '../../../src/domain/records/setFields';
import { mutationSchema } from '../../../src/domain/sync/protocol';
import * as v1 from './version1Fixture';
import * as v2 from './version2Fixture';
import * as v3 from './version3Fixture';
import * as v4 from './version4Fixture';
import * as v6 from './version6Fixture';
import * as v7 from './version7Fixture';

/** The stores each version up to 6 declared, in turn. */
const storesUpTo6 = [
  v1.version1Stores,
  v2.version2Stores,
  v3.version3Stores,
  v4.version4Stores,
  v6.version5Stores,
  v6.version6Stores,
];

/** A database as an earlier app left it: its versions' stores declared in turn, holding rows. */
async function storedBy(versions: Record<string, string>[], rows: Record<string, object[]>): Promise<string> {
  const name = `old-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  versions.forEach((stores, index) => old.version(index + 1).stores(stores));
  await old.transaction('rw', old.tables, async () => {
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
  });
  old.close();
  return name;
}

/** Every row as it now sits in IndexedDB, read without the app's parsing. */
async function storedRows(name: string): Promise<{ version: number; rows: Map<string, unknown[]> }> {
  const raw = new Dexie(name);
  await raw.open();
  const rows = new Map(
    await Promise.all(raw.tables.map(async (table) => [table.name, await table.toArray()] as const)),
  );
  raw.close();
  return { version: raw.verno, rows };
}

/** Each row parses and needs no schema default: the upgrade steps stored every field. */
function expectWhole(rows: Map<string, unknown[]>): void {
  for (const [table, tableRows] of rows) {
    const schema = storedSchemas[table];
    expect(schema, table).toBeDefined();
    for (const row of tableRows) expect(schema?.parse(row), table).toEqual(row);
  }
}

/** Opens the database with today's app and checks every fixture row reads back, none left out. */
async function openWithTodaysApp(name: string, rows: Record<string, object[]>): Promise<TriangulateDb> {
  const db = new TriangulateDb(name);
  for (const [table, tableRows] of Object.entries(rows)) {
    expect(await db.table(table).toArray(), table).toHaveLength(tableRows.length);
  }
  expect(db.unreadableRecords.list()).toEqual([]);
  return db;
}

/** What a push would send: valid mutations, set fields only as adds and removes. */
async function expectPushable(db: TriangulateDb, engagementId: string, count: number): Promise<void> {
  const batch = await takeOutboxBatch(db, engagementId, 100);
  expect(batch).toHaveLength(count);
  for (const mutation of batch) {
    expect(mutationSchema.parse(mutation)).toEqual(mutation);
    const sets = setFields[mutation.recordType];
    expect(Object.keys(mutation.changes).filter((field) => sets.includes(field))).toEqual([]);
  }
}

describe('a database stored by version 1', () => {
  it('opens with today’s app: conflicts and version 3 fields filled, whole lists in the outbox become adds and removes', async () => {
    const name = await storedBy([v1.version1Stores], v1.version1Rows);
    const db = await openWithTodaysApp(name, v1.version1Rows);
    const notes = await listSessionNotes(db, v1.engagementId, v1.sessionId);
    expect(notes.map((note) => note.id)).toEqual([v1.noteIds[0]]);
    expect(await db.note.where('themeIds').equals(v1.themeIds[0]).primaryKeys()).toEqual([v1.noteIds[0]]);
    expect(await db.deviceIdentity.get(v1.engagementId)).toMatchObject({ nextSeq: 6, pullCursor: 8 });
    await expectPushable(db, v1.engagementId, 3);
    db.close();

    const { version, rows } = await storedRows(name);
    expect(version).toBe(8);
    expectWhole(rows);
    expect(rows.get('note')?.[0]).toMatchObject({ conflicts: [], photoIds: [], themeIds: [v1.themeIds[0]] });
    expect(rows.get('session')?.[0]).toMatchObject({
      conflicts: [],
      assignedMemberIds: [],
      attendeeCount: null,
      attendeeNames: '',
    });
    const [sessionEdit, noteCreated, tagged] = rows.get('outbox') ?? [];
    expect(sessionEdit).toMatchObject({
      state: 'taken',
      changes: { location: 'Room 4' },
      setChanges: {
        stakeholderGroups: {
          add: ['front-line staff', 'managers'],
          remove: stakeholderGroups.filter((group) => group !== 'front-line staff' && group !== 'managers'),
        },
      },
    });
    expect(noteCreated).toMatchObject({
      op: 'delete',
      setChanges: {
        themeIds: { add: [], remove: [...v1.themeIds] },
        scopeQuestionIds: { add: [], remove: [v1.scopeQuestionId] },
      },
    });
    expect(tagged).toMatchObject({
      changes: { stance: 'area for consideration' },
      setChanges: { themeIds: { add: [v1.themeIds[0]], remove: [v1.themeIds[1]] } },
    });
  });
});

describe('a database stored by version 2', () => {
  it('opens with today’s app: notes gain photoIds, sessions their peers and attendees; conflicts and council tables kept', async () => {
    const name = await storedBy([v1.version1Stores, v2.version2Stores], v2.version2Rows);
    const db = await openWithTodaysApp(name, v2.version2Rows);
    expect(await listSessionNotes(db, v2.engagementId, v2.sessionId)).toMatchObject([
      { id: v2.noteId, photoIds: [], conflicts: [{ field: 'stance', value: 'neutral' }] },
    ]);
    await expectPushable(db, v2.engagementId, 1);
    db.close();

    const { version, rows } = await storedRows(name);
    expect(version).toBe(8);
    expectWhole(rows);
    expect(rows.get('photo')).toEqual([]);
    expect(rows.get('note')?.[0]).toMatchObject({ photoIds: [] });
    expect(rows.get('session')?.[0]).toMatchObject({ assignedMemberIds: [], attendeeCount: null, attendeeNames: '' });
    // Unchanged but for the push that took it above.
    expect(rows.get('outbox')).toEqual(
      v2.version2Rows.outbox?.map((entry) => ({ ...entry, state: 'taken', resolvedConflicts: [] })),
    );
    expect(rows.get('publishedSnapshot')).toEqual(v2.version2Rows.publishedSnapshot?.map(numberedFirst));
    expect(rows.get('accuracyComment')).toEqual(v2.version2Rows.accuracyComment?.map(openOnWholeFirstSection));
  });
});

describe('a database stored by version 3', () => {
  it('opens with today’s app: every row kept, photos whole, and the typing journal ready', async () => {
    const name = await storedBy([v1.version1Stores, v2.version2Stores, v3.version3Stores], v3.version3Rows);
    const db = await openWithTodaysApp(name, v3.version3Rows);
    const [photo] = await db.photo.toArray();
    expect([...new Uint8Array(photo?.bytes ?? new ArrayBuffer(0))]).toEqual(v3.pngBytes);
    expect(await db.noteDraft.toArray()).toEqual([]);
    // The journal of the new version works on the upgraded database.
    const note = await db.note.get(v3.noteId);
    if (!note) throw new Error('note missing');
    noteDraftJournal(db, note, localStorageStandIn()).write(`${note.text} More after the upgrade.`);
    expect(await replayNoteDrafts(db, localStorageStandIn())).toBe(1);
    expect((await db.note.get(v3.noteId))?.text).toBe(`${note.text} More after the upgrade.`);
    db.close();

    const { version, rows } = await storedRows(name);
    expect(version).toBe(8);
    expectWhole(rows);
    expect(rows.get('noteDraft')).toMatchObject([{ noteId: v3.noteId, saved: true, text: '' }]);
    expect(rows.get('session')).toEqual(v3.version3Rows.session?.map(notCancelled));
    expect(rows.get('publishedSnapshot')).toEqual(v3.version3Rows.publishedSnapshot?.map(numberedFirst));
  });
});

describe('a database stored by version 4', () => {
  it('opens with today’s app: the journal kept and replayed, the evening merge tables empty', async () => {
    const stores = [v1.version1Stores, v2.version2Stores, v3.version3Stores, v4.version4Stores];
    const name = await storedBy(stores, v4.version4Rows);
    const db = await openWithTodaysApp(name, v4.version4Rows);
    expect(await db.finding.toArray()).toEqual([]);
    expect(await db.recommendation.toArray()).toEqual([]);
    expect(await db.stillToCover.toArray()).toEqual([]);
    expect(await replayNoteDrafts(db, localStorageStandIn())).toBe(1);
    expect((await db.note.get(v4.noteId))?.text).toBe(v4.unsavedText);
    db.close();

    const { version, rows } = await storedRows(name);
    expect(version).toBe(8);
    expectWhole(rows);
    expect(rows.get('photo')).toEqual(v4.version4Rows.photo);
  });
});

describe('a database stored by version 6', () => {
  it('opens with today’s app: snapshots numbered per kind in order published, comments open on a whole section, the council cursor back to 0', async () => {
    const name = await storedBy(storesUpTo6, v6.version6Rows);
    // Bare tombstones are not read as records: three snapshots and one session.
    const db = await openWithTodaysApp(name, { ...v6.version6Rows, publishedSnapshot: [{}, {}, {}], session: [{}] });
    expect(await db.outputDraft.toArray()).toEqual([]);
    expect(await db.attributionAcceptance.toArray()).toEqual([]);
    expect((await db.engagement.toArray()).map((engagement) => engagement.rolesToCheck)).toEqual([[]]);
    expect((await db.finding.toArray()).map((finding) => finding.mergedNoteIds)).toEqual([[]]);
    expect(await listSessions(db, v6.engagementId)).toMatchObject([{ id: v6.sessionId, cancelled: false }]);
    expect(await db.deviceIdentity.get(v6.engagementId)).toMatchObject({ role: 'council', pullCursor: 0 });
    db.close();

    const { version, rows } = await storedRows(name);
    expect(version).toBe(8);
    // Tables holding a bare tombstone are checked row by row below.
    expectWhole(new Map([...rows].filter(([table]) => table !== 'publishedSnapshot' && table !== 'session')));
    const numbers = new Map(
      (rows.get('publishedSnapshot') as { id: string; number?: number }[]).map((row) => [row.id, row.number]),
    );
    expect(Object.fromEntries(numbers)).toEqual({
      [v6.firstPresentationId]: 1,
      [v6.secondPresentationId]: 2,
      [v6.letterId]: 1,
      // The withdrawn one stays a bare tombstone.
      [v6.withdrawnId]: undefined,
    });
    expect(rows.get('accuracyComment')).toEqual(v6.version6Rows.accuracyComment?.map(openOnWholeFirstSection));
    // A live session gains `cancelled: false` and is whole; a bare tombstone stays bare.
    expect(storedSchemas.session?.parse(rows.get('session')?.[0])).toEqual(rows.get('session')?.[0]);
    expect(rows.get('session')).toEqual([
      notCancelled(v6.version6Rows.session?.[0] ?? {}),
      v6.version6Rows.session?.[1],
    ]);
  });

  it('keeps a team member’s cursor: the team’s counter did not change', async () => {
    const name = await storedBy(storesUpTo6, { deviceIdentity: [v6.peerIdentity] });
    const db = await openWithTodaysApp(name, { deviceIdentity: [v6.peerIdentity] });
    expect(await db.deviceIdentity.toArray()).toMatchObject([{ role: 'peer', pullCursor: 95 }]);
    db.close();
  });
});

/** A session stored before it could be kept as cancelled, as the upgrade leaves it: not cancelled. */
const notCancelled = (row: object) => ({ ...row, cancelled: false });
/** A snapshot stored before numbering, as the upgrade leaves it: the first of its kind. */
const numberedFirst = (row: object) => ({ ...row, number: 1 });
/** A comment stored before it pointed anywhere: open, on the whole first section, unanswered. */
const openOnWholeFirstSection = (row: object) => ({
  ...row,
  sectionIndex: 0,
  blockIndex: null,
  status: 'open',
  answer: '',
});

/** An empty Storage (this test runs in node): the journal's localStorage half. */
function localStorageStandIn(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

describe('a database stored by version 7', () => {
  it('opens with today’s app: every note kept, and found by its themes', async () => {
    const name = await storedBy([...storesUpTo6, v7.version7Stores], v7.version7Rows);
    const db = await openWithTodaysApp(name, v7.version7Rows);
    expect(await db.note.where('themeIds').equals(v2.themeId).primaryKeys()).toEqual([v7.noteId]);
    expect(await db.note.where('themeIds').equals(crypto.randomUUID()).count()).toBe(0);
    db.close();

    const { version, rows } = await storedRows(name);
    expect(version).toBe(8);
    expect(rows.get('note')).toEqual(v7.version7Rows.note);
  });
});
