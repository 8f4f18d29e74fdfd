// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppServicesContext } from '../../src/client/services/appServices';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import { joinCodeFrom, shouldInstallBeforeJoining } from '../../src/client/features/join/homeScreen';
import { JoinPage } from '../../src/client/features/join/JoinPage';
import { TriangulateDb } from '../../src/client/store/db';
import { createApiClient } from '../../src/client/sync/apiClient';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const iPhone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const iPadDesktop =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const android =
  'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

describe('install before joining', () => {
  it('applies to iPhones and iPads (also iPadOS posing as a Mac), not once installed, not elsewhere', () => {
    expect(shouldInstallBeforeJoining({ userAgent: iPhone, maxTouchPoints: 5, standalone: false })).toBe(true);
    expect(shouldInstallBeforeJoining({ userAgent: iPadDesktop, maxTouchPoints: 5, standalone: false })).toBe(true);
    expect(shouldInstallBeforeJoining({ userAgent: iPadDesktop, maxTouchPoints: 0, standalone: false })).toBe(false);
    expect(shouldInstallBeforeJoining({ userAgent: iPhone, maxTouchPoints: 5, standalone: true })).toBe(false);
    expect(shouldInstallBeforeJoining({ userAgent: android, maxTouchPoints: 5, standalone: false })).toBe(false);
  });

  it('finds the code in a pasted link or a bare code', () => {
    expect(joinCodeFrom(' https://triangulate.example/join/AbCdEf12_-xyz ')).toBe('AbCdEf12_-xyz');
    expect(joinCodeFrom('AbCdEf12_-xyz')).toBe('AbCdEf12_-xyz');
    expect(joinCodeFrom('https://triangulate.example/')).toBeNull();
  });

  it('explains the Home Screen first on an iPad and spends the invite only when asked', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(iPadDesktop);
    Object.defineProperty(navigator, 'maxTouchPoints', { value: 5, configurable: true });
    const api = createApiClient('http://127.0.0.1:1');
    const join = vi.spyOn(api, 'join').mockRejectedValue(new Error('offline'));
    render(
      <AppServicesContext.Provider
        value={{
          db: new TriangulateDb(`join-${crypto.randomUUID()}`),
          api,
          teamApi: createTeamApiClient('http://127.0.0.1:1'),
          pendingSaves: new PendingSaves(),
        }}
      >
        <QueryClientProvider client={new QueryClient()}>
          <MemoryRouter initialEntries={['/join/AbCdEf12345']}>
            <Routes>
              <Route path="/join/:code" element={<JoinPage />} />
            </Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </AppServicesContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Add Triangulate to your Home Screen first' })).toBeTruthy();
    expect(screen.getByText(/Safari can delete what a website stores/)).toBeTruthy();
    expect(screen.getByText(/keeps its own storage, separate from Safari/)).toBeTruthy();
    expect(join).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Join in this browser anyway' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Joining the engagement' })).toBeTruthy();
    // The device first checks it has not joined with this link already.
    await waitFor(() => expect(join).toHaveBeenCalledWith('AbCdEf12345'));
  });
});
