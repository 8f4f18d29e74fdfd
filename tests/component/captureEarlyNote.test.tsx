// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import type { TriangulateDb } from '../../src/client/store/db';
import { localDrafts } from '../../src/client/store/draftJournal';
import { drawnNoteFieldsSchema } from '../../src/client/store/noteDraftStore';
import { newNoteFields } from '../../src/client/store/noteRepository';
import { rememberMember } from '../../src/client/store/rememberedMember';
import { replayNoteDrafts } from '../../src/client/store/replayNoteDrafts';
import { engagementId, joinedDb, memberId, session } from '../unit/storeFixtures';
import { renderSessionPage, seedEngagement } from './captureFixtures';

/** The script index.html runs before the app's code, as the browser runs it: a classic script, once. */
const earlyNoteScript = readFileSync(path.join(process.cwd(), 'public/early-note.js'), 'utf8');
const runEarlyNoteScript = (): unknown => new Function(earlyNoteScript)();

const sessionAddress = `/engagements/${engagementId}/sessions/${session.id}`;
const hintKey = `triangulate:early-note:${engagementId}:${session.id}`;
// The app's database name: the script journals into it as the app does.
const databaseName = 'triangulate';

let db: TriangulateDb;

beforeEach(async () => {
  localStorage.clear();
  window.history.replaceState(null, '', sessionAddress);
  // index.html's own start text, as painted before any script.
  document.body.innerHTML = '<div id="root"><main><p>Triangulate</p></main></div>';
  db = await joinedDb(databaseName);
  await seedEngagement(db);
});

afterEach(async () => {
  cleanup();
  Reflect.deleteProperty(window, 'triangulateEarlyNote');
  db.close();
  await db.delete();
});

/** What a device that has shown this session to this member holds in localStorage. */
function rememberThisSession() {
  rememberMember({ engagementId, memberId, role: 'peer', displayName: 'Priya Shah', storagePersisted: true });
  localStorage.setItem(hintKey, JSON.stringify(newNoteFields(session)));
}

/** The early box's journal in IndexedDB once its last put has committed. */
async function journalledInDatabase(text: string) {
  await waitFor(async () => expect((await db.noteDraft.toArray()).map((row) => row.text)).toContain(text));
  return db.noteDraft.toArray();
}

describe('the early note box (public/early-note.js)', () => {
  it('is offered only on a session this device’s app has drawn "New note" on for a member it holds', () => {
    runEarlyNoteScript();
    expect(screen.queryByRole('button', { name: 'New note' })).not.toBeInTheDocument();

    rememberMember({ engagementId, memberId, role: 'peer', displayName: 'Priya Shah', storagePersisted: true });
    runEarlyNoteScript();
    expect(screen.queryByRole('button', { name: 'New note' })).not.toBeInTheDocument();

    localStorage.setItem(hintKey, JSON.stringify({ ...newNoteFields(session), evidenceType: 'overheard' }));
    runEarlyNoteScript();
    expect(screen.queryByRole('button', { name: 'New note' })).not.toBeInTheDocument();

    localStorage.setItem(hintKey, JSON.stringify(newNoteFields(session)));
    window.history.replaceState(null, '', `/engagements/${engagementId}/timetable`);
    runEarlyNoteScript();
    expect(screen.queryByRole('button', { name: 'New note' })).not.toBeInTheDocument();

    window.history.replaceState(null, '', sessionAddress);
    runEarlyNoteScript();
    expect(screen.getByRole('button', { name: 'New note' })).toBeInTheDocument();
  });

  it('is remembered by the session screen for its next cold start, with the session’s evidence type', async () => {
    await renderSessionPage(db, <SessionPage />);
    await screen.findByRole('heading', { level: 1, name: session.title });
    await waitFor(() => expect(localStorage.getItem(hintKey)).toBe(JSON.stringify(newNoteFields(session))));
    expect(JSON.parse(localStorage.getItem(hintKey) ?? '{}')).toMatchObject({ evidenceType: 'heard' });
  });

  it('draws a focused note box at the tap and journals each keystroke in both of the app’s journals', async () => {
    rememberThisSession();
    runEarlyNoteScript();
    fireEvent.click(screen.getByRole('button', { name: 'New note' }));
    const box = screen.getByRole('textbox', { name: 'Note text' });
    expect(box).toHaveFocus();
    // One box: its "New note" goes, the app's own comes with the app.
    expect(screen.queryByRole('button', { name: 'New note' })).not.toBeInTheDocument();
    await userEvent.setup().type(box, 'Carers wait weeks');

    const [draft, ...others] = localDrafts(localStorage);
    expect(others).toEqual([]);
    expect(draft).toMatchObject({ engagementId, text: 'Carers wait weeks' });
    expect(drawnNoteFieldsSchema.parse(draft?.drawnAs)).toMatchObject({
      sessionId: session.id,
      authorId: memberId,
      evidenceType: 'heard',
      stance: 'neutral',
      themeIds: [],
    });
    const rows = await journalledInDatabase('Carers wait weeks');
    expect(rows.at(-1)).toMatchObject({ noteId: draft?.noteId, saved: false, drawnAs: draft?.drawnAs });
  });

  it('is taken over by the session screen with its text, caret and focus, and the note is written', async () => {
    rememberThisSession();
    runEarlyNoteScript();
    fireEvent.click(screen.getByRole('button', { name: 'New note' }));
    const early = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note text' });
    await userEvent.setup().type(early, 'Carers wait weeks for');
    early.setSelectionRange(6, 6);
    // React's first render replaces index.html's content: here, the early box goes the same way.
    document.getElementById('root')?.replaceChildren();

    await renderSessionPage(db, <SessionPage />);
    const box = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Note text' });
    expect(box).toHaveValue('Carers wait weeks for');
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([6, 6]);
    expect(Reflect.has(window, 'triangulateEarlyNote')).toBe(false);
    await waitFor(async () =>
      expect(await db.note.toArray()).toEqual([
        expect.objectContaining({ text: 'Carers wait weeks for', sessionId: session.id, authorId: memberId }),
      ]),
    );

    await userEvent.setup().type(box, ' an assessment', { initialSelectionStart: 21, initialSelectionEnd: 21 });
    await waitFor(async () => expect((await db.note.toArray())[0]?.text).toBe('Carers wait weeks for an assessment'));
    expect(await db.note.count()).toBe(1);
    expect(screen.getAllByRole('textbox', { name: 'Note text' })).toHaveLength(1);
  });

  it('leaves a note whose tab closed before the app took over to the next start, which writes it with its text', async () => {
    rememberThisSession();
    runEarlyNoteScript();
    fireEvent.click(screen.getByRole('button', { name: 'New note' }));
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Note text' }), 'Said at the door');
    await journalledInDatabase('Said at the door');

    expect(await replayNoteDrafts(db)).toBe(1);
    expect(await db.note.toArray()).toEqual([
      expect.objectContaining({
        text: 'Said at the door',
        sessionId: session.id,
        authorId: memberId,
        evidenceType: 'heard',
        rev: 0,
      }),
    ]);
    expect(localDrafts(localStorage)).toEqual([]);
  });
});
