// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../src/client/store/backupError';
import { exportBackup } from '../../src/client/store/backupExport';
import { importBackup } from '../../src/client/store/backupImport';
import { readZip, writeZip } from '../../src/client/store/backupZip';
import { createNote, updateNote } from '../../src/client/store/noteRepository';
import { engagementId, joinedDb, memberId, session } from '../unit/storeFixtures';
import { giveJsdomBlobsArrayBuffer } from './backupTestSupport';

giveJsdomBlobsArrayBuffer();

const themeId = '7e7e7e7e-7e7e-4e7e-8e7e-7e7e7e7e7e7e';
const photoId = '6f6f6f6f-6f6f-4f6f-8f6f-6f6f6f6f6f6f';

async function deviceWithNotes() {
  const db = await joinedDb();
  const note = await createNote(db, session, memberId);
  await updateNote(db, note, { text: 'Carers said waits are long', themeIds: [themeId] });
  const other = await createNote(db, session, memberId);
  await updateNote(db, other, { text: 'Panel minutes show delays' });
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).buffer;
  await db.photo.add({
    id: photoId,
    engagementId,
    noteId: note.id,
    bytes,
    contentType: 'image/png',
    uploaded: 0,
    storedAt: note.createdAt,
  });
  return db;
}

async function problem(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BackupError)) throw new Error(`expected a BackupError, got ${String(error)}`);
  return error;
}

describe('backup export and import', () => {
  it('carries notes and their unsynced edits to another device, once', async () => {
    const source = await deviceWithNotes();
    const { blob, fileName } = await exportBackup(source, engagementId, 'test');
    expect(fileName).toMatch(/^triangulate-backup-engagement-\d{4}-\d{2}-\d{2}\.zip$/);

    const target = await joinedDb();
    const first = await importBackup(target, engagementId, blob);
    expect(first).toMatchObject({ editsQueued: 2, photosAdded: 1 });
    const photo = await target.photo.get(photoId);
    expect(photo && [...new Uint8Array(photo.bytes)]).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const notes = await target.note.toArray();
    expect(notes.map((note) => note.text).sort()).toEqual(['Carers said waits are long', 'Panel minutes show delays']);
    expect(notes.find((note) => note.text.startsWith('Carers'))?.themeIds).toEqual([themeId]);
    const outbox = await target.outbox.toArray();
    expect(outbox).toHaveLength(2);
    expect(outbox.every((entry) => entry.baseRevs.text === 0)).toBe(true);

    const again = await importBackup(target, engagementId, blob);
    expect(again).toMatchObject({ recordsUpdated: 0, editsQueued: 0, photosAdded: 0 });
    expect(await target.outbox.toArray()).toEqual(outbox);
    expect((await target.deviceIdentity.get(engagementId))?.nextSeq).toBe(3);
  });

  it('refuses a file that is not a zip, and writes nothing', async () => {
    const target = await joinedDb();
    const error = await problem(importBackup(target, engagementId, new Blob(['not a zip at all'])));
    expect(error.code).toBe('not_a_zip');
    expect(await target.note.count()).toBe(0);
  });

  it('refuses a backup whose start is damaged, whatever lies after it, and writes nothing', async () => {
    const { blob } = await exportBackup(await deviceWithNotes(), engagementId, 'test');
    const damaged = new Uint8Array(await blob.arrayBuffer());
    damaged.fill(0x20, 0, 30);
    const target = await joinedDb();
    const error = await problem(importBackup(target, engagementId, new Blob([damaged])));
    expect(error.code).toBe('not_a_zip');
    expect(await target.note.count()).toBe(0);
  });

  it("refuses another engagement's backup by name, and writes nothing", async () => {
    const source = await deviceWithNotes();
    const { blob } = await exportBackup(source, engagementId, 'test');
    const target = await joinedDb();
    const error = await problem(importBackup(target, '99999999-9999-4999-8999-999999999999', blob));
    expect(error.code).toBe('other_engagement');
    expect(await target.note.count()).toBe(0);
  });
});

describe('a backup holding a record erased to its bare tombstone', () => {
  it('erases this device’s older copy on import, and nothing else', async () => {
    const source = await deviceWithNotes();
    const { blob } = await exportBackup(source, engagementId, 'test');
    const { texts } = await readZip(blob);
    const notes = JSON.parse(texts.get('records/note.json') ?? '[]') as { id: string }[];
    const [erased, kept] = notes;
    if (!erased || !kept) throw new Error('two notes expected');
    const withTombstone = async function* () {
      for (const [path, text] of texts) {
        if (path === 'records/note.json')
          yield { path, text: JSON.stringify([{ id: erased.id, rev: 9, deleted: true }]) };
        else if (path !== 'outbox.json' && path !== 'photos.json') yield { path, text };
      }
    };
    const file = await writeZip(withTombstone());

    const target = await joinedDb();
    await target.note.bulkPut(
      (await source.note.toArray()).map((note) => ({ ...note, rev: note.id === erased.id ? 3 : 12 })),
    );
    const summary = await importBackup(target, engagementId, file);
    expect(summary.recordsUpdated).toBe(1);
    expect(await target.note.get(erased.id)).toBeUndefined();
    expect((await target.note.toArray()).map((note) => note.id)).toEqual([kept.id]);
    expect(target.unreadableRecords.count).toBe(0);
  });
});
