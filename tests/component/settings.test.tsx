// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsPage } from '../../src/client/features/settings/SettingsPage';
import { exportBackup } from '../../src/client/store/backupExport';
import { createNote, updateNote } from '../../src/client/store/noteRepository';
import { engagementId, joinedDb, memberId, session } from '../unit/storeFixtures';
import { giveJsdomBlobsArrayBuffer } from './backupTestSupport';
import { fakeStorage, renderInEngagement } from './settingsSupport';

giveJsdomBlobsArrayBuffer();
afterEach(cleanup);

async function openSettings(persisted: boolean | null) {
  const db = await joinedDb();
  await db.deviceIdentity.update(engagementId, { storagePersisted: persisted });
  const identity = await db.deviceIdentity.get(engagementId);
  if (!identity) throw new Error('not joined');
  renderInEngagement(db, identity, <SettingsPage />);
  return db;
}

describe('Settings', () => {
  it('shows storage used and available, and that persistent storage was not granted, with a way to ask again', async () => {
    const storage = fakeStorage({ usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024, persist: true });
    const db = await openSettings(false);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(screen.getByText(/Persistent storage is not granted/)).toBeTruthy();
    expect(await screen.findByText('3 MB')).toBeTruthy();
    expect(screen.getByText('2 GB')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ask again' }));
    expect(storage.persist).toHaveBeenCalledOnce();
    await waitFor(async () => expect((await db.deviceIdentity.get(engagementId))?.storagePersisted).toBe(true));
    expect(screen.getByRole('button', { name: 'Download backup' })).toBeTruthy();
    expect(screen.getByText(/^App version: /)).toBeTruthy();
  });

  it('says what a broken file is and imports nothing', async () => {
    fakeStorage({ usage: 1, quota: 2, persist: false });
    const db = await openSettings(true);
    expect(screen.queryByRole('button', { name: 'Ask again' })).toBeNull();
    await userEvent
      .setup()
      .upload(screen.getByLabelText('Import backup'), new File(['hello'], 'notes.zip', { type: 'application/zip' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Nothing was imported\. This file is not a Triangulate backup: it is not a zip file/,
    );
    expect(await db.note.count()).toBe(0);
  });

  it("refuses another engagement's backup by name", async () => {
    fakeStorage({ usage: 1, quota: 2, persist: false });
    const other = await joinedDb();
    const otherEngagement = '99999999-9999-4999-8999-999999999999';
    const identity = await other.deviceIdentity.get(engagementId);
    if (!identity) throw new Error('not joined');
    await other.deviceIdentity.put({ ...identity, engagementId: otherEngagement });
    const { blob } = await exportBackup(other, otherEngagement, 'test');
    const db = await openSettings(true);
    await userEvent
      .setup()
      .upload(screen.getByLabelText('Import backup'), new File([blob], 'other.zip', { type: 'application/zip' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/This backup is of another engagement/);
    expect(await db.note.count()).toBe(0);
  });

  it('imports a backup and says so; the second time there is nothing new', async () => {
    fakeStorage({ usage: 1, quota: 2, persist: false });
    const source = await joinedDb();
    const note = await createNote(source, session, memberId);
    await updateNote(source, note, { text: 'Carers said waits are long' });
    const { blob } = await exportBackup(source, engagementId, 'test');
    const db = await openSettings(true);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Import backup'), new File([blob], 'b.zip', { type: 'application/zip' }));
    expect((await screen.findByText(/^Backup imported: 1 records updated, 1 edits to sync/)).getAttribute('role')).toBe(
      'status',
    );
    expect((await db.note.get(note.id))?.text).toBe('Carers said waits are long');
    await user.upload(screen.getByLabelText('Import backup'), new File([blob], 'b.zip', { type: 'application/zip' }));
    expect(await screen.findByText('Backup imported: this device already had everything in it.')).toBeTruthy();
    expect(await db.outbox.count()).toBe(1);
  });
});
