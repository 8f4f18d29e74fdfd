// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../src/domain/records/note';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import type { TriangulateDb } from '../../src/client/store/db';
import { engagementId, joinedDb, memberId, session } from '../unit/storeFixtures';
import { otherMemberId, renderSessionPage, seedEngagement, stubObjectUrls } from './captureFixtures';

/**
 * Renders of each note's row, counted where every editor renders its tags (open or folded)
 * and every read-only note its photos.
 */
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/client/features/capture/NotePhotos', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/client/features/capture/NotePhotos')>();
  return {
    NotePhotos: (props: Parameters<typeof actual.NotePhotos>[0]) => {
      if (!props.editable) renders.set(props.note.id, (renders.get(props.note.id) ?? 0) + 1);
      return <actual.NotePhotos {...props} />;
    },
  };
});
vi.mock('../../src/client/features/capture/NoteTagging', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/client/features/capture/NoteTagging')>();
  return {
    NoteTagging: (props: Parameters<typeof actual.NoteTagging>[0]) => {
      renders.set(props.note.id, (renders.get(props.note.id) ?? 0) + 1);
      return <actual.NoteTagging {...props} />;
    },
  };
});

beforeEach(() => {
  stubObjectUrls();
  renders.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function note(index: number, authorId: string, changes: Partial<Note> = {}): Note {
  const time = new Date(Date.UTC(2020, 10, 23, 9) + index * 60_000).toISOString();
  return {
    id: crypto.randomUUID(),
    engagementId,
    rev: 1,
    updatedAt: time,
    deleted: false,
    conflicts: [],
    sessionId: session.id,
    text: `Note ${index + 1}`,
    evidenceType: 'heard',
    themeIds: [],
    scopeQuestionIds: [],
    stance: 'neutral',
    isQuote: false,
    authorId,
    createdAt: time,
    documentReference: '',
    photoIds: [],
    ...changes,
  };
}

async function page(notes: Note[]): Promise<TriangulateDb> {
  const db = await joinedDb();
  await seedEngagement(db);
  await db.note.bulkPut(notes);
  await renderSessionPage(db, <SessionPage />);
  await screen.findByRole('heading', { level: 1, name: session.title });
  return db;
}

/** The render counts once they have stopped changing (live queries still loading). */
async function settledRenders(): Promise<Map<string, number>> {
  let last = '';
  for (;;) {
    const now = JSON.stringify([...renders]);
    if (now === last) return new Map(renders);
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const noteList = () => screen.getByRole('list', { name: 'Notes in this session' });
const textOf = (box: HTMLElement) => (box instanceof HTMLTextAreaElement ? box.value : '');

describe('a session’s notes', () => {
  it('re-renders only the note being typed in, not the others', async () => {
    const notes = [note(0, memberId), note(1, otherMemberId), note(2, memberId), note(3, otherMemberId)];
    const db = await page(notes);
    const boxes = await screen.findAllByRole('textbox', { name: 'Note text' });
    await waitFor(() => expect(renders.size).toBe(4));
    // Settled: teammates' names and every row's tag options have loaded.
    expect(await screen.findAllByRole('article', { name: 'Note by Sam Jones' })).toHaveLength(2);
    const before = await settledRenders();

    const user = userEvent.setup();
    await user.click(boxes[0] ?? document.body);
    await user.keyboard('{End} and more');
    await waitFor(async () => expect((await db.note.get(notes[0]?.id ?? ''))?.text).toBe('Note 1 and more'));
    // Let the last live query land.
    await waitFor(() => expect(renders.get(notes[0]?.id ?? '')).toBeGreaterThan(before.get(notes[0]?.id ?? '') ?? 0));

    for (const other of notes.slice(1)) expect(renders.get(other.id)).toBe(before.get(other.id));
  });

  it('shows text that arrives from sync in a note not being typed in', async () => {
    const mine = note(0, memberId);
    const db = await page([mine]);
    const box = await screen.findByRole('textbox', { name: 'Note text' });
    expect(textOf(box)).toBe('Note 1');
    await db.note.put({
      ...mine,
      text: 'Note 1, finished on the other tablet',
      rev: 2,
      updatedAt: '2026-11-23T11:00:00.000Z',
    });
    await waitFor(() => expect(textOf(box)).toBe('Note 1, finished on the other tablet'));
  });

  it('renders only the notes near the screen past 50, and says how many there are', async () => {
    await page(Array.from({ length: 300 }, (_, index) => note(index, index % 2 ? otherMemberId : memberId)));
    await waitFor(() => expect(within(noteList()).getAllByRole('listitem').length).toBeGreaterThan(0));
    const rows = within(noteList()).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(20);
    expect(rows[0]).toHaveAttribute('aria-setsize', '300');
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
  });

  it('keeps the note being typed in mounted when the page scrolls far away from it', async () => {
    await page(Array.from({ length: 300 }, (_, index) => note(index, memberId)));
    const first = (await screen.findAllByRole('textbox', { name: 'Note text' }))[0] ?? document.body;
    const user = userEvent.setup();
    await user.click(first);
    await user.keyboard('{End}, half typed');

    // jsdom has no layout or scrolling: the window is told it has scrolled 40,000 px down.
    const list = noteList();
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(40_000);
    fireEvent.scroll(window);
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')[1]).toHaveAttribute(
        'aria-posinset',
        expect.stringMatching(/^1\d\d$/),
      ),
    );

    const rows = within(list).getAllByRole('listitem');
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows.length).toBeLessThan(20);
    expect(first).toBeInTheDocument();
    expect(first).toHaveFocus();
    expect(textOf(first)).toBe('Note 1, half typed');
  });

  it('renders a new note at the end of a long session, focused', async () => {
    await page(Array.from({ length: 120 }, (_, index) => note(index, memberId)));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New note' }));
    await waitFor(() =>
      expect(within(noteList()).getAllByRole('listitem').at(-1)).toHaveAttribute('aria-posinset', '121'),
    );
    const row = within(noteList()).getAllByRole('listitem').at(-1) ?? document.body;
    const box = within(row).getByRole('textbox', { name: 'Note text' });
    await waitFor(() => expect(box).toHaveFocus());
    expect(textOf(box)).toBe('');
  });
});
