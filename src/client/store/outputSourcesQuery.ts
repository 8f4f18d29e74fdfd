import { currentDraft } from '../../domain/outputs/currentDraft';
import type { OutputSources } from '../../domain/outputs/outputDocument';
import { countDocumentsRead } from '../../domain/outputs/teamActivities';
import type { SnapshotKind } from '../../domain/records/publishedSnapshot';
import type { TriangulateDb } from './db';

/** The sources but the count of documents read, which has a live query of its own. */
export type StoredOutputSources = Omit<OutputSources, 'documentsRead'>;

/**
 * Everything an output is built from, as stored on this device, but the documents read. Members and sessions come
 * with their tombstones: the non-attribution check still looks for the names of people the
 * team met or worked with (the builders themselves use live records only).
 */
export async function loadOutputSources(
  db: TriangulateDb,
  engagementId: string,
  kind: SnapshotKind,
): Promise<StoredOutputSources | null> {
  const [engagement, members, sessions, themes, scopeQuestions, findings, recommendations, drafts] = await Promise.all([
    db.engagement.get(engagementId),
    db.member.where('engagementId').equals(engagementId).toArray(),
    db.session.where('engagementId').equals(engagementId).toArray(),
    db.theme.where('engagementId').equals(engagementId).toArray(),
    db.scopeQuestion.where('engagementId').equals(engagementId).toArray(),
    db.finding.where('engagementId').equals(engagementId).toArray(),
    db.recommendation.where('engagementId').equals(engagementId).toArray(),
    db.outputDraft.where('[engagementId+kind]').equals([engagementId, kind]).toArray(),
  ]);
  if (!engagement || engagement.deleted) return null;
  return {
    engagement,
    members,
    sessions,
    themes,
    scopeQuestions,
    findings,
    recommendations,
    draft: currentDraft(drafts, kind),
  };
}

/**
 * How many documents this device's notes say the team read. Apart from the other sources:
 * it reads every note, and the manager's typing in a draft must not make it read them again.
 */
export async function countDocumentsReadOnDevice(db: TriangulateDb, engagementId: string): Promise<number> {
  return countDocumentsRead(await db.note.where('engagementId').equals(engagementId).toArray());
}
