// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/records/note';
import { SessionPage } from '../../src/client/features/capture/SessionPage';
import type { TriangulateDb } from '../../src/client/store/db';
import { fullDeviceSwitch } from '../unit/fullDevice';
import { engagementId, joinedDb, memberId, session } from '../unit/storeFixtures';
import {
  otherMemberId,
  renderSessionPage,
  scopeQuestions,
  seedEngagement,
  stubObjectUrls,
  themes,
} from './captureFixtures';

beforeEach(stubObjectUrls);
afterEach(cleanup);

const photoId = 'd4d4d4d4-0000-4000-8000-000000000001';

/** A teammate's note as a pull brings it. */
function teammateNote(changes: Partial<Note> = {}): Note {
  return {
    id: crypto.randomUUID(),
    engagementId,
    rev: 5,
    updatedAt: '2026-11-23T10:30:00.000Z',
    deleted: false,
    conflicts: [],
    sessionId: session.id,
    text: 'It is not happening as quickly as I would have hoped',
    evidenceType: 'heard',
    themeIds: [themes[1]?.id ?? ''],
    scopeQuestionIds: [scopeQuestions[0]?.id ?? ''],
    stance: 'area for consideration',
    isQuote: true,
    authorId: otherMemberId,
    createdAt: '2026-11-23T10:05:00.000Z',
    documentReference: '',
    photoIds: [photoId],
    ...changes,
  };
}

async function page(setup: (db: TriangulateDb) => Promise<void> = async () => undefined) {
  const db = await joinedDb();
  await seedEngagement(db);
  await setup(db);
  await renderSessionPage(db, <SessionPage />);
  await screen.findByRole('heading', { level: 1, name: session.title });
  return db;
}

/** The page on a device that is full until `device.full` is set false. */
async function pageOnFullDevice() {
  const device = { full: false };
  const db = await page(async (setupDb) => {
    await fullDeviceSwitch(setupDb, device);
  });
  device.full = true;
  return { db, device };
}

