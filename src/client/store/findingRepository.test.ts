import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import type { BoardActor } from '../../domain/findings/findingPermissions';
import type { Note } from '../../domain/records/note';
import { applyPulledChanges } from './applyPulledChanges';
import type { TriangulateDb } from './db';
import {
  addNotesToFinding,
  createFinding,
  editFinding,
  mergeFindingsInto,
  moveFinding,
  moveNotesToFinding,
  removeNotesFromFinding,
  unmergeFindingsFrom,
} from './findingRepository';
import { acknowledgePush, takeOutboxBatch } from './outbox';
import { getThemeBoard } from './themeBoardQueries';

const themeId = '7a7e3d4c-5b6a-4978-8695-a4b3c2d1e0f9';
const otherThemeId = '7b7e3d4c-5b6a-4978-8695-a4b3c2d1e0f9';
const manager: BoardActor = { memberId, role: 'manager' };
const peer: BoardActor = { memberId, role: 'peer' };
const otherPeer: BoardActor = { memberId: '8a8e3d4c-5b6a-4978-8695-a4b3c2d1e0f9', role: 'peer' };

let minute = 0;
function note(themeIds: string[], extra: Partial<Note> = {}): Note {
  minute += 1;
  const time = new Date(Date.parse('2026-11-23T10:00:00.000Z') + minute * 60_000).toISOString();
  return {
    id: crypto.randomUUID(),
    engagementId,
    rev: 1,
    updatedAt: time,
    deleted: false,
    conflicts: [],
    sessionId: session.id,
    text: `note ${minute}`,
    evidenceType: 'heard',
    themeIds,
    scopeQuestionIds: [],
    stance: 'neutral',
    isQuote: false,
    authorId: memberId,
    createdAt: time,
    documentReference: '',
    photoIds: [],
    ...extra,
  };
}

async function seeded(notes: Note[]): Promise<TriangulateDb> {
  const db = await joinedDb();
  await db.session.put(session);
  await db.note.bulkPut(notes);
  return db;
}

const make = (db: TriangulateDb, noteIds: string[], extra: { lane?: 'strength' | 'area for consideration' } = {}) =>
  createFinding(db, manager, {
    engagementId,
    themeId,
    lane: extra.lane ?? 'strength',
    headline: 'Partners trust each other',
    noteIds,
  });

/** Pushes everything waiting and acknowledges it, as a sync would. */
async function pushAll(db: TriangulateDb, firstRev: number): Promise<void> {
  const batch = await takeOutboxBatch(db, engagementId, 500);
  await acknowledgePush(
    db,
    engagementId,
    batch,
    batch.map((mutation, i) => ({ seq: mutation.seq, status: 'applied' as const, rev: firstRev + i })),
  );
}

