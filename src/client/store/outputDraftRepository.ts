import { currentDraft } from '../../domain/outputs/currentDraft';
import type { OutputDraft } from '../../domain/records/outputDraft';
import type { SnapshotKind } from '../../domain/records/publishedSnapshot';
import type { TriangulateDb } from './db';
import { saveEdit } from './saveEdit';

/** The manager's texts of an output, each edited on its own. */
export type DraftField = 'introduction' | 'summary' | 'nextSteps' | 'contacts';

const emptyDraft = { introduction: '', summary: '', nextSteps: '', contacts: '' };

/**
 * Writes one of the manager's texts of an output kind through saveEdit (so it syncs): into
 * the kind's draft, or a new draft when there is none yet. Read and written in ONE
 * transaction, so two quick edits never start two drafts on this device; where two
 * devices did, currentDraft picks the same one everywhere.
 */
export function saveDraftText(
  db: TriangulateDb,
  engagementId: string,
  kind: SnapshotKind,
  field: DraftField,
  text: string,
): Promise<OutputDraft> {
  return db.transaction('rw', [db.outputDraft, db.outbox, db.deviceIdentity], async () => {
    const drafts = await db.outputDraft.where('[engagementId+kind]').equals([engagementId, kind]).toArray();
    const existing = currentDraft(drafts, kind);
    return saveEdit(db, {
      engagementId,
      recordType: 'outputDraft',
      recordId: existing?.id ?? crypto.randomUUID(),
      op: 'upsert',
      changes: existing ? { [field]: text } : { ...emptyDraft, kind, [field]: text },
    });
  });
}
