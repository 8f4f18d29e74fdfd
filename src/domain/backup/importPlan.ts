import { syncOwnedFields, type AnyRecord, type RecordType } from '../records/recordTypes';
import { setFields } from '../records/setFields';
import type { PendingEdit } from '../sync/coalesce';
import type { Mutation } from '../sync/protocol';
import { sameJson } from '../sync/sameJson';
import { applySetChange, combineSetChanges, type SetChange } from '../sync/setChange';

/** An edit this device makes so that the backup's unsynced values reach the server. */
export type ImportEdit = Omit<PendingEdit, 'editedAt'>;

/**
 * What importing one backup record does here.
 * - `pulled`: the backup holds a newer server version than this device: stored as a pull
 *   would store it (no outbox entry; this device's own waiting edits are laid over it).
 * - `edit`: values the backup device typed and had not synced, which this device lacks;
 *   they become this device's own edit, with the base revisions the backup device had,
 *   so the server's merge rule treats them as it would have treated the original.
 * - `keptLocal`: fields this device also edited and has not synced; its value stays.
 */
export type ImportPlan = {
  pulled: AnyRecord | null;
  edit: ImportEdit | null;
  keptLocal: string[];
};

export type ImportInput = {
  recordType: RecordType;
  backup: AnyRecord;
  /** The backup device's outbox entries for this record, oldest first. */
  backupPending: readonly Mutation[];
  local: AnyRecord | undefined;
  /** This device's outbox entries for this record. */
  localPending: readonly Pick<Mutation, 'changes' | 'setChanges' | 'op'>[];
};

const owned = new Set<string>(syncOwnedFields);
const noChange: SetChange = { add: [], remove: [] };

function field(record: AnyRecord | undefined, name: string): unknown {
  return record ? (record as Record<string, unknown>)[name] : undefined;
}
function list(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}

/** Fields the backup device changed without syncing, each with the base it edited from. */
function unsyncedFields({ backup, backupPending }: ImportInput): Map<string, number> {
  const bases = new Map<string, number>();
  // A record the server never had: everything in it is unsynced, from base 0.
  if (backup.rev === 0) {
    for (const name of Object.keys(backup)) if (!owned.has(name)) bases.set(name, 0);
  }
  for (const mutation of backupPending) {
    const named = [...Object.keys(mutation.changes), ...Object.keys(mutation.setChanges)];
    if (mutation.op === 'delete') named.push('deleted');
    for (const name of named) if (!bases.has(name)) bases.set(name, mutation.baseRevs[name] ?? backup.rev);
  }
  if (backup.rev === 0 && backup.deleted) bases.set('deleted', 0);
  return bases;
}

/** The backup's set change for one field: its waiting adds and removes, or all of it when new. */
function backupSetChange(input: ImportInput, name: string): SetChange {
  if (input.backup.rev === 0) return { add: list(field(input.backup, name)), remove: [] };
  return input.backupPending.reduce(
    (sum, mutation) => combineSetChanges(sum, mutation.setChanges[name] ?? noChange),
    noChange,
  );
}

/**
 * The merge rule of an import: pure, and idempotent — after its plan is stored, planning
 * the same backup record again gives nothing to do.
 */
export function planRecordImport(input: ImportInput): ImportPlan {
  const { backup, local, localPending, recordType } = input;
  const sets = new Set(setFields[recordType]);
  const localEdited = new Set(localPending.flatMap((m) => [...Object.keys(m.changes), ...Object.keys(m.setChanges)]));
  if (localPending.some((m) => m.op === 'delete')) localEdited.add('deleted');

  const pulled = backup.rev > 0 && backup.rev > (local?.rev ?? -1) ? backup : null;
  const changes: Record<string, unknown> = {};
  const setChanges: Record<string, SetChange> = {};
  const baseRevs: Record<string, number> = {};
  const keptLocal: string[] = [];
  let op: ImportEdit['op'] = 'upsert';

  for (const [name, base] of unsyncedFields(input)) {
    if (sets.has(name)) {
      const change = backupSetChange(input, name);
      const before = list(field(local, name));
      const after = applySetChange(before, change);
      const needed = {
        add: change.add.filter((id) => !before.includes(id)),
        remove: change.remove.filter((id) => before.includes(id)),
      };
      if (local && sameJson(after, before)) continue;
      setChanges[name] = needed;
      baseRevs[name] = base;
    } else if (name === 'deleted') {
      if (backup.deleted && local?.deleted !== true) {
        op = 'delete';
        baseRevs.deleted = base;
      }
    } else if (!local || !sameJson(field(local, name), field(backup, name))) {
      if (local && localEdited.has(name)) {
        keptLocal.push(name);
        continue;
      }
      changes[name] = field(backup, name);
      baseRevs[name] = base;
    }
  }
  const edit = Object.keys(baseRevs).length > 0 ? { op, changes, setChanges, baseRevs } : null;
  return { pulled, edit, keptLocal };
}