describe('findings on this device', () => {
  it('makes a proposed finding from notes at the end of its lane, with an outbox entry', async () => {
    const [a, b] = [note([themeId]), note([themeId])];
    const db = await seeded([a, b]);
    const first = await make(db, [a.id]);
    const second = await createFinding(db, peer, {
      engagementId,
      themeId,
      lane: 'strength',
      headline: 'Second',
      noteIds: [b.id, b.id],
    });
    expect(first).toMatchObject({ status: 'proposed', position: 0, noteIds: [a.id], authorId: memberId });
    expect(second).toMatchObject({ position: 1, noteIds: [b.id] });
    expect((await db.outbox.toArray()).map((entry) => entry.recordId)).toEqual([first.id, second.id]);
    await expect(
      createFinding(db, peer, {
        engagementId,
        themeId,
        lane: 'strength',
        headline: 'x',
        noteIds: [],
        status: 'agreed',
      }),
    ).rejects.toMatchObject({ code: 'invalid_record', field: 'status' });
  });

  it('lists the board: lanes in order, unassigned notes newest first, and notes with no theme', async () => {
    const [old, newer, other, none, noneUsed] = [
      note([themeId]),
      note([themeId, otherThemeId]),
      note([otherThemeId]),
      note([]),
      note([]),
    ];
    const deleted = note([themeId], { deleted: true });
    const db = await seeded([old, newer, other, none, noneUsed, deleted]);
    const f1 = await make(db, []);
    const f2 = await make(db, [noneUsed.id], { lane: 'area for consideration' });
    await createFinding(db, manager, {
      engagementId,
      themeId: otherThemeId,
      lane: 'strength',
      headline: 'o',
      noteIds: [newer.id],
    });
    let board = await getThemeBoard(db, engagementId, themeId);
    expect(board.lanes.strength.map((f) => f.id)).toEqual([f1.id]);
    expect(board.lanes['area for consideration'].map((f) => f.id)).toEqual([f2.id]);
    // In a finding of another theme only: still unassigned here.
    expect(board.unassignedNotes.map((n) => n.id)).toEqual([newer.id, old.id]);
    expect(board.notesWithoutTheme.map((n) => n.id)).toEqual([none.id]);

    await addNotesToFinding(db, manager, f1.id, [old.id]);
    board = await getThemeBoard(db, engagementId, themeId);
    expect(board.unassignedNotes.map((n) => n.id)).toEqual([newer.id]);
    await removeNotesFromFinding(db, manager, f1.id, [old.id]);
    board = await getThemeBoard(db, engagementId, themeId);
    expect(board.unassignedNotes.map((n) => n.id)).toEqual([newer.id, old.id]);
  });

  it('reads the theme’s notes, those with no theme and those its findings cite: not the rest of the engagement', async () => {
    const [ours, none, citedOther, uncitedOther] = [
      note([themeId]),
      note([]),
      note([otherThemeId]),
      note([otherThemeId]),
    ];
    const elsewhere = note([], { engagementId: crypto.randomUUID() });
    const db = await seeded([ours, none, citedOther, uncitedOther, elsewhere]);
    const cites = await make(db, [citedOther.id]);
    const board = await getThemeBoard(db, engagementId, themeId);
    expect([...board.notes.keys()].sort()).toEqual([ours.id, none.id, citedOther.id].sort());
    expect(board.unassignedNotes.map((n) => n.id)).toEqual([ours.id]);
    expect(board.notesWithoutTheme.map((n) => n.id)).toEqual([none.id]);
    expect(board.lanes.strength.map((f) => [f.id, f.noteIds])).toEqual([[cites.id, [citedOther.id]]]);
  });

  it('moves a note from one finding to another in one go', async () => {
    const a = note([themeId]);
    const db = await seeded([a]);
    const from = await make(db, [a.id]);
    const to = await make(db, []);
    await moveNotesToFinding(db, manager, [a.id], from.id, to.id);
    expect((await db.finding.get(from.id))?.noteIds).toEqual([]);
    expect((await db.finding.get(to.id))?.noteIds).toEqual([a.id]);
  });

  it('reorders within a lane and moves between lanes, writing one record each time', async () => {
    const db = await seeded([]);
    const [x, y, z] = [await make(db, []), await make(db, []), await make(db, [])];
    await moveFinding(db, manager, z.id, 'strength', 0);
    let board = await getThemeBoard(db, engagementId, themeId);
    expect(board.lanes.strength.map((f) => f.id)).toEqual([z.id, x.id, y.id]);
    await moveFinding(db, manager, x.id, 'area for consideration', 0);
    await editFinding(db, manager, y.id, { lane: 'area for consideration', headline: 'Renamed' });
    board = await getThemeBoard(db, engagementId, themeId);
    expect(board.lanes.strength.map((f) => f.id)).toEqual([z.id]);
    expect(board.lanes['area for consideration'].map((f) => [f.id, f.headline])).toEqual([
      [x.id, 'Partners trust each other'],
      [y.id, 'Renamed'],
    ]);
  });

  it('lets a peer change only their own proposed findings, and never agree one', async () => {
    const db = await seeded([]);
    const mine = await createFinding(db, peer, {
      engagementId,
      themeId,
      lane: 'strength',
      headline: 'Mine',
      noteIds: [],
    });
    const theirs = await createFinding(db, otherPeer, {
      engagementId,
      themeId,
      lane: 'strength',
      headline: 'Theirs',
      noteIds: [],
    });
    await expect(editFinding(db, peer, mine.id, { headline: 'Mine, better' })).resolves.toMatchObject({
      headline: 'Mine, better',
    });
    await expect(editFinding(db, peer, theirs.id, { headline: 'x' })).rejects.toMatchObject({ code: 'invalid_record' });
    await expect(editFinding(db, peer, mine.id, { status: 'agreed' })).rejects.toMatchObject({ field: 'status' });
    await editFinding(db, manager, mine.id, { status: 'agreed' });
    await expect(addNotesToFinding(db, peer, mine.id, [])).rejects.toMatchObject({ code: 'invalid_record' });
    await expect(mergeFindingsInto(db, peer, mine.id, [theirs.id])).rejects.toMatchObject({ code: 'invalid_record' });
  });
});