describe('the session page', () => {
  it('shows a teammate’s note read-only, with its tags, stance, quote flag and photo', async () => {
    await page(async (db) => {
      const note = teammateNote();
      await db.note.put(note);
      await db.photo.put({
        id: photoId,
        engagementId,
        noteId: note.id,
        bytes: new Uint8Array([0xff, 0xd8, 0xff]).buffer,
        contentType: 'image/jpeg',
        uploaded: 1,
        storedAt: '2026-11-23T10:31:00.000Z',
      });
    });
    const note = await screen.findByRole('article', { name: 'Note by Sam Jones' });
    expect(within(note).getByText('It is not happening as quickly as I would have hoped')).toBeInTheDocument();
    expect(note).toHaveTextContent('area for consideration');
    expect(note).toHaveTextContent('verbatim quote');
    // Tag names fill in as the engagement's themes and questions are read.
    expect(await within(note).findByText('Working together')).toBeInTheDocument();
    expect(await within(note).findByText('Q1')).toBeInTheDocument();
    expect(await within(note).findByRole('img', { name: 'Photo 1' })).toBeInTheDocument();
    expect(within(note).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(note).queryByRole('button', { name: 'Delete note' })).not.toBeInTheDocument();
    expect(within(note).queryByLabelText('Add photo')).not.toBeInTheDocument();
  });

  it('draws and focuses a new note’s box with the tap itself, and keeps what is typed at once', async () => {
    const db = await page();
    fireEvent.click(screen.getByRole('button', { name: 'New note' }));
    // No wait: the box is there, focused, before the note's write has had a turn.
    const box = screen.getByRole('textbox', { name: 'Note text' });
    expect(box).toHaveFocus();
    await userEvent.setup().type(box, 'Typed before the note was written');
    await waitFor(async () => expect((await db.note.toArray())[0]?.text).toBe('Typed before the note was written'));
    expect(await db.note.count()).toBe(1);
  });

  it('keeps a new note’s box and what is typed in it when the note’s write fails on a full device, and writes both once there is room', async () => {
    const { db, device } = await pageOnFullDevice();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New note' }));
    await user.type(screen.getByRole('textbox', { name: 'Note text' }), 'Carers wait weeks');
    // The note's write failed and the page says why; the box and its words stay.
    expect((await screen.findAllByText(/^This device is out of storage/)).length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBe(2)); // the page's, and the box's own
    expect(screen.getByRole('textbox', { name: 'Note text' })).toHaveValue('Carers wait weeks');
    expect(await db.note.count()).toBe(0);

    device.full = false;
    await user.type(screen.getByRole('textbox', { name: 'Note text' }), '!');
    await waitFor(async () =>
      expect(await db.note.toArray()).toEqual([
        expect.objectContaining({ text: 'Carers wait weeks!', sessionId: session.id, authorId: memberId }),
      ]),
    );
    expect(screen.getAllByRole('textbox', { name: 'Note text' })).toHaveLength(1);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1)); // the box's own has gone
  });

  it('still says the device is full once the box of a note never written is taken away: nothing was saved', async () => {
    const { db } = await pageOnFullDevice();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New note' }));
    expect(await screen.findByText(/^This device is out of storage/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Note text' })).not.toBeInTheDocument());
    expect(screen.getByText(/^This device is out of storage/)).toBeInTheDocument();
    expect(await db.note.count()).toBe(0);
  });

  it('takes away the box of a note never written (a full device at "New note") when it is deleted', async () => {
    const { db, device } = await pageOnFullDevice();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New note' }));
    expect(await screen.findByText(/^This device is out of storage/)).toBeInTheDocument();
    device.full = false;
    await user.click(screen.getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Note text' })).not.toBeInTheDocument());
    expect(screen.queryByText('Note deleted.')).not.toBeInTheDocument();
    expect(await db.note.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('deletes my note with an undo, and restores it from "Deleted notes"', async () => {
    const db = await page();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New note' }));
    await user.type(await screen.findByRole('textbox', { name: 'Note text' }), 'Panel minutes are late');
    await user.click(screen.getByRole('button', { name: 'Delete note' }));

    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Note text' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Note deleted.');
    const [deleted] = await db.note.toArray();
    expect(deleted?.deleted).toBe(true);
    const entry = await db.outbox
      .where('[engagementId+recordId]')
      .equals([engagementId, deleted?.id ?? ''])
      .first();
    expect(entry?.op).toBe('delete');

    await user.click(screen.getByText(/Deleted notes \(1\)/));
    await user.click(screen.getByRole('button', { name: 'Restore note: Panel minutes are late' }));
    expect(await screen.findByRole('textbox', { name: 'Note text' })).toHaveProperty('value', 'Panel minutes are late');
    expect((await db.note.get(deleted?.id ?? ''))?.deleted).toBe(false);
    expect(screen.queryByText(/Deleted notes/)).not.toBeInTheDocument();
  });

  it('undoes a delete at once from the message, by keyboard', async () => {
    await page();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New note' }));
    await user.type(await screen.findByRole('textbox', { name: 'Note text' }), 'Oops');
    await user.click(screen.getByRole('button', { name: 'Delete note' }));
    // Focus moves to Undo, so the keyboard can take it back at once.
    expect(await screen.findByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('textbox', { name: 'Note text' })).toHaveProperty('value', 'Oops');
  });

  it('hides a teammate’s deleted note from a peer', async () => {
    await page(async (db) => {
      await db.note.put(teammateNote({ deleted: true, photoIds: [] }));
    });
    await screen.findByRole('button', { name: 'New note' });
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByText(/Deleted notes/)).not.toBeInTheDocument();
  });

  it('lets the challenge manager restore anyone’s deleted note', async () => {
    const db = await page(async (setupDb) => {
      await setupDb.deviceIdentity.update(engagementId, { role: 'manager' });
      await setupDb.note.put(teammateNote({ deleted: true, photoIds: [] }));
    });
    const user = userEvent.setup();
    await user.click(await screen.findByText(/Deleted notes \(1\)/));
    await user.click(screen.getByRole('button', { name: /Restore note: It is not happening/ }));
    expect(await screen.findByRole('article', { name: 'Note by Sam Jones' })).toBeInTheDocument();
    const [restored] = await db.note.toArray();
    expect(restored?.deleted).toBe(false);
  });
});
