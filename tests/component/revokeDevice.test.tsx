// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamPage } from '../../src/client/features/team/TeamPage';
import { AppServicesContext, type AppServices } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { PendingSaves } from '../../src/client/services/pendingSaves';
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

/** The manager's tablet on the Team screen, a peer's tablet joined too. */
async function renderAsManager() {
  const { db, engine: syncEngine, joined } = await server.device(0);
  await server.device(1);
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
  const engagement = await db.engagement.get(joined.engagementId);
  return { title: engagement?.title ?? '', devices: await screen.findByRole('region', { name: 'Devices' }) };
}

const statusOf = (devices: HTMLElement, name: RegExp) =>
  within(within(devices).getByRole('row', { name })).getAllByRole('cell').at(-1);

describe('revoking a device', () => {
  it('asks first, naming the device; keeping it changes nothing', async () => {
    const { devices } = await renderAsManager();
    const user = userEvent.setup();
    const revoke = await within(devices).findByRole('button', { name: /^Revoke .*’s device joined .*[^)]$/ });
    await user.click(revoke);
    const dialog = await screen.findByRole('dialog', { name: /^Revoke .*’s device joined/ });
    expect(dialog).toHaveTextContent('Its sign-in stops working at once');
    expect(dialog).not.toHaveTextContent('This is the tablet you are using');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(devices).queryByText(/^revoked/)).not.toBeInTheDocument();

    await user.click(revoke);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Revoke device' }));
    await waitFor(() => expect(within(devices).getByText(/^revoked/)).toBeInTheDocument());
  });

  it('on the manager’s own last device says what happens and needs the engagement’s name typed', async () => {
    const { devices, title } = await renderAsManager();
    const user = userEvent.setup();
    await user.click(await within(devices).findByRole('button', { name: /\(this device\)$/ }));
    const dialog = await screen.findByRole('dialog', { name: /\(this device\)\?$/ });
    expect(dialog).toHaveTextContent('This is the tablet you are using. It will stop syncing at once.');
    expect(dialog).toHaveTextContent('Work not yet synced stays on it but can no longer reach the server');
    expect(dialog).toHaveTextContent('It is your last device as challenge manager');
    const revoke = within(dialog).getByRole('button', { name: 'Revoke device' });
    expect(revoke).toBeDisabled();
    const name = within(dialog).getByRole('textbox', { name: /Type the engagement’s name/ });
    await user.type(name, 'Adult social care');
    expect(revoke).toBeDisabled();
    await user.clear(name);
    await user.type(name, title);
    expect(revoke).toBeEnabled();
    expect(statusOf(devices, /\(this device\)/)).not.toHaveTextContent('revoked');
  });
});
