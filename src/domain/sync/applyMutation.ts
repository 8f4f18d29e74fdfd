import { recordSchemas, syncOwnedFields, type AnyRecord } from '../records/recordTypes';
import type { Mutation } from './protocol';

export type ApplyContext = {
  engagementId: string;
  /** The change number this mutation will be stored under. */
  rev: number;
  /** Member whose device token sent the mutation: the author of anything it creates. */
  memberId: string;
};

export type ApplyOutcome =
  | { ok: true; record: AnyRecord }
  | { ok: false; field: string; message: string };

const owned = new Set<string>(syncOwnedFields);
/** Fields fixed when a record is created; later mutations cannot rewrite them. */
const fixedAfterCreate = new Set(['authorId', 'createdAt']);

/**
 * The server's rule for one mutation: later fields win, an edit revives a deleted
 * record, and the author always comes from the token. Pure: the caller stores the result.
 */
export function applyMutation(
  existing: AnyRecord | undefined,
  mutation: Mutation,
  context: ApplyContext,
): ApplyOutcome {
  for (const field of Object.keys(mutation.changes)) {
    if (owned.has(field)) {
      return { ok: false, field: `changes.${field}`, message: `${field} is set by sync, not by edits` };
    }
  }
  const current: Record<string, unknown> = existing ? { ...existing } : {};
  const changes: Record<string, unknown> = existing
    ? Object.fromEntries(Object.entries(mutation.changes).filter(([field]) => !fixedAfterCreate.has(field)))
    : { ...mutation.changes };
  if (!existing && mutation.recordType === 'note') changes.authorId = context.memberId;

  const candidate = {
    ...current,
    ...changes,
    id: mutation.recordId,
    engagementId: mutation.recordType === 'engagement' ? mutation.recordId : context.engagementId,
    rev: context.rev,
    updatedAt: mutation.editedAt,
    deleted: mutation.op === 'delete',
  };
  const parsed = recordSchemas[mutation.recordType].safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    return {
      ok: false,
      field: path ? `changes.${path}` : 'changes',
      message: existing || path === '' ? (issue?.message ?? 'invalid record') : `${issue?.message ?? 'invalid'} (a new record needs every field)`,
    };
  }
  return { ok: true, record: parsed.data };
}
