// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/records/finding';
import { FindingsPage } from '../../src/client/features/findings/FindingsPage';
import { AppServicesContext } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import type { TriangulateDb } from '../../src/client/store/db';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';
import { engagementId, joinedDb, memberId } from '../unit/storeFixtures';
import { colleague, makeNote, me, seedSearchRecords, theme } from './searchFixtures';

afterEach(cleanup);

const carers = makeNote('Carers said the funding panel is slow', { themeIds: [theme.id] });
const minutes = makeNote('The funding panel is slow to decide', { themeIds: [theme.id] });
const triage = makeNote('Staff praised the new triage line', { themeIds: [theme.id] });

function finding(headline: string): Finding {
  return {
    id: crypto.randomUUID(),
    engagementId,
    rev: 3,
    updatedAt: '2026-11-23T18:00:00.000Z',
    deleted: false,
    conflicts: [],
    themeId: theme.id,
    lane: 'strength',
    headline,
    explanation: '',
    status: 'proposed',
    position: 1,
    noteIds: [],
    mergedFromIds: [],
    mergedNoteIds: [],
    authorId: colleague.id,
    createdAt: '2026-11-23T18:00:00.000Z',
  };
}

async function renderBoard(findings: Finding[] = []): Promise<TriangulateDb> {
  const db = await joinedDb();
  await seedSearchRecords(db, [carers, minutes, triage]);
  await db.finding.bulkPut(findings);
  const api = createApiClient('http://127.0.0.1:1');
  const services = { db, api, teamApi: createTeamApiClient('http://127.0.0.1:1'), pendingSaves: new PendingSaves() };
  const identity = {
    engagementId,
    memberId,
    role: 'manager' as const,
    displayName: me.displayName,
    storagePersisted: true,
  };
  render(
    <AppServicesContext.Provider value={services}>
      <MemoryRouter>
        <EngagementContext.Provider value={{ identity, syncEngine: new SyncEngine(db, api, engagementId) }}>
          <FindingsPage />
        </EngagementContext.Provider>
      </MemoryRouter>
    </AppServicesContext.Provider>,
  );
  await screen.findByRole('list', { name: 'Unassigned notes' });
  return db;
}

const selectNote = (user: ReturnType<typeof userEvent.setup>, text: string) =>
  user.click(screen.getByRole('checkbox', { name: `Select note: ${text}` }));

describe('board suggestions', () => {
  it('suggests a finding for a selected note, and adds the note to it only when asked', async () => {
    const slow = finding('Funding panel decisions are slow');
    const triageFinding = finding('Triage line valued');
    const db = await renderBoard([slow, triageFinding]);
    const user = userEvent.setup();
    expect(screen.queryByRole('heading', { name: 'Suggested findings' })).toBeNull();
    await selectNote(user, carers.text);

    const list = await screen.findByRole('list', { name: `Suggested findings for: ${carers.text}` });
    expect(screen.getByRole('heading', { name: 'Suggested findings' })).toBeVisible();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect((await db.finding.get(slow.id))?.noteIds).toEqual([]);

    await user.click(within(list).getByRole('button', { name: `Add to this finding: ${slow.headline}` }));
    await waitFor(async () => expect((await db.finding.get(slow.id))?.noteIds).toEqual([carers.id]));
    expect((await db.finding.get(triageFinding.id))?.noteIds).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Suggested findings' })).toBeNull());
  });

  it('hides an ignored suggestion and changes nothing', async () => {
    const slow = finding('Funding panel decisions are slow');
    const db = await renderBoard([slow]);
    const user = userEvent.setup();
    await selectNote(user, carers.text);
    await user.click(await screen.findByRole('button', { name: `Ignore suggestion: ${slow.headline}` }));
    expect(screen.queryByRole('button', { name: `Add to this finding: ${slow.headline}` })).toBeNull();
    // Still hidden when the note is selected again.
    await selectNote(user, carers.text);
    await selectNote(user, carers.text);
    expect(screen.queryByRole('heading', { name: 'Suggested findings' })).toBeNull();
    expect((await db.finding.get(slow.id))?.noteIds).toEqual([]);
  });

  it('offers unassigned notes that say similar things as a finding, made only when asked', async () => {
    const db = await renderBoard();
    const user = userEvent.setup();
    const region = await screen.findByRole('region', { name: 'Similar notes' });
    const group = within(region).getByRole('list', { name: 'Similar notes, group 1' });
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(expect.arrayContaining([carers.text, minutes.text]));
    expect(within(region).queryByText(triage.text)).toBeNull();
    expect(await db.finding.count()).toBe(0);

    await user.click(within(region).getByRole('button', { name: 'Make a finding from these 2 notes, group 1' }));
    expect(screen.getByRole('textbox', { name: 'New finding headline' })).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: `Select note: ${carers.text}` })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: `Select note: ${minutes.text}` })).toBeChecked();
    await user.keyboard('Funding panel is slow');
    await user.click(screen.getByRole('button', { name: 'Make a finding from 2 selected notes' }));
    await waitFor(async () => expect((await db.finding.toArray()).map((f) => f.noteIds.length)).toEqual([2]));
    const [made] = await db.finding.toArray();
    expect(new Set(made?.noteIds)).toEqual(new Set([carers.id, minutes.id]));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Similar notes' })).toBeNull());
  });

  it('hides an ignored group of similar notes', async () => {
    const db = await renderBoard();
    const user = userEvent.setup();
    const region = await screen.findByRole('region', { name: 'Similar notes' });
    await user.click(within(region).getByRole('button', { name: 'Ignore group 1' }));
    expect(screen.queryByRole('region', { name: 'Similar notes' })).toBeNull();
    expect(await db.finding.count()).toBe(0);
  });
});
