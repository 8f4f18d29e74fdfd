// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import { createNote, updateNote } from '../../src/client/store/noteRepository';
import { joinedDb, memberId, session } from '../unit/storeFixtures';
import { renderSessionPage, seedEngagement, stubObjectUrls, themes } from './captureFixtures';

beforeEach(stubObjectUrls);
afterEach(cleanup);

async function sessionWithNotes() {
  const db = await joinedDb();
  await seedEngagement(db);
  const first = await createNote(db, session, memberId);
  await updateNote(db, first, { text: 'First note', themeIds: [themes[2]?.id ?? ''], stance: 'strength' });
  const second = await createNote(db, session, memberId);
  await updateNote(db, second, { text: 'Second note' });
  await renderSessionPage(db, <SessionPage />);
  const articles = await screen.findAllByRole('article', { name: 'Note text' });
  return { articles };
}

describe('a session of my notes', () => {
  it('shows each note folded: its text, choices and tags in one line, no pickers', async () => {
    const { articles } = await sessionWithNotes();
    expect(articles).toHaveLength(2);
    expect(screen.queryByRole('group', { name: 'Themes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Stance' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete note' })).not.toBeInTheDocument();
    const first = articles[0] ?? document.body;
    expect(within(first).getByRole('textbox', { name: 'Note text' })).toHaveValue('First note');
    await waitFor(() => expect(within(first).getByText('Commissioning')).toBeInTheDocument());
    expect(within(first).getByText(/strength/)).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Tags', expanded: false })).toBeInTheDocument();
  });

  it('opens only the note being edited, by a tap in its text or on its tags', async () => {
    const { articles } = await sessionWithNotes();
    const [first, second] = articles.map((article) => within(article));
    if (!first || !second) throw new Error('two notes');
    const user = userEvent.setup();
    await user.click(first.getByRole('textbox', { name: 'Note text' }));
    expect(first.getByRole('group', { name: 'Themes' })).toBeInTheDocument();
    expect(first.getByRole('combobox', { name: 'Stance' })).toHaveValue('strength');
    expect(first.getByRole('button', { name: 'Delete note' })).toBeInTheDocument();
    expect(second.queryByRole('group', { name: 'Themes' })).not.toBeInTheDocument();

    await user.click(second.getByRole('button', { name: 'Tags', expanded: false }));
    expect(second.getByRole('group', { name: 'Themes' })).toBeInTheDocument();
    expect(second.getByRole('button', { name: 'Tags', expanded: true })).toBeInTheDocument();
    expect(first.queryByRole('group', { name: 'Themes' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: 'Themes' })).toHaveLength(1);
  });

  it('opens a new note with its pickers, and keeps "New note" after the list, outside it', async () => {
    await sessionWithNotes();
    const user = userEvent.setup();
    const list = screen.getByRole('list', { name: 'Notes in this session' });
    const newNote = screen.getByRole('button', { name: 'New note' });
    expect(list).not.toContainElement(newNote);
    expect(newNote.closest('.session-actions')).not.toBeNull();
    await user.click(newNote);
    await waitFor(() => expect(within(list).getAllByRole('article')).toHaveLength(3));
    const fresh = within(within(list).getAllByRole('article')[2] ?? document.body);
    await waitFor(() => expect(fresh.getByRole('textbox', { name: 'Note text' })).toHaveFocus());
    expect(fresh.getByRole('group', { name: 'Themes' })).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: 'Themes' })).toHaveLength(1);
  });

  it('lets the keyboard skip every note to "New note", first in the tab order', async () => {
    await sessionWithNotes();
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Skip past the notes' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'New note' })).toHaveFocus();
    // Nothing was added or opened on the way.
    expect(screen.getAllByRole('article', { name: 'Note text' })).toHaveLength(2);
    expect(screen.queryByRole('group', { name: 'Themes' })).not.toBeInTheDocument();
  });
});
