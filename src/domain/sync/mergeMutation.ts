import { maxConflictsPerRecord, type Conflict } from '../records/conflict';
import { memberFieldSetByServer } from '../records/recordFields';
import { recordSchemas, syncOwnedFields, type AnyRecord } from '../records/recordTypes';
import { setFields } from '../records/setFields';
import type { Mutation } from './protocol';
import { firstBadChange, namesOnlyKnownFields, valuesLeftOutAreValid, type MergeRefusal } from './changedValues';
import { withoutResolved } from './resolvedConflicts';
import { sameJson } from './sameJson';
import { applySetChange } from './setChange';

/** Which change number and device last wrote a field: how the server tells concurrent edits. */
/**
 * The last write of a field: its change number and device (for conflict detection), and
 * who wrote it and when (so a conflict can say who wrote the value that stayed). The last
 * two are absent on stamps stored before they were kept.
 */
export type FieldStamp = { rev: number; deviceId: string; memberId?: string; at?: string };
export type FieldStamps = Record<string, FieldStamp>;

export type MergeContext = {
  engagementId: string;
  /** The change number this mutation is stored under. */
  rev: number;
  /** From the device token: the author of what it creates and of any conflict it leaves. */
  memberId: string;
  deviceId: string;
  /** Server time (ISO), stamped on conflicts. */
  now: string;
  /**
   * The permissions kept this write as a conflict (a peer's late edit of a finding the
   * manager moved on): every value it carries joins `conflicts`, nothing else changes.
   */
  keptAsConflict?: boolean;
};

export type MergeOutcome = { ok: true; record: AnyRecord; stamps: FieldStamps; conflicts: Conflict[] } | MergeRefusal;

/** A refusal, unless a value of `changes` is bad: that is named first (step 1). */
const refused = (mutation: Mutation, otherwise?: MergeRefusal): MergeRefusal => {
  const bad = firstBadChange(mutation) ?? otherwise;
  if (!bad) throw new Error('a merge refused a mutation without naming why');
  return bad;
};

const owned = new Set<string>(syncOwnedFields);
/** Fixed when a record is created: later mutations cannot rewrite them. */
const fixedAfterCreate = new Set(['authorId', 'createdAt', 'acceptedById']);
/** A delete of these is final: a withdrawn snapshot never loses its delete to an edit it missed. */
const deleteAlwaysWins = new Set<string>(['publishedSnapshot']);
/** Each record type's set fields, made once: a push merges hundreds of records. */
const setFieldsOf = new Map<string, ReadonlySet<string>>(
  Object.entries(setFields).map(([recordType, fields]) => [recordType, new Set(fields)]),
);

/**
 * The server's rule for one mutation on one record. Pure: the caller stores the result.
 * 1. Fields sync owns cannot be edited; a field the record type does not have, or a value
 *    its schema refuses, is named at once (a value that loses a concurrent edit is kept
 *    in the conflict list, so it must be valid on its own, not only in the final record).
 * 2. A field another device wrote after this edit's base is a concurrent edit: the value
 *    already stored stays and the incoming one joins the conflict list.
 * 3. Set fields take adds and removes, so both sides of a concurrent edit apply.
 * 4. An upsert revives a deleted record; a delete that missed another device's edit loses.
 * 5. The conflicts the mutation settles (`resolvedConflicts`, by field and rev) leave the
 *    record's list; new losing values join it.
 * 6. The result must match the record's schema, else the field is named.
 * A write kept as a conflict (`context.keptAsConflict`) checks as in 1, then files every
 * value it carries as a conflict and changes nothing else (see keptAsConflict below).
 */
