// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

/** The manager's tablet: real store and sync engine, talking to the real server app in process. */
async function renderAsManager() {
  const { db, engine: syncEngine, joined } = await server.device(0);
  await syncEngine.syncNow();
  const identity = await getDeviceIdentity(db, joined.engagementId);
  if (!identity) throw new Error('not joined');
  const services: AppServices = {
    db,
    api: createApiClient('http://localhost', server.serverFetch),
    teamApi: createTeamApiClient('http://localhost', server.serverFetch),
    pendingSaves: new PendingSaves(),
  };
  render(
    <AppServicesContext.Provider value={services}>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <EngagementContext.Provider value={{ identity, syncEngine }}>
            <TeamPage />
          </EngagementContext.Provider>
        </MemoryRouter>
      </QueryClientProvider>
    </AppServicesContext.Provider>,
  );
  return { db };
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

    const link = await screen.findByRole('link', { name: /^http:\/\/localhost\/join\// });
    expect(screen.getByText(/Join link for Amira Patel/)).toBeInTheDocument();
    expect(link.getAttribute('href')).toMatch(/\/join\/[\w-]{8,}$/);
    // The same link as a QR code, drawn by a library loaded only now.
    const qr = await screen.findByRole('img', { name: 'QR code of the join link for Amira Patel' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);

    const revoke = await within(row).findByRole('button', { name: /Revoke join link for Amira Patel/ });
    await user.click(revoke);
    await waitFor(() => expect(within(row).getByText(/revoked/)).toBeInTheDocument());
  });

  it('lists the devices that joined, this one marked', async () => {
    await renderAsManager();
    const devices = await screen.findByRole('region', { name: 'Devices' });
    expect(await within(devices).findByRole('rowheader', { name: /\(this device\)/ })).toBeInTheDocument();
  });
});
