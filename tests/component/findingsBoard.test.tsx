// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/records/finding';
import type { MemberRole } from '../../src/domain/records/member';
import type { Note } from '../../src/domain/records/note';
import { FindingsPage } from '../../src/client/features/findings/FindingsPage';
import { AppServicesContext } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import type { TriangulateDb } from '../../src/client/store/db';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';
import { engagementId, joinedDb, memberId } from '../unit/storeFixtures';
import { carersSession, colleague, makeNote, me, otherTheme, seedSearchRecords, theme } from './searchFixtures';

afterEach(cleanup);

const notes = [
  makeNote('Carers said the panel is slow', {
    themeIds: [theme.id],
    sessionId: carersSession.id,
    evidenceType: 'heard',
  }),
  makeNote('Panel minutes show long delays', { themeIds: [theme.id], evidenceType: 'read' }),
  makeNote('Staff praised the new triage line', { themeIds: [theme.id], stance: 'strength', authorId: colleague.id }),
  makeNote('Nobody tagged this one'),
];

let position = 0;
function finding(headline: string, extra: Partial<Finding> = {}): Finding {
  position += 1;
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
    position,
    noteIds: [],
    mergedFromIds: [],
    mergedNoteIds: [],
    authorId: colleague.id,
    createdAt: '2026-11-23T18:00:00.000Z',
    ...extra,
  };
}

