import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engagementId, joinedDb } from '../../../tests/unit/storeFixtures';
import { takeOutboxBatch } from './outbox';
import {
  addRecommendation,
  changeRecommendationKind,
  deleteRecommendation,
  editRecommendationText,
  listRecommendations,
  moveRecommendation,
  restoreRecommendation,
  setFindingLinked,
} from './recommendationRepository';
import type { TriangulateDb } from './db';

const findingA = '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d';
const findingB = '7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e';

const texts = async (db: TriangulateDb) =>
  (await listRecommendations(db, engagementId)).map(
    (recommendation) => `${recommendation.kind}: ${recommendation.text}`,
  );

describe('recommendationRepository', () => {
  it('adds each recommendation at the end of its kind, and lists kinds in their order', async () => {
    const db = await joinedDb();
    await addRecommendation(db, engagementId, 'quick win', 'Publish the carers offer');
    await addRecommendation(db, engagementId, 'presenting issue', 'Agree one front door');
    await addRecommendation(db, engagementId, 'presenting issue', 'Shorten the waiting list');
    await addRecommendation(db, engagementId, 'wider strategy', 'Co-produce the strategy');
    expect(await texts(db)).toEqual([
      'presenting issue: Agree one front door',
      'presenting issue: Shorten the waiting list',
      'wider strategy: Co-produce the strategy',
      'quick win: Publish the carers offer',
    ]);
    const entries = await db.outbox.toArray();
    expect(entries.map((entry) => entry.recordType)).toEqual(Array(4).fill('recommendation'));
    expect(entries.map((entry) => entry.changes.position)).toEqual([0, 0, 1, 0]);
  });

  it('edits the text, and moves a recommendation to the end of another kind', async () => {
    const db = await joinedDb();
    const first = await addRecommendation(db, engagementId, 'presenting issue', 'Agree one front door');
    await addRecommendation(db, engagementId, 'quick win', 'Publish the carers offer');
    await editRecommendationText(db, engagementId, first.id, 'Agree one front door for adults');
    await changeRecommendationKind(db, engagementId, first.id, 'quick win');
    expect(await texts(db)).toEqual([
      'quick win: Publish the carers offer',
      'quick win: Agree one front door for adults',
    ]);
    expect(await db.recommendation.get(first.id)).toMatchObject({ kind: 'quick win', position: 1 });
  });

  it('links and unlinks findings as set changes, so sync merges them with other devices', async () => {
    const db = await joinedDb();
    const recommendation = await addRecommendation(db, engagementId, 'wider strategy', 'Co-produce the strategy');
    await takeOutboxBatch(db, engagementId, 500); // pushed: later edits get entries of their own
    await Promise.all([
      setFindingLinked(db, engagementId, recommendation.id, findingA, true),
      setFindingLinked(db, engagementId, recommendation.id, findingB, true),
    ]);
    expect((await db.recommendation.get(recommendation.id))?.findingIds.toSorted()).toEqual([findingA, findingB]);
    await setFindingLinked(db, engagementId, recommendation.id, findingA, false);
    expect((await db.recommendation.get(recommendation.id))?.findingIds).toEqual([findingB]);
    const waiting = (await db.outbox.toArray()).filter((entry) => entry.state === 'waiting');
    expect(waiting).toHaveLength(1);
    // Linked then unlinked while waiting: B's add and A's remove, folded into one entry.
    expect(waiting[0]?.setChanges.findingIds).toEqual({ add: [findingB], remove: [findingA] });
  });

  it('reorders within a kind with one edit, leaving other kinds alone', async () => {
    const db = await joinedDb();
    const a = await addRecommendation(db, engagementId, 'presenting issue', 'A');
    await addRecommendation(db, engagementId, 'presenting issue', 'B');
    const c = await addRecommendation(db, engagementId, 'presenting issue', 'C');
    await addRecommendation(db, engagementId, 'quick win', 'W');
    await takeOutboxBatch(db, engagementId, 500);
    await moveRecommendation(db, engagementId, c.id, -1);
    await moveRecommendation(db, engagementId, a.id, -1); // already first: nothing
    expect(await texts(db)).toEqual([
      'presenting issue: A',
      'presenting issue: C',
      'presenting issue: B',
      'quick win: W',
    ]);
    const waiting = (await db.outbox.toArray()).filter((entry) => entry.state === 'waiting');
    expect(waiting.map((entry) => [entry.recordId, entry.changes])).toEqual([[c.id, { position: 0.5 }]]);
  });

  it('renumbers the kind in one transaction when two devices gave the same position', async () => {
    const db = await joinedDb();
    const a = await addRecommendation(db, engagementId, 'quick win', 'A');
    const b = await addRecommendation(db, engagementId, 'quick win', 'B');
    const c = await addRecommendation(db, engagementId, 'quick win', 'C');
    // Another device added C at the same position as B (as if pulled).
    await db.recommendation.update(c.id, { position: 1 });
    const [tiedFirst, tiedSecond] = [b, c].sort((x, y) => (x.id < y.id ? -1 : 1));
    if (!tiedFirst || !tiedSecond) throw new Error('two tied');
    await moveRecommendation(db, engagementId, a.id, 1);
    expect((await listRecommendations(db, engagementId)).map((r) => r.id)).toEqual([tiedFirst.id, a.id, tiedSecond.id]);
  });

  it('deletes as a tombstone and undo brings it back where it was', async () => {
    const db = await joinedDb();
    await addRecommendation(db, engagementId, 'quick win', 'A');
    const b = await addRecommendation(db, engagementId, 'quick win', 'B');
    await setFindingLinked(db, engagementId, b.id, findingA, true);
    await addRecommendation(db, engagementId, 'quick win', 'C');
    await deleteRecommendation(db, engagementId, b.id);
    expect(await texts(db)).toEqual(['quick win: A', 'quick win: C']);
    expect(await db.recommendation.get(b.id)).toMatchObject({ deleted: true, findingIds: [findingA] });
    await restoreRecommendation(db, engagementId, b.id);
    expect(await texts(db)).toEqual(['quick win: A', 'quick win: B', 'quick win: C']);
    expect(await db.recommendation.get(b.id)).toMatchObject({ deleted: false, findingIds: [findingA] });
  });

  it('writes nothing when the edit is refused, and refuses edits to a deleted recommendation', async () => {
    const db = await joinedDb();
    const a = await addRecommendation(db, engagementId, 'quick win', 'A');
    const before = await db.outbox.toArray();
    await expect(editRecommendationText(db, engagementId, a.id, 'x'.repeat(2001))).rejects.toMatchObject({
      code: 'invalid_record',
    });
    expect(await db.outbox.toArray()).toEqual(before);
    expect((await db.recommendation.get(a.id))?.text).toBe('A');
    await deleteRecommendation(db, engagementId, a.id);
    await expect(setFindingLinked(db, engagementId, a.id, findingA, true)).rejects.toMatchObject({
      code: 'invalid_record',
    });
    expect((await db.recommendation.get(a.id))?.findingIds).toEqual([]);
    const after = await db.outbox.toArray();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ op: 'delete', changes: before[0]?.changes });
  });
});
