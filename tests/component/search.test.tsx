// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppServicesContext } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { NoteIndexContext } from '../../src/client/services/noteIndexContext';
import { NoteIndexHandle } from '../../src/client/services/noteIndexHandle';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import { SearchPage } from '../../src/client/features/search/SearchPage';
import type { TriangulateDb } from '../../src/client/store/db';
import { getDeviceIdentity } from '../../src/client/store/deviceIdentityRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';
import { engagementId, joinedDb } from '../unit/storeFixtures';
import { carersSession, colleague, makeNote, scopeQuestion, seedSearchRecords, theme } from './searchFixtures';

afterEach(cleanup);

const notes = [
  makeNote('Carers said the panel is slow', { themeIds: [theme.id], sessionId: carersSession.id }),
  makeNote('The panel minutes show long delays', { evidenceType: 'read', scopeQuestionIds: [scopeQuestion.id] }),
  makeNote('Front door triage works well by phone', { stance: 'strength', authorId: colleague.id }),
];

async function renderSearch(db: TriangulateDb) {
  const identity = await getDeviceIdentity(db, engagementId);
  if (!identity) throw new Error('not joined');
  const api = createApiClient('http://127.0.0.1:1');
  const services = { db, api, teamApi: createTeamApiClient('http://127.0.0.1:1'), pendingSaves: new PendingSaves() };
  render(
    <AppServicesContext.Provider value={services}>
      <MemoryRouter>
        <EngagementContext.Provider value={{ identity, syncEngine: new SyncEngine(db, api, engagementId) }}>
          {/* Not started: opening the screen builds the index at once (Search before start-up got to it). */}
          <NoteIndexContext.Provider value={new NoteIndexHandle(db, engagementId)}>
            <SearchPage resultsHeight={600} />
          </NoteIndexContext.Provider>
        </EngagementContext.Provider>
      </MemoryRouter>
    </AppServicesContext.Provider>,
  );
}

const status = () => screen.getByRole('status');
const rows = () => within(screen.getByRole('list', { name: 'Notes found' })).getAllByRole('listitem');
const rowTexts = () => rows().map((row) => row.querySelector('.search-result__text')?.textContent ?? '');

describe('Search notes', () => {
  it('lists every note, then narrows as words are typed, marking the matches', async () => {
    const db = await joinedDb();
    await seedSearchRecords(db, notes);
    await renderSearch(db);
    await waitFor(() => expect(status()).toHaveTextContent('3 notes found'));
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'pan');
    await waitFor(() => expect(status()).toHaveTextContent('2 notes found'));
    expect(rowTexts().sort()).toEqual(['Carers said the panel is slow', 'The panel minutes show long delays']);
    expect(screen.getAllByText('panel', { selector: 'mark' })).toHaveLength(2);
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'el carers');
    await waitFor(() => expect(status()).toHaveTextContent('1 note found'));
    expect(rowTexts()).toEqual(['Carers said the panel is slow']);
    const row = rows()[0];
    if (!row) throw new Error('no row');
    expect(within(row).getByRole('link', { name: 'Carers focus group' })).toHaveAttribute(
      'href',
      `/engagements/${engagementId}/sessions/${carersSession.id}?note=${notes[0]?.id ?? ''}`,
    );
    expect(row).toHaveTextContent('Priya Shah');
    expect(row).toHaveTextContent('Working together');
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), ' nothing');
    await waitFor(() => expect(status()).toHaveTextContent('No notes found'));
  });

  it.each([
    ['Theme', 'Working together', 'Carers said the panel is slow'],
    ['Scope question', `1. ${scopeQuestion.text}`, 'The panel minutes show long delays'],
    ['Session', 'Carers focus group', 'Carers said the panel is slow'],
    ['Stakeholder group', 'carers', 'Carers said the panel is slow'],
    ['Evidence type', 'read', 'The panel minutes show long delays'],
    ['Stance', 'strength', 'Front door triage works well by phone'],
    ['Author', 'Sam Okafor', 'Front door triage works well by phone'],
  ])('the %s filter narrows the results', async (label, option, expected) => {
    const db = await joinedDb();
    await seedSearchRecords(db, notes);
    await renderSearch(db);
    await waitFor(() => expect(status()).toHaveTextContent('3 notes found'));
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: label }), option);
    await waitFor(() => expect(status()).toHaveTextContent('1 note found'));
    expect(rowTexts()).toEqual([expected]);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(status()).toHaveTextContent('3 notes found'));
  });

  it('follows edits, new and deleted notes without reopening', async () => {
    const db = await joinedDb();
    await seedSearchRecords(db, notes);
    await renderSearch(db);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'reablement');
    await waitFor(() => expect(status()).toHaveTextContent('No notes found'));
    const [first] = notes;
    if (!first) throw new Error('no notes');
    await act(() => db.note.put({ ...first, text: 'Reablement is strong', updatedAt: '2026-11-24T09:00:00.000Z' }));
    await act(() => db.note.put(makeNote('Reablement team pulled from the server')));
    await waitFor(() => expect(status()).toHaveTextContent('2 notes found'));
    await act(() => db.note.put({ ...first, deleted: true, updatedAt: '2026-11-24T10:00:00.000Z' }));
    await waitFor(() => expect(status()).toHaveTextContent('1 note found'));
    expect(rowTexts()).toEqual(['Reablement team pulled from the server']);
  });

  it('with 5,000 notes renders fewer than 100 rows, and arrow keys move between rows', async () => {
    const db = await joinedDb();
    const many = Array.from({ length: 5000 }, (_, i) => makeNote(`Note ${i} about carers and the panel`));
    await seedSearchRecords(db, many);
    await renderSearch(db);
    await waitFor(() => expect(status()).toHaveTextContent('5,000 notes found'), { timeout: 15_000 });
    const shown = rows();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(100);
    expect(shown[0]).toHaveAttribute('aria-setsize', '5000');
    const firstLink = within(shown[0] as HTMLElement).getByRole('link');
    firstLink.focus();
    const user = userEvent.setup();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '2');
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '5000'));
    expect(rows().length).toBeLessThan(100);
  });
});
