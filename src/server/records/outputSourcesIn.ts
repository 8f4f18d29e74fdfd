import type { z } from 'zod';
import { currentDraft } from '../../domain/outputs/currentDraft';
import { countDocumentsRead } from '../../domain/outputs/teamActivities';
import { noteSchema } from '../../domain/records/note';
import type { OutputSources } from '../../domain/outputs/outputDocument';
import type { AttributionAcceptance } from '../../domain/records/attributionAcceptance';
import type { SnapshotKind } from '../../domain/records/publishedSnapshot';
import { recordSchemas, type RecordType } from '../../domain/records/recordTypes';
import type { ReadTx } from '../storage/storage';

/** What one output is built from on the server, and the manager's acceptances. */
export type ServerOutputSources = { sources: OutputSources; acceptances: AttributionAcceptance[] };

/** Every parsed record of one type; a bare tombstone does not parse and is skipped. */
async function recordsOf<S extends z.ZodType>(
  tx: ReadTx,
  engagementId: string,
  type: RecordType,
  schema: S,
): Promise<z.output<S>[]> {
  const rows = await tx.listRecords(engagementId, type);
  return rows.flatMap((row) => {
    const parsed = schema.safeParse(row.data);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Of a note, only what counting the documents read needs. */
const documentNoteSchema = noteSchema.pick({ deleted: true, evidenceType: true, documentReference: true });

/**
 * The server's copy of what one output is built from, read in the caller's transaction:
 * the admin export reads it in one consistent read, and a push that publishes reads it
 * after its own earlier edits, so they count. Only the record types an output uses are
 * read, and of the notes only what counts the documents read. Deleted members and sessions are kept (their names are still
 * checked), as on a device (client/store/outputSourcesQuery.ts); the builders use live
 * records only. Undefined when the engagement has no live engagement record.
 */
export async function outputSourcesIn(
  tx: ReadTx,
  engagementId: string,
  kind: SnapshotKind,
): Promise<ServerOutputSources | undefined> {
  const engagement = (await recordsOf(tx, engagementId, 'engagement', recordSchemas.engagement)).find(
    (record) => record.id === engagementId && !record.deleted,
  );
  if (!engagement) return undefined;
  return {
    sources: {
      engagement,
      members: await recordsOf(tx, engagementId, 'member', recordSchemas.member),
      sessions: await recordsOf(tx, engagementId, 'session', recordSchemas.session),
      themes: await recordsOf(tx, engagementId, 'theme', recordSchemas.theme),
      scopeQuestions: await recordsOf(tx, engagementId, 'scopeQuestion', recordSchemas.scopeQuestion),
      findings: await recordsOf(tx, engagementId, 'finding', recordSchemas.finding),
      recommendations: await recordsOf(tx, engagementId, 'recommendation', recordSchemas.recommendation),
      documentsRead: countDocumentsRead(await recordsOf(tx, engagementId, 'note', documentNoteSchema)),
      draft: currentDraft(await recordsOf(tx, engagementId, 'outputDraft', recordSchemas.outputDraft), kind),
    },
    acceptances: await recordsOf(tx, engagementId, 'attributionAcceptance', recordSchemas.attributionAcceptance),
  };
}
