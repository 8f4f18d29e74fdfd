import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import { noteSchema, type Note } from '../../domain/records/note';
import { getSession } from './engagementQueries';
import { getDeviceIdentity } from './deviceIdentityRepository';
import { createNote, listSessionNotes } from './noteRepository';
import { countWaitingEdits, takeOutboxBatch } from './outbox';
import { listEngagementNotes } from './searchSource';
import type { StoredPhoto } from './storedPhoto';

const note = (index: number): Note => ({
  id: crypto.randomUUID(),
  engagementId,
  rev: index + 1,
  updatedAt: '2026-11-23T10:30:00.000Z',
  deleted: false,
  conflicts: [],
  sessionId: session.id,
  text: `Note ${index}: staff say the new front door works, but carers wait weeks for an assessment.`,
  evidenceType: 'heard',
  themeIds: [crypto.randomUUID(), crypto.randomUUID()],
  scopeQuestionIds: [crypto.randomUUID()],
  stance: 'area for consideration',
  isQuote: false,
  authorId: memberId,
  createdAt: new Date(Date.UTC(2026, 10, 23, 10, 0, index)).toISOString(),
  documentReference: '',
  photoIds: [],
});

/** A row written around the app's checks, as a bug or an older app might have left it. */
const putAsStored = (db: Dexie, table: string, row: object) => db.table(table).put(row);

describe('reading from IndexedDB', () => {
  it('fills fields added after a record was stored with their defaults', async () => {
    const db = await joinedDb();
    const { assignedMemberIds: _a, attendeeCount: _c, attendeeNames: _n, conflicts: _k, ...older } = session;
    await putAsStored(db, 'session', older);
    expect(await getSession(db, session.id)).toEqual({
      ...older,
      conflicts: [],
      assignedMemberIds: [],
      attendeeCount: null,
      attendeeNames: '',
    });
    expect(db.unreadableRecords.count).toBe(0);
  });

  it('leaves a record that does not parse out of reads, keeps it as stored and counts it', async () => {
    const db = await joinedDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const good = note(1);
    const bad = { ...note(2), stance: 'positive' };
    await db.note.bulkPut([good]);
    await putAsStored(db, 'note', bad);
    const changed = vi.fn();
    db.unreadableRecords.subscribe(changed);

    expect((await listSessionNotes(db, engagementId, session.id)).map((n) => n.id)).toEqual([good.id]);
    expect(await db.note.get(bad.id)).toBeUndefined();
    expect(await db.note.bulkGet([bad.id, good.id])).toEqual([undefined, good]);
    const seen: string[] = [];
    await db.note.each((row) => seen.push(row.id));
    expect(seen).toEqual([good.id]);
    expect(db.unreadableRecords.list()).toEqual([
      { table: 'note', key: JSON.stringify(bad.id), problem: expect.stringContaining('stance') },
    ]);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);

    // An update keeps it (Dexie must not take it for missing), and it is still there as stored.
    expect(await db.note.update(bad.id, { rev: 9 })).toBe(1);
    const raw = new Dexie(db.name);
    await raw.open();
    expect(await raw.table('note').get(bad.id)).toEqual({ ...bad, rev: 9 });
    raw.close();

    // A good version stored over it (a pull, an import) makes it readable again.
    await db.note.put({ ...good, id: bad.id });
    await listSessionNotes(db, engagementId, session.id);
    expect(db.unreadableRecords.count).toBe(0);
    warn.mockRestore();
  });

  it('leaves unreadable outbox entries, device identities and photos out too', async () => {
    const db = await joinedDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await createNote(db, session, memberId);
    const [entry] = await db.outbox.toArray();
    await putAsStored(db, 'outbox', { ...entry, seq: 2, op: 'rename' });
    const photo: StoredPhoto = {
      id: crypto.randomUUID(),
      engagementId,
      noteId: crypto.randomUUID(),
      bytes: new Uint8Array([0xff, 0xd8, 0xff]).buffer,
      contentType: 'image/jpeg',
      uploaded: 0,
      storedAt: '2026-11-23T10:31:00.000Z',
    };
    await db.photo.bulkPut([photo, { ...photo, id: crypto.randomUUID() }]);
    await putAsStored(db, 'photo', { ...photo, id: crypto.randomUUID(), contentType: 'image/gif' });

    expect((await takeOutboxBatch(db, engagementId, 10)).map((mutation) => mutation.seq)).toEqual([1]);
    // The count is of keys: an unreadable entry still waits to be sent, and says so.
    expect(await countWaitingEdits(db, engagementId)).toBe(2 + 2);
    await putAsStored(db, 'deviceIdentity', { ...(await getDeviceIdentity(db, engagementId)), role: 'owner' });
    expect(await getDeviceIdentity(db, engagementId)).toBeUndefined();
    expect(db.unreadableRecords.list().map((row) => row.table)).toEqual(['outbox', 'photo', 'deviceIdentity']);
    vi.restoreAllMocks();
  });

  it('reads 5,000 notes, each parsed (the figure is printed)', async () => {
    const db = await joinedDb();
    await db.session.put(session);
    await db.note.bulkPut(Array.from({ length: 5000 }, (_, index) => note(index)));
    const raw = new Dexie(db.name);
    await raw.open();
    const time = async (read: () => Promise<unknown[]>) => {
      const started = performance.now();
      expect(await read()).toHaveLength(5000);
      return performance.now() - started;
    };
    const rawRead = () => raw.table('note').where('engagementId').equals(engagementId).toArray();
    let withoutParse = Infinity;
    let withParse = Infinity;
    for (let run = 0; run < 5; run += 1) {
      withoutParse = Math.min(withoutParse, await time(rawRead));
      withParse = Math.min(withParse, await time(() => listEngagementNotes(db, engagementId)));
    }
    const rows = await rawRead();
    let parseAlone = Infinity;
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      for (const row of rows) noteSchema.safeParse(row);
      parseAlone = Math.min(parseAlone, performance.now() - started);
    }
    console.info(
      `5,000 notes read (best of 5): ${withoutParse.toFixed(0)} ms as stored, ${withParse.toFixed(0)} ms parsed ` +
        `(parsing adds about ${Math.max(0, withParse - withoutParse).toFixed(0)} ms; ` +
        `zod alone on those rows, best of 5: ${parseAlone.toFixed(0)} ms)`,
    );
    raw.close();
  });
});
