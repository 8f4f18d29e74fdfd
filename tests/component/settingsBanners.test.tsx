// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageBannerProvider } from '../../src/client/app/StorageBanner';
import { useReportStoreError, useStoreSaved } from '../../src/client/services/storeErrorReporter';
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

/** A "New note" refused for lack of space: nothing to write later, so room again clears it. */
function RefusedAction() {
  const [error, setError] = useState<StoreError | null>(full);
  useReportStoreError(error, () => setError(null));
  return error ? <p>{error.message}</p> : null;
}

/** An editor whose text is waiting: room again makes it try once more. */
function WaitingEditor({ retry }: { retry: () => void }) {
  useReportStoreError(full, retry);
  return null;
}

/** A save elsewhere in the app that reaches IndexedDB. */
function SuccessfulSave() {
  const saved = useStoreSaved();
  return (
    <button type="button" onClick={saved}>
      Save elsewhere
    </button>
  );
}

describe('app banners', () => {
  it('when a save succeeds again, a refused action stops showing the banner and waiting editors try again', async () => {
    const db = await joinedDb();
    const identity = await db.deviceIdentity.get(engagementId);
    if (!identity) throw new Error('not joined');
    const retry = vi.fn();
    renderInEngagement(
      db,
      identity,
      <StorageBannerProvider>
        <RefusedAction />
        <WaitingEditor retry={retry} />
        <SuccessfulSave />
      </StorageBannerProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This device is full\./);
    expect(screen.getByText('This device is out of storage')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'Save elsewhere' }).click());
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('This device is out of storage')).toBeNull();
    // The editor has not saved yet, so the banner stays until it does.
    expect(screen.getByRole('alert').textContent).toMatch(/^This device is full\./);
  });

  it('says the device is full while a save fails for lack of space, with a backup to download', async () => {
    const db = await joinedDb();
    const identity = await db.deviceIdentity.get(engagementId);
    if (!identity) throw new Error('not joined');
    const path = `/engagements/${engagementId}/sessions/x`;
    renderInEngagement(
      db,
      identity,
      <StorageBannerProvider>
        <FailingEditor error={full} />
      </StorageBannerProvider>,
      path,
    );
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
    renderInEngagement(
      db,
      identity,
      <StorageBannerProvider>
        <FailingEditor error={other} />
      </StorageBannerProvider>,
    );
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
    expect(banner.textContent).toMatch(
      /^A newer version of Triangulate opened in another tab — your notes are saved\. Reload to continue\./,
    );
    expect(flush).toHaveBeenCalled();
    expect(openWhenSaving).toEqual([true]);
    expect(db.isOpen()).toBe(false);
    await upgraded; // the other tab's upgrade was not left waiting
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
