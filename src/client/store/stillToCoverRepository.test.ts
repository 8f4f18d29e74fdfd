import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engagementId, joinedDb } from '../../../tests/unit/storeFixtures';
import type { TriangulateDb } from './db';
import {
  addStillToCover,
  deleteStillToCover,
  listStillToCover,
  moveStillToCover,
  restoreStillToCover,
  setStillToCoverDone,
  setStillToCoverText,
} from './stillToCoverRepository';

const texts = async (db: TriangulateDb) => (await listStillToCover(db, engagementId)).map((line) => line.text);
const line = (text: string) => ({ cell: null, text });

describe('stillToCoverRepository', () => {
  it('adds at the end and moves a line with one edit to a fractional position', async () => {
    const db = await joinedDb();
    await addStillToCover(db, engagementId, line('A'));
    await addStillToCover(db, engagementId, line('B'));
    const c = await addStillToCover(db, engagementId, line('C'));
    await db.outbox.clear();
    await moveStillToCover(db, engagementId, c.id, -1);
    expect(await texts(db)).toEqual(['A', 'C', 'B']);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.stillToCover.get(c.id))?.position).toBe(0.5);
  });

  it('renumbers when positions tie, so the move still happens', async () => {
    const db = await joinedDb();
    const a = await addStillToCover(db, engagementId, line('A'));
    const b = await addStillToCover(db, engagementId, line('B'));
    const c = await addStillToCover(db, engagementId, line('C'));
    // Two devices added at once: A and B share a position.
    await db.stillToCover.update(b.id, { position: a.position });
    const [first, second] = await texts(db);
    const last = (await listStillToCover(db, engagementId)).at(-1);
    expect(last?.id).toBe(c.id);
    await moveStillToCover(db, engagementId, c.id, -1);
    expect(await texts(db)).toEqual([first, 'C', second]);
  });

  it('ticks done, removes as a tombstone and brings it back', async () => {
    const db = await joinedDb();
    const a = await addStillToCover(db, engagementId, line('A'));
    await setStillToCoverDone(db, engagementId, a.id, true);
    expect((await db.stillToCover.get(a.id))?.done).toBe(true);
    await deleteStillToCover(db, engagementId, a.id);
    expect(await texts(db)).toEqual([]);
    expect((await db.stillToCover.get(a.id))?.deleted).toBe(true);
    await restoreStillToCover(db, engagementId, a.id);
    expect(await texts(db)).toEqual(['A']);
  });

  it('gives a gap line the manager’s words, and keeps a free-text line from being emptied', async () => {
    const db = await joinedDb();
    const cell = {
      themeId: crypto.randomUUID(),
      scopeQuestionId: null,
      stakeholderGroup: 'NHS partners' as const,
      evidenceType: null,
    };
    const gap = await addStillToCover(db, engagementId, { cell, text: '' });
    await setStillToCoverText(db, engagementId, gap.id, '  Ask the health partners at Thursday’s focus group ');
    expect((await db.stillToCover.get(gap.id))?.text).toBe('Ask the health partners at Thursday’s focus group');
    await setStillToCoverText(db, engagementId, gap.id, '');
    expect((await db.stillToCover.get(gap.id))?.text).toBe('');
    const own = await addStillToCover(db, engagementId, line('Read the budget papers'));
    await expect(setStillToCoverText(db, engagementId, own.id, ' ')).rejects.toMatchObject({ field: 'text' });
    expect((await db.stillToCover.get(own.id))?.text).toBe('Read the budget papers');
  });
});
