// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import { SearchPage } from '../../src/client/features/search/SearchPage';
import { AppServicesContext } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { NoteIndexContext } from '../../src/client/services/noteIndexContext';
import { NoteIndexHandle } from '../../src/client/services/noteIndexHandle';
import { getDeviceIdentity } from '../../src/client/store/deviceIdentityRepository';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { engagementId, joinedDb } from '../unit/storeFixtures';
import { services } from './captureFixtures';
import { carersSession, colleague, makeNote, seedSearchRecords } from './searchFixtures';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

describe('Search, for a note of a deleted session', () => {
  it('names the session as deleted, and the result opens on the note', async () => {
    const db = await joinedDb();
    const note = makeNote('The carers’ panel meets monthly', { sessionId: carersSession.id, authorId: colleague.id });
    // As a pull leaves it: the manager deleted the session, a peer's note in it arrived later.
    await seedSearchRecords(db, [note]);
    await db.session.put({ ...carersSession, deleted: true });
    const identity = await getDeviceIdentity(db, engagementId);
    if (!identity) throw new Error('not joined');
    const app = services(db);
    render(
      <AppServicesContext.Provider value={app}>
        <EngagementContext.Provider value={{ identity, syncEngine: new SyncEngine(db, app.api, engagementId) }}>
          <NoteIndexContext.Provider value={new NoteIndexHandle(db, engagementId)}>
            <MemoryRouter initialEntries={['/search']}>
              <Routes>
                <Route path="/search" element={<SearchPage resultsHeight={600} />} />
                <Route path="/engagements/:engagementId/sessions/:sessionId" element={<SessionPage />} />
              </Routes>
            </MemoryRouter>
          </NoteIndexContext.Provider>
        </EngagementContext.Provider>
      </AppServicesContext.Provider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'monthly');
    const results = await screen.findByRole('list', { name: 'Notes found' });
    await waitFor(() => expect(within(results).getAllByRole('listitem')).toHaveLength(1));
    await user.click(within(results).getByRole('link', { name: `${carersSession.title} (deleted session)` }));

    expect(await screen.findByRole('heading', { name: carersSession.title, level: 1 })).toBeInTheDocument();
    expect(screen.getByText('This session was deleted from the timetable.')).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: `Note by ${colleague.displayName}` })).toHaveTextContent(
      'The carers’ panel meets monthly',
    );
  });
});
