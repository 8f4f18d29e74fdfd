import type { MemberRole } from '../records/member';
import { memberFieldSetByServer } from '../records/recordFields';
import { syncOwnedFields, type AnyRecord, type RecordType } from '../records/recordTypes';
import { setFields } from '../records/setFields';
import { writeDecision } from './permissions';
import type { Mutation, ResolvedConflict } from './protocol';

/** A re-sent record's mutation before the device numbers it. */
export type ResendMutation = Omit<Mutation, 'seq'>;

/** The most a set change may add in one mutation (the push schema's limit). */
const maxSetAddsPerMutation = 200;

const owned = new Set<string>(syncOwnedFields);

/**
 * The mutations that put a device's whole copy of a record on a server that may have lost
 * it (after a restore; docs/sync-protocol.md, "After a restore"): every field the record
 * has, each set as adds of all its members (in chunks the push schema allows), bases 0,
 * so the normal merge rules decide: a field no other device wrote since is taken, a
 * value equal to the server's changes nothing, and a different one another device wrote
 * stays with this one kept as a conflict. The author field is left to the server (it
 * comes from the token). `resolvedConflicts` carries on the settling the device's
 * waiting edits did.
 */
export function resendMutations(
  recordType: RecordType,
  record: AnyRecord,
  resolvedConflicts: readonly ResolvedConflict[] = [],
): ResendMutation[] {
  const held: Record<string, unknown> = record;
  const sets = setFields[recordType];
  const authorField = memberFieldSetByServer[recordType];
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(held)) {
    if (owned.has(field) || sets.includes(field) || field === authorField || value === undefined) continue;
    changes[field] = value;
  }
  const chunksOf = (field: string): string[][] => {
    const members = Array.isArray(held[field]) ? (held[field] as string[]) : [];
    const chunks: string[][] = [];
    for (let start = 0; start < members.length; start += maxSetAddsPerMutation) {
      chunks.push(members.slice(start, start + maxSetAddsPerMutation));
    }
    return chunks.length > 0 ? chunks : [[]];
  };
  const setChunks = Object.fromEntries(sets.map((field) => [field, chunksOf(field)]));
  const rounds = Math.max(1, ...sets.map((field) => setChunks[field]?.length ?? 1));
  const op = record.deleted ? 'delete' : 'upsert';
  const mutations: ResendMutation[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const first = round === 0;
    const setChanges = Object.fromEntries(
      sets.flatMap((field) => {
        const chunk = setChunks[field]?.[round];
        return chunk ? [[field, { add: chunk, remove: [] }]] : [];
      }),
    );
    const roundChanges = first ? changes : {};
    const fields = [...Object.keys(roundChanges), ...Object.keys(setChanges), ...(op === 'delete' ? ['deleted'] : [])];
    mutations.push({
      recordType,
      recordId: record.id,
      op,
      changes: roundChanges,
      setChanges,
      baseRevs: Object.fromEntries(fields.map((field) => [field, 0])),
      editedAt: record.updatedAt,
      resolvedConflicts: first ? [...resolvedConflicts] : [],
    });
  }
  return mutations;
}

/**
 * Whether a device re-sends its copy of a record after a restore: the role may write the
 * whole record as it stands (the same rule the server applies, `writeDecision`), and it
 * is not another member's note, finding, comment or acceptance, whose author's own
 * device re-sends it (the server takes a new record's author from the token, so any
 * other device would make it theirs). So a peer re-sends its own notes and the findings
 * it proposed that are still proposed; the manager every record it may write that no
 * other member authored; a council member its own open comments.
 */
export function mayResend(role: MemberRole, memberId: string, recordType: RecordType, record: AnyRecord): boolean {
  const authorField = memberFieldSetByServer[recordType];
  const held: Record<string, unknown> = record;
  if (authorField && held[authorField] !== memberId) return false;
  const [mutation] = resendMutations(recordType, record);
  if (!mutation) return false;
  return writeDecision({ role, memberId, recordType, existing: record, change: mutation }) === 'allowed';
}
