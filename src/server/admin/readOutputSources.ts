import { currentDraft } from '../../domain/outputs/currentDraft';
import type { OutputSources } from '../../domain/outputs/outputDocument';
import type { AttributionAcceptance } from '../../domain/records/attributionAcceptance';
import type { SnapshotKind } from '../../domain/records/publishedSnapshot';
import { recordSchemas, type RecordOf, type RecordType } from '../../domain/records/recordTypes';
import type { Storage } from '../storage/storage';
import { AdminError } from './adminError';
import { assertEngagement, uuid } from './adminDevices';

/** Rows read per query: the records are read in pages, inside one consistent read. */
const pageSize = 1000;

type OutputRecordType =
  | 'engagement'
  | 'member'
  | 'session'
  | 'theme'
  | 'scopeQuestion'
  | 'finding'
  | 'recommendation'
  | 'outputDraft'
  | 'attributionAcceptance';
type Stored = { [T in OutputRecordType]: RecordOf<T>[] };

const wanted = new Set<RecordType>([
  'engagement',
  'member',
  'session',
  'theme',
  'scopeQuestion',
  'finding',
  'recommendation',
  'outputDraft',
  'attributionAcceptance',
]);
const isWanted = (type: RecordType): type is OutputRecordType => wanted.has(type);

/**
 * The server's copy of what one output is built from, and the manager's acceptances, read
 * in one consistent read. Deleted members and sessions are kept (their names are still
 * checked), as on a device (client/store/outputSourcesQuery.ts); the builders use live
 * records only. A bare tombstone does not parse and is skipped.
 */
export async function readOutputSources(
  storage: Storage,
  engagementIdArg: string,
  kind: SnapshotKind,
): Promise<{ sources: OutputSources; acceptances: AttributionAcceptance[] }> {
  const engagementId = uuid('engagement', engagementIdArg);
  const stored = await storage.read(async (tx) => {
    await assertEngagement(tx, engagementId);
    const into: Stored = {
      engagement: [],
      member: [],
      session: [],
      theme: [],
      scopeQuestion: [],
      finding: [],
      recommendation: [],
      outputDraft: [],
      attributionAcceptance: [],
    };
    for (let since = 0; ;) {
      const rows = await tx.listChanges(engagementId, since, pageSize);
      for (const row of rows) {
        if (!isWanted(row.recordType)) continue;
        const parsed = recordSchemas[row.recordType].safeParse(row.data);
        if (parsed.success) (into[row.recordType] as unknown[]).push(parsed.data);
      }
      const last = rows.at(-1);
      if (rows.length < pageSize || !last) return into;
      since = last.rev;
    }
  });
  const engagement = stored.engagement.find((record) => record.id === engagementId && !record.deleted);
  if (!engagement) throw new AdminError(`engagement ${engagementId} has no engagement record`);
  return {
    sources: {
      engagement,
      members: stored.member,
      sessions: stored.session,
      themes: stored.theme,
      scopeQuestions: stored.scopeQuestion,
      findings: stored.finding,
      recommendations: stored.recommendation,
      draft: currentDraft(stored.outputDraft, kind),
    },
    acceptances: stored.attributionAcceptance,
  };
}
