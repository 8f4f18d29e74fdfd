// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import { AppServicesContext } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { readAtStart, waitAtMostMs, type ReadAtStart } from '../../src/client/services/readAtStart';
import type { TriangulateDb } from '../../src/client/store/db';
import { createNote, updateNote } from '../../src/client/store/noteRepository';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { engagementId, joinedDb, memberId, session } from '../unit/storeFixtures';
import { seedEngagement, services, stubObjectUrls } from './captureFixtures';

beforeEach(stubObjectUrls);
afterEach(cleanup);

/** readAtStart's read, answered. */
async function readSettled(db: TriangulateDb, sessionId: string) {
  const reads = readAtStart(db, { engagementId, sessionId });
  await reads.read;
  return reads;
}

/** The session page as the app opens on it, given what was read as it started. */
function renderSessionPage(db: TriangulateDb, reads: ReadAtStart) {
  const identity = { engagementId, memberId, role: 'peer' as const, displayName: 'Priya Shah', storagePersisted: true };
  render(
    <AppServicesContext.Provider value={{ ...services(db), readAtStart: reads }}>
      <EngagementContext.Provider value={{ identity, syncEngine: new SyncEngine(db, services(db).api, engagementId) }}>
        <MemoryRouter initialEntries={[`/sessions/${session.id}`]}>
          <Routes>
            <Route path="/sessions/:sessionId" element={<SessionPage />} />
          </Routes>
        </MemoryRouter>
      </EngagementContext.Provider>
    </AppServicesContext.Provider>,
  );
}

describe('the session read as the app starts (issue 10, point 12)', () => {
  it('hands the session the address opens on to its page, and no other', async () => {
    const db = await joinedDb();
    await seedEngagement(db);
    const reads = await readSettled(db, session.id);
    expect(reads.session(session.id)).toEqual(session);
    expect(reads.session(crypto.randomUUID())).toBeUndefined();
  });

  it('never hands over a deleted session: its page reads whether it still holds notes', async () => {
    const db = await joinedDb();
    await seedEngagement(db);
    await db.session.put({ ...session, deleted: true });
    const reads = await readSettled(db, session.id);
    expect(reads.session(session.id)).toBeUndefined();
  });

  it('settles when the read fails, for the app to start and the page to show the error', async () => {
    const db = await joinedDb();
    db.close({ disableAutoOpen: true });
    const reads = await readSettled(db, session.id);
    expect(reads.session(session.id)).toBeUndefined();
  });

  it('settles after at most a second when the database does not answer, for the app to draw anyway', async () => {
    vi.useFakeTimers();
    try {
      // A database that never opens (another tab holding an upgrade): its reads never answer.
      const never = () => new Promise(() => undefined);
      const neverOpens = {
        name: 'never-opens',
        session: { get: never },
        note: { where: () => ({ equals: () => ({ toArray: never }) }) },
      } as unknown as TriangulateDb;
      const reads = readAtStart(neverOpens, { engagementId, sessionId: session.id });
      let settled = false;
      void reads.read.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(waitAtMostMs - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      expect(reads.session(session.id)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets the session page show "New note" and its notes at its first render', async () => {
    const db = await joinedDb();
    await seedEngagement(db);
    const note = await createNote(db, session, memberId);
    await updateNote(db, note, { text: 'Read as the app started' });
    const reads = await readSettled(db, session.id);
    renderSessionPage(db, reads);
    // No wait: the page's own read has not answered yet, and the button and the notes are already there.
    expect(screen.getByRole('heading', { level: 1, name: session.title })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New note' })).toBeEnabled();
    expect(screen.getByDisplayValue('Read as the app started')).toBeInTheDocument();
    expect(screen.queryByText('Reading the notes…')).not.toBeInTheDocument();
  });

  it('says it is reading the notes, never showing an empty session, when a note was written after the start read them', async () => {
    const db = await joinedDb();
    await seedEngagement(db);
    const reads = await readSettled(db, session.id);
    const note = await createNote(db, session, memberId);
    await updateNote(db, note, { text: 'Written after the start read' });
    renderSessionPage(db, reads);
    expect(screen.getByRole('button', { name: 'New note' })).toBeEnabled();
    // The start read an empty session; the page does not show it as empty, and reads for itself.
    expect(screen.getByRole('status')).toHaveTextContent('Reading the notes…');
    expect(await screen.findByDisplayValue('Written after the start read')).toBeInTheDocument();
    expect(screen.queryByText('Reading the notes…')).not.toBeInTheDocument();
  });

  it("hands the session's notes read at start to its page once, and to no other session", async () => {
    const db = await joinedDb();
    await seedEngagement(db);
    const note = await createNote(db, session, memberId);
    const reads = await readSettled(db, session.id);
    expect(reads.takeSessionNotes(engagementId, crypto.randomUUID())).toBeUndefined();
    const again = await readSettled(db, session.id);
    expect(await again.takeSessionNotes(engagementId, session.id)).toEqual([note]);
    expect(again.takeSessionNotes(engagementId, session.id)).toBeUndefined();
  });

  it('hands over no notes once a note has been written since they were asked for: the page reads them itself', async () => {
    const db = await joinedDb();
    await seedEngagement(db);
    const note = await createNote(db, session, memberId);
    const reads = await readSettled(db, session.id);
    await updateNote(db, note, { text: 'typed after the start' });
    expect(reads.takeSessionNotes(engagementId, session.id)).toBeUndefined();
  });

  it('shows the notes read at start, and a note written after the page took them over', async () => {
    const db = await joinedDb();
    await seedEngagement(db);
    const first = await createNote(db, session, memberId);
    await updateNote(db, first, { text: 'Written before the start' });
    const reads = await readSettled(db, session.id);
    renderSessionPage(db, reads);
    expect(await screen.findByDisplayValue('Written before the start')).toBeInTheDocument();
    // Taken over: the start no longer holds them for anyone else.
    expect(reads.takeSessionNotes(engagementId, session.id)).toBeUndefined();
    const second = await createNote(db, session, memberId);
    await updateNote(db, second, { text: 'Written after the page opened' });
    expect(await screen.findByDisplayValue('Written after the page opened')).toBeInTheDocument();
  });
});
