// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppServicesContext, type AppServices } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import { TeamPage } from '../../src/client/features/team/TeamPage';
import { getDeviceIdentity } from '../../src/client/store/deviceIdentityRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';
import { startInProcessServer, type InProcessServer } from '../support/inProcessServer';

// Two cores shared with other runs: the in-process server and IndexedDB need more than 1 s.
configure({ asyncUtilTimeout: 10_000 });

let server: InProcessServer;

beforeEach(async () => {
  server = await startInProcessServer();
});

afterEach(async () => {
  cleanup();
  await server.close();
});

/**
 * A tablet of the demo team (link 0 is the manager's, 1 a peer's): real store and sync
 * engine, talking to the real server app in process.
 */
async function renderAsManager(linkIndex = 0, beforeRender: (services: AppServices) => void = () => undefined) {
  const { db, engine: syncEngine, joined } = await server.device(linkIndex);
  await syncEngine.syncNow();
  const identity = await getDeviceIdentity(db, joined.engagementId);
  if (!identity) throw new Error('not joined');
  const services: AppServices = {
    db,
    api: createApiClient('http://localhost', server.serverFetch),
    teamApi: createTeamApiClient('http://localhost', server.serverFetch),
    pendingSaves: new PendingSaves(),
  };
  const queryClient = new QueryClient();
  beforeRender(services);
  render(
    <AppServicesContext.Provider value={services}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter>
          <EngagementContext.Provider value={{ identity, syncEngine }}>
            <TeamPage />
          </EngagementContext.Provider>
        </MemoryRouter>
      </QueryClientProvider>
    </AppServicesContext.Provider>,
  );
  return { db, queryClient };
}

describe('TeamPage', () => {
  it('adds a member, makes a join link that syncs the member first, and revokes it', async () => {
    await renderAsManager();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Amira Patel');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Position' }), 'lived-experience peer');
    await user.click(screen.getByRole('button', { name: 'Add' }));

    const row = await screen.findByRole('row', { name: /Amira Patel/ });
    expect(within(row).getByRole('cell', { name: 'lived-experience peer' })).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /Create join link/ }));

    const panel = await screen.findByRole('region', { name: 'Join link for Amira Patel' });
    expect(within(panel).getByText(/Join link for Amira Patel \(works once, until /)).toBeInTheDocument();
    const url = within(panel).getByText(/^http:\/\/localhost\/join\/[\w-]{8,}$/).textContent ?? '';
    // Text, not a link: a tap here would join the manager's own tablet as Amira, spending the code.
    expect(within(panel).queryByRole('link', { name: /\/join\// })).not.toBeInTheDocument();
    // The same link as a large QR code, drawn by a library loaded only now.
    const qr = await within(panel).findByRole('img', { name: 'QR code of the join link for Amira Patel' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    // Copied to send in a message.
    await user.click(within(panel).getByRole('button', { name: 'Copy link' }));
    expect(await within(panel).findByText('Link copied: paste it into a message to the peer.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(url);

    const revoke = await within(row).findByRole('button', { name: /Revoke join link for Amira Patel/ });
    await user.click(revoke);
    await waitFor(() => expect(within(row).getByText(/revoked/)).toBeInTheDocument());
  });

  it('shares a join link through the tablet’s share sheet', async () => {
    const share = vi.fn(async (_data: ShareData) => undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      await renderAsManager();
      const user = userEvent.setup();
      const row = await screen.findByRole('row', { name: /David Okafor/ });
      await user.click(within(row).getByRole('button', { name: /Create join link/ }));
      const panel = await screen.findByRole('region', { name: 'Join link for David Okafor' });
      await user.click(within(panel).getByRole('button', { name: 'Share link' }));
      expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringMatching(/\/join\/[\w-]{8,}$/) }));
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('as a peer asks the server for no invites or devices (a peer may not list invites)', async () => {
    const asked: ReturnType<typeof vi.spyOn>[] = [];
    const { queryClient } = await renderAsManager(1, ({ teamApi }) => {
      asked.push(vi.spyOn(teamApi, 'listInvites'), vi.spyOn(teamApi, 'listDevices'));
    });
    expect(
      await screen.findByText('Only the challenge manager invites people and manages devices.'),
    ).toBeInTheDocument();
    // Every query the page started has settled: none of them was the team API's.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    for (const call of asked) expect(call).not.toHaveBeenCalled();
  });

  it('lists the devices that joined, this one marked', async () => {
    await renderAsManager();
    const devices = await screen.findByRole('region', { name: 'Devices' });
    expect(await within(devices).findByRole('rowheader', { name: /\(this device\)/ })).toBeInTheDocument();
  });
});