export function mergeMutation(
  existing: AnyRecord | undefined,
  stamps: FieldStamps,
  mutation: Mutation,
  context: MergeContext,
): MergeOutcome {
  // 1.
  for (const fields of [mutation.changes, mutation.setChanges]) {
    for (const field of Object.keys(fields)) {
      if (owned.has(field))
        return { ok: false, field: `changes.${field}`, message: `${field} is set by sync, not by edits` };
    }
  }
  // A value is checked by its field's schema once: as part of the record in 6 when it goes
  // into the record as sent, on its own when it does not. Any refusal before then names
  // the first bad value first, as a check of each value up front would.
  if (!namesOnlyKnownFields(mutation)) return refused(mutation);
  const sets = setFieldsOf.get(mutation.recordType) ?? new Set<string>();
  for (const field of Object.keys(mutation.setChanges)) {
    if (!sets.has(field))
      return refused(mutation, { ok: false, field: `setChanges.${field}`, message: `${field} is not a set field` });
  }
  if (existing && context.keptAsConflict)
    return firstBadChange(mutation) ?? keptAsConflict(existing, stamps, mutation, context);
  const current: Record<string, unknown> = existing ? { ...existing } : {};
  const nextStamps: FieldStamps = { ...stamps };
  const conflicts: Conflict[] = [];
  const stamp: FieldStamp = {
    rev: context.rev,
    deviceId: context.deviceId,
    memberId: context.memberId,
    at: context.now,
  };
  const concurrent = (field: string) => {
    const last = stamps[field];
    return last !== undefined && last.deviceId !== context.deviceId && last.rev > (mutation.baseRevs[field] ?? 0);
  };
  // A losing value the record already keeps as a conflict of that field is not filed
  // twice (two devices re-sending the same copy after a restore, a replayed edit).
  const alreadyKept = (field: string, value: unknown) =>
    withoutResolved(existing?.conflicts ?? [], mutation.resolvedConflicts).some(
      (conflict) => conflict.field === field && sameJson(conflict.value, value),
    );
  const lose = (field: string, value: unknown) =>
    !alreadyKept(field, value) &&
    conflicts.push({
      field,
      value: value as Conflict['value'],
      memberId: context.memberId,
      rev: context.rev,
      at: context.now,
      ...keptBy(field === 'deleted' ? latestStamp(stamps) : stamps[field]),
    });

  // 2.
  for (const field of Object.keys(mutation.changes)) {
    const value = mutation.changes[field];
    if (sets.has(field))
      return refused(mutation, {
        ok: false,
        field: `changes.${field}`,
        message: `${field} is a set: send it in setChanges`,
      });
    if (existing && fixedAfterCreate.has(field)) continue;
    if (existing && concurrent(field) && !sameJson(current[field], value)) {
      lose(field, value);
      continue;
    }
    current[field] = value;
    nextStamps[field] = stamp;
  }
  const memberField = memberFieldSetByServer[mutation.recordType];
  if (!existing && memberField) current[memberField] = context.memberId;

  // 3.
  for (const field of sets) {
    const change = mutation.setChanges[field];
    const before = Array.isArray(current[field]) ? (current[field] as string[]) : [];
    if (change) {
      current[field] = applySetChange(before, change);
      nextStamps[field] = stamp;
    } else if (!existing) current[field] = before;
  }

  // 4.
  let deleted = false;
  if (mutation.op === 'delete') {
    const base = mutation.baseRevs.deleted ?? 0;
    const missedEdit = Object.values(stamps).some((last) => last.deviceId !== context.deviceId && last.rev > base);
    if (existing && !existing.deleted && missedEdit && !deleteAlwaysWins.has(mutation.recordType))
      lose('deleted', true);
    else deleted = true;
  }
  nextStamps.deleted = stamp;

  // 5.
  const previousConflicts = withoutResolved(existing?.conflicts ?? [], mutation.resolvedConflicts);
  // 6. `current` is this merge's own copy, so the sync fields are written into it (a
  // spread into a new object cost more than the rest of the merge of a new note).
  current.id = mutation.recordId;
  current.engagementId = mutation.recordType === 'engagement' ? mutation.recordId : context.engagementId;
  current.rev = context.rev;
  current.updatedAt = mutation.editedAt;
  current.deleted = deleted;
  const kept = previousConflicts.length + conflicts.length;
  current.conflicts =
    conflicts.length === 0 && kept <= maxConflictsPerRecord
      ? previousConflicts
      : [...previousConflicts, ...conflicts].slice(-maxConflictsPerRecord);
  const parsed = recordSchemas[mutation.recordType].safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map(String).join('.');
    const hint = existing ? '' : ' (a new record needs every field)';
    return refused(mutation, {
      ok: false,
      field: path ? `changes.${path}` : 'changes',
      message: `${issue?.message ?? 'invalid record'}${hint}`,
    });
  }
  if (!valuesLeftOutAreValid(mutation, current)) return refused(mutation);
  return { ok: true, record: parsed.data, stamps: nextStamps, conflicts };
}

/**
 * A write the permissions kept as a conflict: each field value, each set change (as its
 * adds and removes) and a delete or revive joins the record's conflicts, under this
 * change number, unless it equals what the record holds. The fields, their stamps and
 * `updatedAt` stay: the record is as it was, with its new rev and conflicts.
 */
function keptAsConflict(
  existing: AnyRecord,
  stamps: FieldStamps,
  mutation: Mutation,
  context: MergeContext,
): MergeOutcome {
  const held: Record<string, unknown> = existing;
  const filed = (field: string, value: unknown): Conflict => ({
    field,
    value: value as Conflict['value'],
    memberId: context.memberId,
    rev: context.rev,
    at: context.now,
    ...keptBy(field === 'deleted' ? latestStamp(stamps) : stamps[field]),
  });
  const conflicts: Conflict[] = [];
  for (const field of Object.keys(mutation.changes)) {
    const value = mutation.changes[field];
    if (setFieldsOf.get(mutation.recordType)?.has(field))
      return { ok: false, field: `changes.${field}`, message: `${field} is a set: send it in setChanges` };
    if (!fixedAfterCreate.has(field) && !sameJson(held[field], value)) conflicts.push(filed(field, value));
  }
  for (const [field, change] of Object.entries(mutation.setChanges)) {
    const before = Array.isArray(held[field]) ? (held[field] as string[]) : [];
    if (!sameJson(applySetChange(before, change), before)) conflicts.push(filed(field, change));
  }
  // A delete is filed; so is a bare revive (a peer's undo), but an edit's upsert is not
  // taken for a wish to revive a finding merged away: its values say what it meant.
  if (mutation.op === 'delete' && !existing.deleted) conflicts.push(filed('deleted', true));
  if (mutation.op === 'upsert' && existing.deleted && conflicts.length === 0) conflicts.push(filed('deleted', false));
  const record = recordSchemas[mutation.recordType].parse({
    ...existing,
    rev: context.rev,
    conflicts: [...existing.conflicts, ...conflicts].slice(-maxConflictsPerRecord),
  });
  return { ok: true, record, stamps, conflicts };
}

/** Who wrote the value that stayed, and when, as far as its stamp says. */
function keptBy(stamp: FieldStamp | undefined): Pick<Conflict, 'keptMemberId' | 'keptAt'> {
  return {
    ...(stamp?.memberId ? { keptMemberId: stamp.memberId } : {}),
    ...(stamp?.at ? { keptAt: stamp.at } : {}),
  };
}

/** The record's last write: what a losing delete or revive lost to. */
function latestStamp(stamps: FieldStamps): FieldStamp | undefined {
  return Object.values(stamps).reduce<FieldStamp | undefined>(
    (latest, stamp) => (!latest || stamp.rev > latest.rev ? stamp : latest),
    undefined,
  );
}