async function renderBoard(role: MemberRole, findings: Finding[] = []): Promise<TriangulateDb> {
  const db = await joinedDb();
  await seedSearchRecords(db, notes);
  await db.finding.bulkPut(findings);
  const api = createApiClient('http://127.0.0.1:1');
  const services = { db, api, teamApi: createTeamApiClient('http://127.0.0.1:1'), pendingSaves: new PendingSaves() };
  const identity = { engagementId, memberId, role, displayName: me.displayName, storagePersisted: true };
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

const lane = (name: string) => screen.getByRole('list', { name });
const findingItem = (headline: string) => screen.getByRole('listitem', { name: headline });
const unassigned = () => within(screen.getByRole('list', { name: 'Unassigned notes' }));

describe('findings board', () => {
  it('makes a finding from selected notes, which keep their evidence type, session kind and groups', async () => {
    const db = await renderBoard('manager');
    const user = userEvent.setup();
    expect(unassigned().getAllByRole('article')).toHaveLength(3);
    expect(within(lane('Notes with no theme')).getByRole('article')).toHaveTextContent('Nobody tagged this one');
    await user.click(screen.getByRole('checkbox', { name: 'Select note: Carers said the panel is slow' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select note: Panel minutes show long delays' }));
    await user.type(screen.getByRole('textbox', { name: 'New finding headline' }), 'Panel decisions are slow');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lane' }), 'area for consideration');
    await user.click(screen.getByRole('button', { name: 'Make a finding from 2 selected notes' }));

    const card = await waitFor(() => findingItem('Panel decisions are slow'));
    expect(within(lane('Areas for consideration')).getByRole('listitem', { name: 'Panel decisions are slow' })).toBe(
      card,
    );
    // Label and counts by the domain's rule: two sessions, one group (the heard note's).
    expect(card).toHaveTextContent('corroborated');
    expect(card).toHaveTextContent('read 1 · heard 1 · seen 0 · 2 sessions · 1 group · 1 peer');
    expect(card).not.toHaveTextContent('mixed evidence');
    const carers = within(card).getByRole('article', { name: 'Note: Carers said the panel is slow' });
    expect(carers).toHaveTextContent('heard');
    expect(carers).toHaveTextContent('focus group');
    expect(carers).toHaveTextContent('carers');
    expect(within(card).getByRole('article', { name: 'Note: Panel minutes show long delays' })).toHaveTextContent(
      'front-line staff',
    );
    expect(unassigned().getAllByRole('article')).toHaveLength(1);
    expect(screen.getByText('Made the finding “Panel decisions are slow” from 2 notes.')).toHaveAttribute(
      'role',
      'status',
    );
    const [stored] = await db.finding.toArray();
    expect(stored).toMatchObject({ status: 'proposed', authorId: memberId, lane: 'area for consideration' });
    expect((await db.outbox.toArray()).filter((entry) => entry.recordId === stored?.id)).toHaveLength(1);
  });

  it('moves a note to a finding with one tap each, and on from one finding to another', async () => {
    const first = finding('Front door works well');
    const second = finding('Staff feel supported');
    await renderBoard('manager', [first, second]);
    const user = userEvent.setup();
    await user.click(unassigned().getByRole('button', { name: /^Move to finding… \(Staff praised/ }));
    const dialog = screen.getByRole('dialog', { name: 'Move 1 note to finding' });
    expect(within(dialog).getByRole('button', { name: 'Front door works well' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Front door works well' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Findings open with their notes folded behind a count; the card is still the drop target.
    const show = await waitFor(() =>
      within(findingItem('Front door works well')).getByRole('button', { name: 'Show 1 note' }),
    );
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(within(findingItem('Front door works well')).queryByRole('article')).toBeNull();
    await user.click(show);
    expect(within(findingItem('Front door works well')).getByRole('button', { name: 'Hide notes' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(findingItem('Front door works well')).getByRole('article')).toHaveTextContent('Staff praised');

    // A strength's note, moved: the finding is single source until more sessions back it.
    expect(findingItem('Front door works well')).toHaveTextContent('single source');
    await user.click(within(findingItem('Front door works well')).getByRole('button', { name: /^Move to finding…/ }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Move 1 note to finding' })).getByRole('button', {
        name: 'Staff feel supported',
      }),
    );
    await user.click(
      await waitFor(() => within(findingItem('Staff feel supported')).getByRole('button', { name: 'Show 1 note' })),
    );
    expect(within(findingItem('Staff feel supported')).getByRole('article')).toHaveTextContent('Staff praised');
    expect(within(findingItem('Front door works well')).queryByRole('article')).toBeNull();
    await user.click(within(findingItem('Staff feel supported')).getByRole('button', { name: /^Remove note/ }));
    await waitFor(() => expect(unassigned().getAllByRole('article')).toHaveLength(3));
  });

  it('counts and shows a cited note tagged with another theme only, read on its own when it arrives', async () => {
    const elsewhere = makeNote('Commissioners meet the carers forum monthly', {
      themeIds: [otherTheme.id],
      evidenceType: 'seen',
    });
    const carers = notes[0] as Note;
    const db = await renderBoard('manager', [finding('Carers are heard', { noteIds: [carers.id, elsewhere.id] })]);
    const user = userEvent.setup();
    // The second note is not on this device yet (a sync brings it): the finding counts one.
    await user.click(within(findingItem('Carers are heard')).getByRole('button', { name: 'Show 1 note' }));
    await db.note.put(elsewhere);
    // Retagged away from this theme since: still cited, still counted.
    await db.note.put({ ...carers, themeIds: [otherTheme.id], updatedAt: '2026-11-23T19:00:00.000Z' });
    const card = findingItem('Carers are heard');
    await waitFor(() => expect(within(card).getAllByRole('article')).toHaveLength(2));
    expect(within(card).getByRole('article', { name: `Note: ${elsewhere.text}` })).toHaveTextContent('seen');
    expect(card).toHaveTextContent('heard 1 · seen 1');
    expect(unassigned().queryByRole('article', { name: `Note: ${elsewhere.text}` })).toBeNull();
    expect(unassigned().queryByRole('article', { name: `Note: ${carers.text}` })).toBeNull();
  });

  it('reorders findings with a tap on Move up', async () => {
    await renderBoard('manager', [finding('First'), finding('Second')]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Move up: Second' }));
    await waitFor(() =>
      expect(
        within(lane('Strengths'))
          .getAllByRole('heading')
          .map((h) => h.textContent),
      ).toEqual(['Second', 'First']),
    );
  });

  it('merges duplicates, undoes at once, and unmerges later', async () => {
    const a = notes[0]?.id ?? '';
    const b = notes[1]?.id ?? '';
    const keep = finding('Panel is slow', { noteIds: [a] });
    const duplicate = finding('Decisions take too long', { noteIds: [b] });
    const db = await renderBoard('manager', [keep, duplicate]);
    const user = userEvent.setup();
    // Each finding's notes shown; the board keeps them shown through the merge and its undo.
    expect(within(findingItem('Panel is slow')).queryByRole('article')).toBeNull();
    await user.click(within(findingItem('Panel is slow')).getByRole('button', { name: 'Show 1 note' }));
    await user.click(within(findingItem('Decisions take too long')).getByRole('button', { name: 'Show 1 note' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select finding: Panel is slow' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select finding: Decisions take too long' }));
    const bar = screen.getByRole('region', { name: 'Merge duplicates' });
    expect(within(bar).getByRole('combobox', { name: 'Keep as the finding' })).toHaveValue(keep.id);
    await user.click(within(bar).getByRole('button', { name: 'Merge 2 findings' }));

    await waitFor(() => expect(within(lane('Strengths')).getAllByRole('heading')).toHaveLength(1));
    expect(within(findingItem('Panel is slow')).getAllByRole('article')).toHaveLength(2);
    expect(findingItem('Panel is slow')).toHaveTextContent('merged from 1');
    await user.click(screen.getByRole('button', { name: 'Undo merge' }));
    await waitFor(() => expect(within(lane('Strengths')).getAllByRole('heading')).toHaveLength(2));
    expect(within(findingItem('Panel is slow')).getAllByRole('article')).toHaveLength(1);
    expect(within(findingItem('Decisions take too long')).getAllByRole('article')).toHaveLength(1);

    // Later, from the records alone: merge again, then "Unmerge…" on the merged finding.
    await user.click(screen.getByRole('checkbox', { name: 'Select finding: Decisions take too long' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select finding: Panel is slow' }));
    await user.click(screen.getByRole('button', { name: 'Merge 2 findings' }));
    await waitFor(() => expect(within(lane('Strengths')).getAllByRole('heading')).toHaveLength(1));
    expect(await db.finding.get(keep.id)).toMatchObject({ deleted: true });
    await user.click(screen.getByRole('button', { name: /^Unmerge…/ }));
    await user.click(screen.getByRole('button', { name: 'Take back out: Panel is slow' }));
    await waitFor(() => expect(within(lane('Strengths')).getAllByRole('heading')).toHaveLength(2));
    expect(await db.finding.get(duplicate.id)).toMatchObject({ noteIds: [b], mergedFromIds: [] });
  });

  it('shows a peer the board read-only apart from their own proposed findings', async () => {
    const mine = finding('My proposal', { authorId: memberId });
    const agreedMine = finding('Agreed already', { authorId: memberId, status: 'agreed' });
    const theirs = finding('Their proposal');
    await renderBoard('peer', [mine, agreedMine, theirs]);
    const user = userEvent.setup();
    for (const headline of ['Agreed already', 'Their proposal']) {
      const card = findingItem(headline);
      expect(within(card).queryByRole('button', { name: /Edit|Drag|Move/ })).toBeNull();
    }
    expect(screen.queryByRole('checkbox', { name: /^Select finding/ })).toBeNull();
    expect(within(findingItem('My proposal')).getByRole('button', { name: 'Edit finding: My proposal' })).toBeEnabled();

    // The only place a peer can move notes to is their own proposal.
    await user.click(unassigned().getAllByRole('button', { name: /^Move to finding…/ })[0] as HTMLElement);
    const choices = within(screen.getByRole('dialog'))
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(choices).toEqual(['My proposal', 'Cancel']);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await user.click(within(findingItem('My proposal')).getByRole('button', { name: 'Edit finding: My proposal' }));
    const editor = screen.getByRole('dialog', { name: 'Edit finding' });
    expect(within(editor).queryByRole('combobox', { name: 'Status' })).toBeNull();
    await user.clear(within(editor).getByRole('textbox', { name: 'Headline' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Headline' }), 'My better proposal');
    await user.click(within(editor).getByRole('button', { name: 'Save finding' }));
    await waitFor(() => expect(findingItem('My better proposal')).toBeInTheDocument());
  });
});
