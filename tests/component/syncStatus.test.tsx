// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncStatus } from '../../src/client/app/SyncStatus';
import { createNote, updateNote } from '../../src/client/store/noteRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { SyncError } from '../../src/client/sync/syncError';
import type { SyncState } from '../../src/client/sync/syncState';
import { engagementId, joinedDb, memberId, session } from '../unit/storeFixtures';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** A sync engine's state that the test sets, as the status bar reads it. */
function engineIn(state: SyncState) {
  const listeners = new Set<() => void>();
  let current = state;
  return {
    getState: () => current,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    syncNow: async () => undefined,
    set(change: Partial<SyncState>) {
      current = { ...current, ...change };
      for (const listener of listeners) listener();
    },
  };
}

/**
 * The shape drawn beside the words. The icon is hidden from screen readers (the words say
 * it all), so it is read from the status bar it sits in.
 */
function iconBeside(status: HTMLElement): string {
  const shape = status.parentElement?.querySelector('svg.sync-status__icon path')?.getAttribute('d');
  if (!shape) throw new Error('no sync status icon');
  return shape;
}

const now = () => new Date('2026-12-01T15:00:00Z');
const saved: SyncState = {
  online: true,
  syncing: false,
  waitingCount: 0,
  lastError: null,
  lastSyncedAt: '2026-12-01T11:02:00Z',
};

describe('the sync status', () => {
  it('says offline with the changes waiting and when the server was last reached, and looks unlike "all saved"', () => {
    const engine = engineIn(saved);
    render(<SyncStatus engine={engine} now={now} />);
    const status = screen.getByRole('status', { name: 'Sync status' });
    expect(status).toHaveTextContent(/^All saved on the server$/);
    const savedLook = status.parentElement?.className;
    const savedIcon = iconBeside(status);

    act(() => engine.set({ online: false, waitingCount: 3 }));
    expect(status).toHaveTextContent(/^Offline · 3 changes waiting · last reached the server at 11:02$/);
    expect(status.parentElement?.className).toContain('sync-status--offline');
    expect(status.parentElement?.className).not.toBe(savedLook);
    // Not colour alone: another shape too.
    expect(iconBeside(status)).not.toBe(savedIcon);
  });

  it('draws each state in a shape of its own', () => {
    const engine = engineIn(saved);
    render(<SyncStatus engine={engine} now={now} />);
    const status = screen.getByRole('status', { name: 'Sync status' });
    const shapes = new Set([iconBeside(status)]);
    act(() => engine.set({ online: false }));
    shapes.add(iconBeside(status));
    act(() => engine.set({ online: true, waitingCount: 2 }));
    shapes.add(iconBeside(status));
    act(() => engine.set({ lastError: new SyncError('server_error', 'busy') }));
    shapes.add(iconBeside(status));
    expect(shapes.size).toBe(4);
  });

  it('gives the day when the server was last reached on another day', () => {
    render(
      <SyncStatus engine={engineIn({ ...saved, online: false, lastSyncedAt: '2026-11-30T17:45:00Z' })} now={now} />,
    );
    expect(screen.getByRole('status', { name: 'Sync status' })).toHaveTextContent(
      /^Offline · last reached the server on Mon 30 Nov, 17:45$/,
    );
  });

  it('says a problem in its own look, and keeps "Sync now" at hand', () => {
    render(<SyncStatus engine={engineIn({ ...saved, lastError: new SyncError('server_error', 'busy') })} now={now} />);
    const status = screen.getByRole('status', { name: 'Sync status' });
    expect(status.parentElement?.className).toContain('sync-status--problem');
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  });
});

describe('a device the server no longer knows (a restore from before it joined, or revoked)', () => {
  it('is told to ask for a new link, with its unsynced work still counted as waiting', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    await updateNote(db, note, { text: 'Heard in the focus group' });
    await createNote(db, session, memberId);
    // What the server answers a token it does not know (bearerAuth.ts).
    const refusing = createApiClient('http://127.0.0.1:1', async () =>
      Response.json(
        {
          error: {
            code: 'unauthorized',
            message: 'This device is not signed in any more; join again with a new link.',
          },
        },
        { status: 401 },
      ),
    );
    const engine = new SyncEngine(db, refusing, engagementId);
    render(<SyncStatus engine={engine} now={now} />);

    await act(() => engine.syncNow());
    const status = screen.getByRole('status', { name: 'Sync status' });
    expect(status).toHaveTextContent(
      /^This device is no longer signed in: ask your challenge manager for a new link · 2 changes waiting$/,
    );
    expect(status.parentElement?.className).toContain('sync-status--problem');
  });
});

describe('when the device last reached the server', () => {
  it('is remembered across a restart, so a tablet opened offline can say it', async () => {
    const db = await joinedDb();
    const api = createApiClient('http://127.0.0.1:1');
    api.push = async () => ({ protocolVersion: 1, schemaVersion: 1, results: [] });
    api.pull = async () => ({ protocolVersion: 1, schemaVersion: 1, changes: [], cursor: 0, hasMore: false });
    const reachedAt = Date.parse('2026-12-01T11:02:00Z');
    const clock = { now: () => reachedAt, after: () => () => undefined };
    await new SyncEngine(db, api, engagementId, { clock }).syncNow();

    const afterRestart = new SyncEngine(db, createApiClient('http://127.0.0.1:1'), engagementId, { clock });
    expect(afterRestart.getState().lastSyncedAt).toBe('2026-12-01T11:02:00.000Z');
  });
});