describe('merge and undo', () => {
  it('merges and undoes on this device, as ordinary edits that sync', async () => {
    const [a, b, c] = [note([themeId]), note([themeId]), note([themeId])];
    const db = await seeded([a, b, c]);
    const survivor = await make(db, [a.id]);
    const duplicate = await createFinding(db, otherPeer, {
      engagementId,
      themeId,
      lane: 'strength',
      headline: 'Same again',
      noteIds: [b.id, c.id],
    });
    await mergeFindingsInto(db, manager, survivor.id, [duplicate.id]);
    let board = await getThemeBoard(db, engagementId, themeId);
    expect(board.lanes.strength.map((f) => [f.id, f.noteIds, f.mergedFromIds])).toEqual([
      [survivor.id, [a.id, b.id, c.id], [duplicate.id]],
    ]);
    expect(board.mergedFrom.get(duplicate.id)).toMatchObject({ deleted: true, noteIds: [b.id, c.id] });

    await unmergeFindingsFrom(db, manager, survivor.id, [duplicate.id]);
    board = await getThemeBoard(db, engagementId, themeId);
    expect(board.lanes.strength.map((f) => [f.id, f.noteIds, f.mergedFromIds])).toEqual([
      [survivor.id, [a.id], []],
      [duplicate.id, [b.id, c.id], []],
    ]);
    // Waiting edits fold: each finding has one entry, the duplicate's a live upsert again.
    const entries = await db.outbox.toArray();
    expect(entries.find((entry) => entry.recordId === duplicate.id)?.op).toBe('upsert');
  });

  it('undoes a merge made and synced on another device, from the records it pulled', async () => {
    const [a, b] = [note([themeId]), note([themeId])];
    const deviceA = await seeded([a, b]);
    const survivor = await make(deviceA, [a.id]);
    const duplicate = await make(deviceA, [b.id]);
    await pushAll(deviceA, 10);
    await mergeFindingsInto(deviceA, manager, survivor.id, [duplicate.id]);
    await pushAll(deviceA, 20);

    // Device B pulls the records as the server holds them after the merge.
    const deviceB = await seeded([a, b]);
    const pulled = (await deviceA.finding.toArray()).map((record) => ({ recordType: 'finding' as const, record }));
    await applyPulledChanges(deviceB, engagementId, pulled, 21);
    await unmergeFindingsFrom(deviceB, manager, survivor.id, [duplicate.id]);

    const board = await getThemeBoard(deviceB, engagementId, themeId);
    expect(board.lanes.strength.map((f) => [f.id, f.noteIds])).toEqual([
      [survivor.id, [a.id]],
      [duplicate.id, [b.id]],
    ]);
    const batch = await takeOutboxBatch(deviceB, engagementId, 500);
    const bySurvivor = batch.find((mutation) => mutation.recordId === survivor.id);
    expect(bySurvivor?.setChanges).toEqual({
      noteIds: { add: [], remove: [b.id] },
      mergedFromIds: { add: [], remove: [duplicate.id] },
      mergedNoteIds: { add: [], remove: [b.id] },
    });
    expect(batch.find((mutation) => mutation.recordId === duplicate.id)).toMatchObject({ op: 'upsert' });
  });
});
