import { byPosition, moveOnePlace, positionAtEnd } from '../../domain/findings/ordering';
import type { Finding } from '../../domain/records/finding';
import { recommendationKinds, type Recommendation, type RecommendationKind } from '../../domain/records/recommendation';
import type { TriangulateDb } from './db';
import { saveEdit } from './saveEdit';
import { StoreError } from './storeError';

/** The stores one recommendation edit writes: the record, its outbox entry, the sequence counter. */
const writeScope = (db: TriangulateDb) => [db.recommendation, db.outbox, db.deviceIdentity];

/** Live recommendations, by kind (in the order kinds are presented) and then by position. */
export async function listRecommendations(db: TriangulateDb, engagementId: string): Promise<Recommendation[]> {
  const all = await db.recommendation.where('engagementId').equals(engagementId).toArray();
  const kindOrder = (kind: RecommendationKind) => recommendationKinds.indexOf(kind);
  return all
    .filter((recommendation) => !recommendation.deleted)
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || byPosition(a, b));
}

/** The engagement's live findings: what a recommendation may rest on. */
export async function listFindingsToRestOn(db: TriangulateDb, engagementId: string): Promise<Finding[]> {
  const all = await db.finding.where('engagementId').equals(engagementId).toArray();
  return all.filter((finding) => !finding.deleted);
}

async function liveOfKind(db: TriangulateDb, engagementId: string, kind: RecommendationKind) {
  return (await listRecommendations(db, engagementId)).filter((recommendation) => recommendation.kind === kind);
}

/** A new recommendation at the end of its kind (position read and written in ONE transaction). */
export function addRecommendation(
  db: TriangulateDb,
  engagementId: string,
  kind: RecommendationKind,
  text: string,
): Promise<Recommendation> {
  return db.transaction('rw', writeScope(db), async () => {
    const position = positionAtEnd(await liveOfKind(db, engagementId, kind));
    return saveEdit(db, {
      engagementId,
      recordType: 'recommendation',
      recordId: crypto.randomUUID(),
      op: 'upsert',
      changes: { kind, text, findingIds: [], position },
    });
  });
}

export function editRecommendationText(
  db: TriangulateDb,
  engagementId: string,
  recommendationId: string,
  text: string,
): Promise<Recommendation> {
  return saveEdit(db, {
    engagementId,
    recordType: 'recommendation',
    recordId: recommendationId,
    op: 'upsert',
    changes: { text },
  });
}

/** Moves a recommendation to another kind, at the end of that kind's list. */
export function changeRecommendationKind(
  db: TriangulateDb,
  engagementId: string,
  recommendationId: string,
  kind: RecommendationKind,
): Promise<Recommendation> {
  return db.transaction('rw', writeScope(db), async () => {
    const existing = await liveRecommendation(db, recommendationId);
    if (existing.kind === kind) return existing;
    const position = positionAtEnd(await liveOfKind(db, engagementId, kind));
    return saveEdit(db, {
      engagementId,
      recordType: 'recommendation',
      recordId: recommendationId,
      op: 'upsert',
      changes: { kind, position },
    });
  });
}

/**
 * Adds a finding to the set a recommendation rests on, or takes one off, reading the set
 * inside the transaction: two quick links both count. Sync merges the set's adds and removes.
 */
export function setFindingLinked(
  db: TriangulateDb,
  engagementId: string,
  recommendationId: string,
  findingId: string,
  linked: boolean,
): Promise<Recommendation> {
  return db.transaction('rw', writeScope(db), async () => {
    const existing = await liveRecommendation(db, recommendationId);
    const has = existing.findingIds.includes(findingId);
    if (has === linked) return existing;
    const findingIds = linked
      ? [...existing.findingIds, findingId]
      : existing.findingIds.filter((id) => id !== findingId);
    return saveEdit(db, {
      engagementId,
      recordType: 'recommendation',
      recordId: recommendationId,
      op: 'upsert',
      changes: { findingIds },
    });
  });
}

/**
 * Moves a recommendation one place up (-1) or down (+1) within its kind: usually one
 * edit (a fractional position); when positions tie, the kind is renumbered, in ONE transaction.
 */
export async function moveRecommendation(
  db: TriangulateDb,
  engagementId: string,
  recommendationId: string,
  direction: -1 | 1,
): Promise<void> {
  await db.transaction('rw', writeScope(db), async () => {
    const existing = await liveRecommendation(db, recommendationId);
    const changes = moveOnePlace(await liveOfKind(db, engagementId, existing.kind), recommendationId, direction);
    for (const { id, position } of changes) {
      await saveEdit(db, {
        engagementId,
        recordType: 'recommendation',
        recordId: id,
        op: 'upsert',
        changes: { position },
      });
    }
  });
}

/** Deletes a recommendation as a tombstone, so it travels and undo can revive it. */
export function deleteRecommendation(
  db: TriangulateDb,
  engagementId: string,
  recommendationId: string,
): Promise<Recommendation> {
  return saveEdit(db, {
    engagementId,
    recordType: 'recommendation',
    recordId: recommendationId,
    op: 'delete',
    changes: {},
  });
}

/** Undo of a delete: an upsert revives the tombstone, on the server too, where it was. */
export function restoreRecommendation(
  db: TriangulateDb,
  engagementId: string,
  recommendationId: string,
): Promise<Recommendation> {
  return saveEdit(db, {
    engagementId,
    recordType: 'recommendation',
    recordId: recommendationId,
    op: 'upsert',
    changes: {},
  });
}

async function liveRecommendation(db: TriangulateDb, recommendationId: string): Promise<Recommendation> {
  const existing = await db.recommendation.get(recommendationId);
  if (!existing || existing.deleted) {
    throw new StoreError('invalid_record', 'This recommendation has been deleted, perhaps on another device.');
  }
  return existing;
}
