// Before anything loads Dexie, which looks for IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSessions } from '../../src/client/store/engagementQueries';
import { createNote, listSessionNotes, updateNote } from '../../src/client/store/noteRepository';
import { countWaitingEdits } from '../../src/client/store/outbox';
import { dismissRefusedEdit, listRefusedEdits } from '../../src/client/store/refusedEdit';
import { saveEdit } from '../../src/client/store/saveEdit';
import { startInProcessServer, type InProcessServer } from '../support/inProcessServer';

let server: InProcessServer;

beforeEach(async () => {
  server = await startInProcessServer();
});

afterEach(async () => {
  await server.close();
});

describe('an edit the server refuses', () => {
  it('leaves the outbox for the refused list, with the server’s copy put back, and the edits after it still go', async () => {
    const lead = await server.device(1);
    const officer = await server.device(2);
    await lead.engine.syncNow();
    const engagementId = server.demo.engagementId;
    // The demo's last session is tomorrow's: it has no notes of the demo evening yet.
    const session = (await listSessions(lead.db, engagementId)).at(-1);
    if (!session) throw new Error('no session pulled');
    const leadsNote = await createNote(lead.db, session, lead.joined.memberId);
    await updateNote(lead.db, leadsNote, { text: 'Carers wait weeks' });
    await lead.engine.syncNow();

    // The officer changes the lead's note (the screens would not offer it), makes a theme
    // (only the manager may), then writes a note of their own.
    await officer.engine.syncNow();
    const [copy] = await listSessionNotes(officer.db, engagementId, session.id);
    if (!copy) throw new Error('note not pulled');
    await updateNote(officer.db, copy, { text: 'Carers never wait' });
    const themeId = crypto.randomUUID();
    await saveEdit(officer.db, {
      engagementId,
      recordType: 'theme',
      recordId: themeId,
      op: 'upsert',
      changes: { name: 'Extra theme', position: 99 },
    });
    const own = await createNote(officer.db, session, officer.joined.memberId);
    await updateNote(officer.db, own, { text: 'The front door works' });
    await officer.engine.syncNow();

    expect(officer.engine.getState().lastError).toBeNull();
    expect(await countWaitingEdits(officer.db, engagementId)).toBe(0);
    const refused = await listRefusedEdits(officer.db, engagementId);
    expect(refused.map((edit) => [edit.mutation.recordType, edit.refusal.code, edit.refusal.field])).toEqual([
      ['note', 'forbidden', 'mutations.0.recordId'],
      ['theme', 'forbidden', 'mutations.1.recordId'],
    ]);
    expect(refused[0]?.mutation.changes).toMatchObject({ text: 'Carers never wait' });
    // The officer's copy is the server's again; the refused theme is gone from the device.
    const notes = await listSessionNotes(officer.db, engagementId, session.id);
    expect(notes.map((note) => note.text).sort()).toEqual(['Carers wait weeks', 'The front door works']);
    expect(await officer.db.theme.get(themeId)).toBeUndefined();
    // The lead sees the officer's note and their own unchanged.
    await lead.engine.syncNow();
    const seenByLead = await listSessionNotes(lead.db, engagementId, session.id);
    expect(seenByLead.map((note) => note.text).sort()).toEqual(['Carers wait weeks', 'The front door works']);

    await dismissRefusedEdit(officer.db, engagementId, refused[0]?.seq ?? 0);
    expect(await listRefusedEdits(officer.db, engagementId)).toHaveLength(1);
  });

  it('keeps a note the server has no record of in its session, with the typing, when the server refuses it', async () => {
    const officer = await server.device(2);
    await officer.engine.syncNow();
    const engagementId = server.demo.engagementId;
    const session = (await listSessions(officer.db, engagementId)).at(-1);
    if (!session) throw new Error('no session pulled');
    // A note whose create never left this device (as a seeded or restored copy): an edit
    // of it pushes only the changed words, which the server refuses as a record it lacks.
    const made = await createNote(officer.db, session, officer.joined.memberId);
    await officer.db.outbox.clear();
    await updateNote(officer.db, made, { text: 'Only this tablet heard it' });
    await officer.engine.syncNow();

    const [refused] = await listRefusedEdits(officer.db, engagementId);
    expect(refused?.mutation.recordId).toBe(made.id);
    expect(refused?.refusal.code).toBe('bad_request');
    const notes = await listSessionNotes(officer.db, engagementId, session.id);
    expect(notes.map((note) => note.text)).toEqual(['Only this tablet heard it']);
  });
});
