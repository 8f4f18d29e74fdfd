import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createNote, updateNote } from '../../src/client/store/noteRepository';
import { addNotePhoto } from '../../src/client/store/photoRepository';
import { saveEdit } from '../../src/client/store/saveEdit';
import type { Note } from '../../src/domain/records/note';
import type { Theme } from '../../src/domain/records/theme';
import { markRestored } from '../../src/server/admin/markRestored';
import { png } from './support/images';
import { startRestorableServer, type DrillDevice, type RestorableServer } from './support/restorableServer';

let server: RestorableServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** What the officer types on the refused tablet in a note the server had before the restore. */
const tabletEdit = 'read on a tablet, edited while it was refused';

async function sync(device: DrillDevice): Promise<void> {
  await device.engine.syncNow();
  const { lastError } = device.engine.getState();
  if (lastError) throw lastError;
}

async function note(device: DrillDevice, text: string): Promise<Note> {
  const session = await device.db.session.toCollection().first();
  if (!session) throw new Error('no session on the device');
  const created = await createNote(device.db, session, device.memberId);
  return updateNote(device.db, created, { text });
}

async function liveNotes(device: DrillDevice): Promise<Record<string, string>> {
  const notes = await device.db.note.toArray();
  return Object.fromEntries(notes.filter((held) => !held.deleted).map((held) => [held.id, held.text]));
}

async function serverNotes(s: RestorableServer): Promise<Note[]> {
  const rows = await s.storage().read((tx) => tx.listRecords(s.demo.engagementId, 'note'));
  return rows.map((row) => row.data as Note);
}

/**
 * The drill: back up; sync more from several devices (one a tablet that joined after the
 * backup, one that only pulled); restore; sync. The tablet the restored server never met
 * is refused, keeps what it typed before and while refused, and sends it once it joins
 * again. Nothing any device held is lost, nothing is duplicated, and every device ends
 * with the server's copy.
 */
