// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import { SessionEditorPage } from '../../src/client/features/timetable/SessionEditorPage';
import { TimetablePage } from '../../src/client/features/timetable/TimetablePage';
import { TodaySessions } from '../../src/client/features/timetable/TodaySessions';
import type { TriangulateDb } from '../../src/client/store/db';
import { createNote, deleteNote } from '../../src/client/store/noteRepository';
import { deleteSession } from '../../src/client/store/sessionRepository';
import type { Note } from '../../src/domain/records/note';
import { engagementId, memberId, session } from '../unit/storeFixtures';
import { engagementDb, renderInEngagement, sessionAt } from './setupHarness';

configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

const other = sessionAt(
  '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
  'Interview with the director',
  '2026-11-23T14:00:00.000Z',
  '2026-11-23T15:00:00.000Z',
);
const clock = () => new Date('2026-11-23T08:00:00Z');

/** The editor of the fixture session, with the timetable and the notes screen to go to. */
async function openEditor(db: TriangulateDb) {
  await renderInEngagement(db, <SessionEditorPage now={clock} />, {
    route: '/engagements/:engagementId/timetable/:sessionId/edit',
    path: `/engagements/${engagementId}/timetable/${session.id}/edit`,
    otherRoutes: [
      { route: '/engagements/:engagementId/timetable', element: <TimetablePage /> },
      { route: '/engagements/:engagementId/sessions/:sessionId', element: <SessionPage /> },
    ],
  });
  return userEvent.setup();
}

async function withNotes(db: TriangulateDb, count: number): Promise<Note[]> {
  const notes: Note[] = [];
  for (let i = 0; i < count; i += 1) notes.push(await createNote(db, session, memberId));
  return notes;
}

const live = async (db: TriangulateDb) => (await db.session.get(session.id))?.deleted === false;

