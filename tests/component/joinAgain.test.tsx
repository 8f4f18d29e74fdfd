// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppServicesContext } from '../../src/client/services/appServices';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import { JoinPage } from '../../src/client/features/join/JoinPage';
import { TriangulateDb } from '../../src/client/store/db';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncError } from '../../src/client/sync/syncError';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';
import { engagementId, memberId } from '../unit/storeFixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const code = 'AbCdEf12345_-xyz';
/** What the server says of a used, unknown or expired code. */
const refusedCode = () =>
  new SyncError('rejected', 'This join link is not valid: it may have been used already or have expired.', 'code');

/** Opens a join link on a device (its database and API client), routed as the app routes it. */
function openLink(db: TriangulateDb, api: ReturnType<typeof createApiClient>, path: string) {
  return render(
    <AppServicesContext.Provider
      value={{ db, api, teamApi: createTeamApiClient('http://127.0.0.1:1'), pendingSaves: new PendingSaves() }}
    >
      <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/join/:code" element={<JoinPage />} />
            <Route path="/engagements/:engagementId" element={<h1>The engagement</h1>} />
            <Route path="/" element={<h1>Start</h1>} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </AppServicesContext.Provider>,
  );
}

describe('opening a join link', () => {
  it('a second time on the device that joined with it goes straight in, without asking the server', async () => {
    const db = new TriangulateDb(`join-${crypto.randomUUID()}`);
    const api = createApiClient('http://127.0.0.1:1');
    const join = vi.spyOn(api, 'join').mockResolvedValueOnce({
      deviceToken: 'token-token-token-token-token',
      deviceId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
      engagementId,
      memberId,
      role: 'peer',
      displayName: 'Priya Shah',
    });
    openLink(db, api, `/join/${code}`);
    expect(await screen.findByRole('heading', { name: 'The engagement' })).toBeInTheDocument();
    cleanup();

    // The server refuses a spent code: the device must not need it to.
    join.mockRejectedValue(refusedCode());
    openLink(db, api, `/join/${code}`);
    expect(await screen.findByRole('heading', { name: 'The engagement' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(join).toHaveBeenCalledTimes(1);
  });

  it('with a code cut short says so in plain words, without asking the server', async () => {
    const db = new TriangulateDb(`join-${crypto.randomUUID()}`);
    const api = createApiClient('http://127.0.0.1:1');
    const join = vi
      .spyOn(api, 'join')
      .mockRejectedValue(new SyncError('rejected', 'Too small: expected string to have >=8 characters', 'code'));
    openLink(db, api, '/join/AbC');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/This join link is not complete: part of it may be missing/);
    expect(alert).not.toHaveTextContent(/expected|string|characters/);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the engagements on this device' })).toHaveAttribute('href', '/');
    expect(join).not.toHaveBeenCalled();
  });

  it('with a code the server does not know says what to do, and offers no pointless retry', async () => {
    const db = new TriangulateDb(`join-${crypto.randomUUID()}`);
    const api = createApiClient('http://127.0.0.1:1');
    vi.spyOn(api, 'join').mockRejectedValue(refusedCode());
    openLink(db, api, `/join/${code}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This join link does not work any more: it may have been used on another device or have expired. Ask your challenge manager for a new link.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('with no connection offers to try again', async () => {
    const db = new TriangulateDb(`join-${crypto.randomUUID()}`);
    const api = createApiClient('http://127.0.0.1:1');
    vi.spyOn(api, 'join').mockRejectedValue(new SyncError('offline', 'No connection to the server'));
    openLink(db, api, `/join/${code}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^No connection: open this link again/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
