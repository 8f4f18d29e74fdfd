// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import { createNote, listSessionNotes } from '../../src/client/store/noteRepository';
import { engagementId, joinedDb, memberId, session } from '../unit/storeFixtures';
import { renderSessionPage, scopeQuestions, seedEngagement, themes } from './captureFixtures';

afterEach(cleanup);

/**
 * The session page (so the editor follows IndexedDB as in the app) with one note of mine:
 * new from "New note" (tags open), or already there (tags closed).
 */
async function editorFor(kind: (typeof session)['kind'] = session.kind, fresh = true) {
  const db = await joinedDb();
  await seedEngagement(db);
  await db.session.put({ ...session, kind });
  if (!fresh) await createNote(db, { ...session, kind }, memberId);
  await renderSessionPage(db, <SessionPage />);
  if (fresh) await userEvent.setup().click(await screen.findByRole('button', { name: 'New note' }));
  await screen.findByRole('textbox', { name: 'Note text' });
  // Themes come from IndexedDB a moment after the editor.
  if (fresh) await screen.findByRole('button', { name: 'Commissioning' });
  const saved = async () => {
    const [note] = await listSessionNotes(db, engagementId, session.id);
    if (!note) throw new Error('no note');
    return note;
  };
  return { db, saved };
}

describe('tagging a note', () => {
  it('toggles themes by touch and shows which are on', async () => {
    const { saved } = await editorFor();
    const user = userEvent.setup();
    const group = screen.getByRole('group', { name: 'Themes' });
    await user.click(within(group).getByRole('button', { name: 'Working together' }));
    await user.click(within(group).getByRole('button', { name: 'Commissioning' }));
    await waitFor(async () => expect((await saved()).themeIds).toEqual([themes[1]?.id, themes[2]?.id]));
    // The screen follows IndexedDB: pressed state comes from the saved note.
    await waitFor(() =>
      expect(within(group).getByRole('button', { name: 'Working together' })).toHaveAttribute('aria-pressed', 'true'),
    );
    await user.click(within(group).getByRole('button', { name: 'Working together' }));
    await waitFor(async () => expect((await saved()).themeIds).toEqual([themes[2]?.id]));
  });

  it('toggles by keyboard: Tab and Space on a chip, or a number key in the group', async () => {
    const { saved } = await editorFor();
    const user = userEvent.setup();
    const group = screen.getByRole('group', { name: 'Themes' });
    within(group).getByRole('button', { name: 'Vision, strategy and leadership' }).focus();
    await user.keyboard(' ');
    await user.tab();
    expect(within(group).getByRole('button', { name: 'Working together' })).toHaveFocus();
    await user.keyboard('3');
    await waitFor(async () => expect((await saved()).themeIds).toEqual([themes[0]?.id, themes[2]?.id]));
  });

  it('tags scope questions, several at once, kept apart from themes', async () => {
    const { saved } = await editorFor();
    const user = userEvent.setup();
    const group = screen.getByRole('group', { name: 'Scope questions' });
    await user.click(within(group).getByRole('button', { name: /Q1 Do assessments offer/ }));
    await user.click(within(group).getByRole('button', { name: /Q2 Is the front door/ }));
    await waitFor(async () =>
      expect(await saved()).toMatchObject({
        scopeQuestionIds: [scopeQuestions[0]?.id, scopeQuestions[1]?.id],
        themeIds: [],
      }),
    );
  });

  it('shows the chosen tags compactly when tagging is closed', async () => {
    await editorFor();
    const user = userEvent.setup();
    await user.click(
      within(screen.getByRole('group', { name: 'Themes' })).getByRole('button', { name: 'Commissioning' }),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Scope questions' })).getByRole('button', { name: /Q2/ }),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Themes' })).getByRole('button', { name: 'Commissioning' }),
      ).toHaveAttribute('aria-pressed', 'true'),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Scope questions' })).getByRole('button', { name: /Q2/ }),
      ).toHaveAttribute('aria-pressed', 'true'),
    );
    await user.click(screen.getByRole('button', { name: 'Tags', expanded: true }));
    expect(screen.queryByRole('group', { name: 'Themes' })).not.toBeInTheDocument();
    expect(screen.getByText('Commissioning')).toBeInTheDocument();
    expect(screen.getByText('Q2')).toBeInTheDocument();
  });

  it('starts closed on an existing note and opens with the Tags button', async () => {
    await editorFor('focus group', false);
    const user = userEvent.setup();
    expect(screen.getByText('No tags yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tags', expanded: false }));
    expect(screen.getByRole('group', { name: 'Themes' })).toBeInTheDocument();
  });
});

describe('document reference', () => {
  it('is offered for a read note and saved as typed', async () => {
    const { saved } = await editorFor('document reading');
    const user = userEvent.setup();
    expect(screen.getByRole('combobox', { name: 'Evidence type' })).toHaveProperty('value', 'read');
    await user.type(screen.getByRole('textbox', { name: 'Document reference' }), 'Self-assessment, section 3');
    await user.tab();
    await waitFor(async () => expect((await saved()).documentReference).toBe('Self-assessment, section 3'));
  });

  it('appears when a heard note becomes a read note', async () => {
    await editorFor('interview');
    const user = userEvent.setup();
    expect(screen.queryByRole('textbox', { name: 'Document reference' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Evidence type' }), 'read');
    expect(await screen.findByRole('textbox', { name: 'Document reference' })).toBeInTheDocument();
  });
});
