// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/records/note';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import { engagementId, joinedDb, memberId, session } from '../unit/storeFixtures';
import { otherMemberId, renderSessionPage, seedEngagement, stubObjectUrls } from './captureFixtures';

beforeEach(stubObjectUrls);
afterEach(cleanup);

function note(index: number, authorId: string): Note {
  const time = new Date(Date.UTC(2026, 10, 23, 9) + index * 60_000).toISOString();
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
  };
}

/** The session opened from a search result for the note at `foundIndex`. */
async function openFromSearch(count: number, foundIndex: number, authorOf: (index: number) => string) {
  const db = await joinedDb();
  await seedEngagement(db);
  const notes = Array.from({ length: count }, (_, index) => note(index, authorOf(index)));
  await db.note.bulkPut(notes);
  const found = notes[foundIndex];
  if (!found) throw new Error('no such note');
  await renderSessionPage(db, <SessionPage />, `/sessions/${session.id}?note=${found.id}`);
  await screen.findByRole('heading', { level: 1, name: session.title });
  return found;
}

const foundRegion = () => screen.findByRole('region', { name: 'Found by search' });

describe('a note opened from Search', () => {
  it('is rendered far down a long session, labelled "Found by search" and focused', async () => {
    // 80 notes: only those near the screen are rendered, and the found one is near the end.
    await openFromSearch(80, 71, (index) => (index % 2 === 0 ? memberId : otherMemberId));
    const region = await foundRegion();
    expect(within(region).getByText('Found by search')).toBeVisible();
    // Teammates' names are read after the start: "a teammate" until then.
    expect(await within(region).findByRole('article', { name: 'Note by Sam Jones' })).toHaveTextContent('Note 72');
    await waitFor(() => expect(region).toHaveFocus());
    expect(screen.getAllByRole('region', { name: 'Found by search' })).toHaveLength(1);
  });

  it('keeps the mark while the person works in that note, and drops it when they move to another', async () => {
    const found = await openFromSearch(5, 2, () => memberId);
    const region = await foundRegion();
    await waitFor(() => expect(region).toHaveFocus());
    const user = userEvent.setup();
    const box = within(region).getByRole('textbox', { name: 'Note text' });
    expect(box).toHaveValue(found.text);
    await user.click(box);
    expect(screen.getByRole('region', { name: 'Found by search' })).toBe(region);

    const others = screen.getAllByRole('textbox', { name: 'Note text' });
    const first = others[0];
    if (!first) throw new Error('no first note');
    await user.click(first);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Found by search' })).not.toBeInTheDocument());
    expect(screen.queryByText('Found by search')).not.toBeInTheDocument();
    // The note itself stays, the same text box (not remounted), and focus stays where it went.
    expect(box).toBeInTheDocument();
    expect(box).toHaveValue(found.text);
    expect(first).toHaveFocus();
  });
});