async function drill(operatorMarksRestore: boolean): Promise<void> {
  server = await startRestorableServer();
  const s = server;
  const code = (index: number) => s.demo.links[index]?.url.split('/join/')[1] ?? '';
  const manager = await s.join(code(0));
  const lead = await s.join(code(1));
  const officer = await s.join(code(2));
  // The manager's second tablet: after the backup it only pulls.
  const managerTablet = await s.join(await s.inviteCode(manager.memberId));
  for (const device of [manager, lead, officer, managerTablet]) await sync(device);

  const beforeBackup = await note(lead, 'heard before the backup');
  for (const device of [lead, manager, officer, managerTablet]) await sync(device);
  await s.backUp();

  // After the backup: new notes, an edit, a photo, a renamed theme, a tablet that joins.
  const afterBackup = await note(lead, 'heard after the backup');
  await updateNote(lead.db, beforeBackup, { text: 'edited after the backup' });
  const photo = await addNotePhoto(lead.db, afterBackup.id, { bytes: png().slice().buffer, contentType: 'image/png' });
  await note(officer, 'seen after the backup');
  const theme = (await manager.db.theme.toCollection().first()) as Theme;
  await saveEdit(manager.db, {
    engagementId: theme.engagementId,
    recordType: 'theme',
    recordId: theme.id,
    op: 'upsert',
    changes: { name: 'Renamed after the backup' },
  });
  const officerTablet = await s.join(await s.inviteCode(officer.memberId));
  await sync(officerTablet);
  const readOnTablet = await note(officerTablet, 'read on a tablet that joined after the backup');
  for (const device of [lead, officer, manager, officerTablet, lead, officer, manager, managerTablet]) {
    await sync(device);
  }
  // Typed on that tablet as the server went down: never synced, held by no other device.
  const neverSynced = await note(officerTablet, 'typed on the tablet, never synced');

  await s.restore();
  if (operatorMarksRestore) await markRestored(s.storage(), new Date());

  // Work typed offline while the server was being restored.
  await note(lead, 'typed while the server was restored');
  // The tablet that only pulled syncs first, pushing enough that the engagement's counter
  // passes every other device's cursor: counters alone would no longer show the restore.
  for (let index = 0; index < 12; index += 1) await note(managerTablet, `after the restore ${index}`);
  await managerTablet.engine.syncNow();
  for (const device of [lead, officer, manager, managerTablet]) await sync(device);

  // The tablet the restored database never met is asked to join again, keeping its work:
  // what it typed before it was refused, and what its officer types while it is.
  await officerTablet.engine.syncNow();
  expect(officerTablet.engine.getState().lastError?.code).toBe('unauthorized');
  const typedWhileRefused = await note(officerTablet, 'typed on the tablet while it was refused');
  await updateNote(officerTablet.db, neverSynced, { text: 'typed on the tablet, edited while it was refused' });
  await updateNote(officerTablet.db, readOnTablet, { text: tabletEdit });
  await officerTablet.engine.syncNow();
  expect(officerTablet.engine.getState().lastError?.code).toBe('unauthorized');
  const waiting = new Set((await officerTablet.db.outbox.toArray()).map((entry) => entry.recordId));
  for (const kept of [neverSynced, typedWhileRefused, readOnTablet]) expect(waiting).toContain(kept.id);
  const rejoined = await s.join(await s.inviteCode(officer.memberId), officerTablet.db);
  for (let round = 0; round < 2; round += 1) {
    for (const device of [rejoined, lead, officer, manager, managerTablet]) await sync(device);
  }

  const held = await serverNotes(s);
  // The officer's other device re-sent its older copy of the note the tablet edited while
  // refused, first: the edit is kept, as the text or once as a conflict (merge rules).
  const readOnServer = held.find((kept) => kept.id === readOnTablet.id);
  const readWords = [readOnServer?.text, ...(readOnServer?.conflicts.map((conflict) => conflict.value) ?? [])];
  expect(readWords.filter((words) => words === tabletEdit)).toHaveLength(1);
  const texts = held.filter((kept) => !kept.deleted && kept.id !== readOnTablet.id).map((kept) => kept.text);
  expect(texts.sort()).toEqual(
    [
      'edited after the backup',
      'heard after the backup',
      'seen after the backup',
      'typed on the tablet, edited while it was refused',
      'typed on the tablet while it was refused',
      'typed while the server was restored',
      ...Array.from({ length: 12 }, (_, index) => `after the restore ${index}`),
    ].sort(),
  );
  expect(held.every((kept) => kept.id === readOnTablet.id || kept.conflicts.length === 0)).toBe(true);
  const serverPhoto = await s.storage().read((tx) => tx.getPhoto(s.demo.engagementId, photo.id));
  expect(serverPhoto?.bytes.length).toBe(png().length);

  // The renamed theme: the name, or (written from the seed's history) kept once as a conflict.
  const storedTheme = await s.storage().read((tx) => tx.getRecord(s.demo.engagementId, 'theme', theme.id));
  const themeNow = storedTheme?.data as Theme;
  const renamed = [themeNow.name, ...themeNow.conflicts.map((conflict) => conflict.value)];
  expect(renamed.filter((value) => value === 'Renamed after the backup')).toHaveLength(1);

  const expected = Object.fromEntries(held.filter((kept) => !kept.deleted).map((kept) => [kept.id, kept.text]));
  for (const device of [rejoined, lead, officer, manager, managerTablet]) {
    expect(await liveNotes(device)).toEqual(expected);
    expect(await device.db.outbox.count()).toBe(0);
    expect(await device.db.refusedEdit.count()).toBe(0);
  }
}

describe('restoring the server from a backup loses nothing any device held', () => {
  it('when the operator marks the restore (admin restored)', async () => {
    await drill(true);
  });

  it('when nobody marks it: the devices show the server it went back in time', async () => {
    await drill(false);
  });
});
