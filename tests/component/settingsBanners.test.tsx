// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageBannerProvider } from '../../src/client/app/StorageBanner';
import { useReportStoreError } from '../../src/client/app/storeErrorReporter';
import { VersionChangeBanner } from '../../src/client/app/VersionChangeBanner';
import { StoreError } from '../../src/client/store/storeError';
import { engagementId, joinedDb } from '../unit/storeFixtures';
import { renderInEngagement } from './settingsSupport';

afterEach(cleanup);

const full = new StoreError('storage_full', 'This device is out of storage');

function FailingEditor({ error }: { error: StoreError | null }) {
  useReportStoreError(error);
  return <textarea aria-label="Note text" defaultValue="typed before the disk filled" />;
}

describe('app banners', () => {
  it('says the device is full while a save fails for lack of space, with a backup to download', async () => {
    const db = await joinedDb();
    const identity = await db.deviceIdentity.get(engagementId);
    if (!identity) throw new Error('not joined');
    const path = `/engagements/${engagementId}/sessions/x`;
    renderInEngagement(db, identity, <StorageBannerProvider><FailingEditor error={full} /></StorageBannerProvider>, path);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toMatch(/^This device is full\./);
    expect(screen.getByRole('button', { name: 'Download backup' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Note text' })).toHaveProperty('value', 'typed before the disk filled');
  });

  it('shows nothing for other failures', async () => {
    const db = await joinedDb();
    const identity = await db.deviceIdentity.get(engagementId);
    if (!identity) throw new Error('not joined');
    const other = new StoreError('invalid_record', 'bad');
    renderInEngagement(db, identity, <StorageBannerProvider><FailingEditor error={other} /></StorageBannerProvider>);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves, closes the database and asks to reload when another tab opens a newer version', async () => {
    const db = await joinedDb();
    const identity = await db.deviceIdentity.get(engagementId);
    if (!identity) throw new Error('not joined');
    const { pendingSaves } = renderInEngagement(db, identity, <VersionChangeBanner />);
    // The saves must run while the database is still open: Dexie's own handler would close it first.
    const openWhenSaving: boolean[] = [];
    const flush = vi.fn(() => {
      openWhenSaving.push(db.isOpen());
      return Promise.resolve();
    });
    pendingSaves.register(flush);
    await db.open();
    const upgrade = indexedDB.open(db.name, db.verno * 10 + 1);
    const upgraded = new Promise((resolve, reject) => {
      upgrade.onsuccess = () => resolve(upgrade.result);
      upgrade.onerror = () => reject(upgrade.error);
    });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toMatch(/^A newer version of Triangulate opened in another tab — your notes are saved\. Reload to continue\./);
    expect(flush).toHaveBeenCalled();
    expect(openWhenSaving).toEqual([true]);
    expect(db.isOpen()).toBe(false);
    await upgraded; // the other tab's upgrade was not left waiting
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
