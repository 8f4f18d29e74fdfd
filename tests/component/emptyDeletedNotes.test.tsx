// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeletedNotesSection } from '../../src/client/features/settings/DeletedNotesSection';
import { AppServicesContext, type AppServices } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import { getDeviceIdentity } from '../../src/client/store/deviceIdentityRepository';
import { createNote, deleteNote, updateNote } from '../../src/client/store/noteRepository';
import { addNotePhoto } from '../../src/client/store/photoRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';
import type { Note } from '../../src/domain/records/note';
import { startInProcessServer, type InProcessServer } from '../support/inProcessServer';

configure({ asyncUtilTimeout: 10_000 });

let server: InProcessServer;
beforeEach(async () => {
  server = await startInProcessServer();
});
afterEach(async () => {
  cleanup();
  await server.close();
});

/** Device `linkIndex` of the demo (0 the manager, 1 the lead peer) with the Settings section. */
async function renderSection(linkIndex: number) {
  const device = await server.device(linkIndex);
  await device.engine.syncNow();
  const identity = await getDeviceIdentity(device.db, device.joined.engagementId);
  if (!identity) throw new Error('not joined');
  const services: AppServices = {
    db: device.db,
    api: createApiClient('http://localhost', server.serverFetch),
    teamApi: createTeamApiClient('http://localhost', server.serverFetch),
    pendingSaves: new PendingSaves(),
  };
  render(
    <AppServicesContext.Provider value={services}>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <EngagementContext.Provider value={{ identity, syncEngine: device.engine }}>
            <DeletedNotesSection />
          </EngagementContext.Provider>
        </MemoryRouter>
      </QueryClientProvider>
    </AppServicesContext.Provider>,
  );
  return device;
}

describe('"Empty deleted notes now"', () => {
  it('erases a peer’s deleted note and photo on the server and, once it syncs, on the peer’s tablet', async () => {
    const peer = await server.device(1);
    await peer.engine.syncNow();
    const [session] = await peer.db.session.where('engagementId').equals(peer.joined.engagementId).toArray();
    if (!session) throw new Error('the demo has sessions');
    const created = await createNote(peer.db, session, peer.joined.memberId);
    const note: Note = await updateNote(peer.db, created, { text: 'Named a carer at the school gate' });
    await addNotePhoto(peer.db, note.id, {
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]).buffer,
      contentType: 'image/jpeg',
    });
    await deleteNote(peer.db, note);
    await peer.engine.syncNow();
    // Counted, not read: fake-indexeddb's copy of the bytes fails the ArrayBuffer check in jsdom.
    expect(await peer.db.photo.where('noteId').equals(note.id).count()).toBe(1);
    expect(await peer.db.outbox.count()).toBe(0);

    await renderSection(0);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Empty deleted notes now' }));
    const confirm = screen.getByRole('group', { name: 'Empty deleted notes' });
    await user.click(within(confirm).getByRole('button', { name: 'Erase deleted notes for good' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Erased \d+ deleted notes? and 1 photo\./);

    await peer.engine.syncNow();
    expect(await peer.db.note.get(note.id)).toBeUndefined();
    expect(await peer.db.note.where(':id').equals(note.id).count()).toBe(1);
    expect(await peer.db.photo.where('noteId').equals(note.id).count()).toBe(0);
  });

  it('is offered to the challenge manager only', async () => {
    await renderSection(1);
    expect(screen.queryByRole('button', { name: 'Empty deleted notes now' })).toBeNull();
  });
});
