// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import { createNote } from '../../src/client/store/noteRepository';
import { joinedDb, memberId, session } from '../unit/storeFixtures';
import { renderSessionPage, seedEngagement, stubObjectUrls } from './captureFixtures';

/** Renders of the tag pickers, counted by label. */
const pickerRenders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/client/features/capture/TagPicker', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/client/features/capture/TagPicker')>();
  return {
    ...actual,
    TagPicker: (props: Parameters<typeof actual.TagPicker>[0]) => {
      pickerRenders.set(props.label, (pickerRenders.get(props.label) ?? 0) + 1);
      return <actual.TagPicker {...props} />;
    },
  };
});

/** The note text each note editor was last rendered with: what the last live query brought. */
const editorTexts = vi.hoisted(() => new Map<string, string>());
vi.mock('../../src/client/features/capture/NoteEditor', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/client/features/capture/NoteEditor')>();
  return {
    ...actual,
    NoteEditor: (props: Parameters<typeof actual.NoteEditor>[0]) => {
      editorTexts.set(props.note.id, props.note.text);
      return <actual.NoteEditor {...props} />;
    },
  };
});

beforeEach(() => {
  stubObjectUrls();
  pickerRenders.clear();
  editorTexts.clear();
});
afterEach(cleanup);

describe('a keystroke in a note', () => {
  it('renders its text again, not its tags, choices or photos', async () => {
    const db = await joinedDb();
    await seedEngagement(db);
    const note = await createNote(db, session, memberId);
    await renderSessionPage(db, <SessionPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tags' }));
    await screen.findByRole('button', { name: 'Working together' });
    const before = new Map(pickerRenders);

    await user.click(screen.getByRole('textbox', { name: 'Note text' }));
    await user.keyboard('Carers wait weeks');
    // The last keystroke's note has reached the note's editor (and so its tags) from the live query.
    await waitFor(() => expect(editorTexts.get(note.id)).toBe('Carers wait weeks'));
    expect(pickerRenders).toEqual(before);

    // A tag chosen is a change to the tags: they render again.
    await user.click(screen.getByRole('button', { name: 'Working together' }));
    await waitFor(() => expect(pickerRenders.get('Themes')).toBeGreaterThan(before.get('Themes') ?? 0));
  });
});
