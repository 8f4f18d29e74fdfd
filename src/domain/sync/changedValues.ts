import { fieldSchema } from '../records/recordFields';
import type { Mutation } from './protocol';

export type MergeRefusal = { ok: false; field: string; message: string };

/**
 * The first field of `changes`, in the order sent, that the record type does not have or
 * whose value its schema refuses; undefined when every one is a valid value of a field.
 */
export function firstBadChange(mutation: Mutation): MergeRefusal | undefined {
  for (const [field, value] of Object.entries(mutation.changes)) {
    const schema = fieldSchema(mutation.recordType, field);
    if (!schema)
      return { ok: false, field: `changes.${field}`, message: `${mutation.recordType} has no field ${field}` };
    const checked = schema.safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const path = ['changes', field, ...(issue?.path ?? []).map(String)].join('.');
      return { ok: false, field: path, message: issue?.message ?? `invalid ${field}` };
    }
  }
  return undefined;
}

/** Whether every field `changes` names is a field of the record type (its values not yet checked). */
export function namesOnlyKnownFields(mutation: Mutation): boolean {
  for (const field of Object.keys(mutation.changes)) {
    if (!fieldSchema(mutation.recordType, field)) return false;
  }
  return true;
}

/**
 * Whether the values of `changes` that did not go into `record` as they were sent (kept
 * as conflicts, or fixed fields left as they were) are each valid on their own. The
 * others were checked as part of the record, by the same field schemas.
 */
export function valuesLeftOutAreValid(mutation: Mutation, record: Record<string, unknown>): boolean {
  for (const [field, value] of Object.entries(mutation.changes)) {
    if (record[field] === value) continue;
    if (!fieldSchema(mutation.recordType, field)?.safeParse(value).success) return false;
  }
  return true;
}