describe('deleting a session', () => {
  it('with no notes asks first, deletes, and the timetable offers undo', async () => {
    const db = await engagementDb([session]);
    const user = await openEditor(db);
    await user.click(await screen.findByRole('button', { name: 'Delete session' }));
    const dialog = await screen.findByRole('dialog', { name: `Delete “${session.title}”?` });
    // The dialog counts the notes first.
    expect(await within(dialog).findByText(/It holds no notes\./)).toBeInTheDocument();
    expect(await live(db)).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Delete session' }));

    expect(await screen.findByText(`“${session.title}” deleted.`)).toHaveRole('status');
    expect(await live(db)).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: session.title })).toBeInTheDocument();
    expect(await live(db)).toBe(true);
  });

  it('with notes says how many and keeps it as cancelled: shown as cancelled, notes still open; undo reinstates', async () => {
    const db = await engagementDb([session, other]);
    await withNotes(db, 3);
    const user = await openEditor(db);
    await user.click(await screen.findByRole('button', { name: 'Delete session' }));
    const dialog = await screen.findByRole('dialog', { name: `Delete “${session.title}”?` });
    expect(await within(dialog).findByText(/It holds 3 notes\./)).toBeInTheDocument();
    // No way to make it vanish with its notes.
    expect(within(dialog).queryByRole('button', { name: 'Delete session' })).not.toBeInTheDocument();
    await user.click(await within(dialog).findByRole('button', { name: 'Keep it as cancelled' }));

    expect(await screen.findByText(`“${session.title}” is cancelled: it keeps its notes.`)).toHaveRole('status');
    const row = (await screen.findByRole('link', { name: session.title })).closest('li');
    expect(row).toHaveTextContent(/^Cancelled:/);
    expect(await db.session.get(session.id)).toMatchObject({ deleted: false, cancelled: true });

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.session.get(session.id))?.cancelled).toBe(false));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: session.title }).closest('li')).not.toHaveTextContent('Cancelled'),
    );

    // Cancel again and open it: the notes are all there, and it says why.
    cleanup();
    await db.session.update(session.id, { cancelled: true });
    await renderInEngagement(db, <SessionPage />, {
      route: '/engagements/:engagementId/sessions/:sessionId',
      path: `/engagements/${engagementId}/sessions/${session.id}`,
    });
    expect(await screen.findByRole('heading', { name: session.title, level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/This session was called off; its notes are kept here\./)).toBeInTheDocument();
    expect(await screen.findAllByRole('textbox', { name: 'Note text' })).toHaveLength(3);
  });

  it('with notes moves them to another session, then deletes it; undo puts both back', async () => {
    const db = await engagementDb([session, other]);
    const notes = await withNotes(db, 2);
    const user = await openEditor(db);
    await user.click(await screen.findByRole('button', { name: 'Delete session' }));
    const dialog = await screen.findByRole('dialog', { name: `Delete “${session.title}”?` });
    const move = await within(dialog).findByRole('button', { name: 'Move notes and delete session' });
    expect(move).toBeDisabled();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Move its 2 notes to' }), other.id);
    await user.click(move);

    expect(await screen.findByText(`2 notes moved to “${other.title}”, and “${session.title}” deleted.`)).toHaveRole(
      'status',
    );
    expect(await live(db)).toBe(false);
    for (const note of notes) expect((await db.note.get(note.id))?.sessionId).toBe(other.id);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await live(db)).toBe(true));
    for (const note of notes) expect((await db.note.get(note.id))?.sessionId).toBe(session.id);
  });

  it('a note that arrives by sync for a deleted session is listed on the timetable and opens', async () => {
    const db = await engagementDb([session, other]);
    const [kept, gone] = await withNotes(db, 2);
    if (!kept || !gone) throw new Error('notes missing');
    await deleteNote(db, gone);
    // As a pull leaves it: the session's tombstone, and a peer's live note written offline in it.
    await deleteSession(db, engagementId, session.id);
    await renderInEngagement(db, <TimetablePage />, {
      role: 'peer',
      route: '/engagements/:engagementId/timetable',
      path: `/engagements/${engagementId}/timetable`,
      otherRoutes: [{ route: '/engagements/:engagementId/sessions/:sessionId', element: <SessionPage /> }],
    });
    const keptHere = await screen.findByRole('region', { name: 'Deleted sessions that still hold notes' });
    const user = userEvent.setup();
    await user.click(within(keptHere).getByRole('link', { name: session.title }));
    expect(await screen.findByRole('heading', { name: session.title, level: 1 })).toBeInTheDocument();
    expect(screen.getByText('This session was deleted from the timetable.')).toBeInTheDocument();
    expect(await screen.findAllByRole('textbox', { name: 'Note text' })).toHaveLength(1);
    // Only the manager may put it back.
    expect(screen.queryByRole('button', { name: /Restore the session/ })).not.toBeInTheDocument();
  });

  it('the manager restores a deleted session holding notes to the timetable', async () => {
    const db = await engagementDb([session]);
    await withNotes(db, 1);
    await deleteSession(db, engagementId, session.id);
    await renderInEngagement(db, <TimetablePage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Restore ${session.title} to the timetable` }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Deleted sessions that still hold notes' })).not.toBeInTheDocument(),
    );
    expect(await live(db)).toBe(true);
  });

  it('Today lists a cancelled session as cancelled and never chooses it as now or next', async () => {
    const cancelled = { ...session, cancelled: true };
    await renderInEngagement(
      await engagementDb(),
      <TodaySessions
        sessions={[cancelled, other]}
        engagementId={engagementId}
        now={new Date(session.startsAt)}
        peerNamesOf={() => []}
      />,
    );
    const today = await screen.findByRole('list', { name: 'Today’s sessions' });
    const [first, second] = within(today).getAllByRole('listitem');
    expect(first).toHaveTextContent(/^Cancelled:/);
    expect(first).not.toHaveAttribute('aria-current');
    expect(second).toHaveAttribute('aria-current', 'true');
    expect(second).toHaveTextContent(/^Next:/);
  });
});
