import type { z } from 'zod';
import { recordSchemas, type AnyRecord, type RecordType } from '../records/recordTypes';

/** A field value already parsed on its own: what went in and what its schema made of it. */
export type ParsedField = { input: unknown; output: unknown };

export type RecordParse =
  { success: true; data: AnyRecord } | { success: false; issue: { path: PropertyKey[]; message: string } };

const entries = new Map<RecordType, [string, z.ZodType][]>();
/** A record schema's fields in its order, listed once per type (a merge runs per mutation). */
function shapeEntries(recordType: RecordType): [string, z.ZodType][] {
  let listed = entries.get(recordType);
  if (!listed) {
    const shape: Record<string, z.ZodType> = recordSchemas[recordType].shape;
    listed = Object.entries(shape);
    entries.set(recordType, listed);
  }
  return listed;
}

/**
 * The record schema's parse of `candidate`, field by field in the schema's order, taking
 * a field's result from `parsed` when that very value was parsed already (a merge checks
 * each value an edit carries on its own first, so a new note's fields were each parsed
 * twice). Record schemas are plain objects with no rule across fields (a test holds them
 * to it), so this gives the schema's own answer: the same record, or the same first issue.
 */
export function parseRecordFields(
  recordType: RecordType,
  candidate: Record<string, unknown>,
  parsed: ReadonlyMap<string, ParsedField>,
): RecordParse {
  const data: Record<string, unknown> = {};
  for (const [field, schema] of shapeEntries(recordType)) {
    const value = candidate[field];
    const known = parsed.get(field);
    let output: unknown;
    if (known && known.input === value) output = known.output;
    else {
      const result = schema.safeParse(value);
      if (!result.success) {
        const issue = result.error.issues[0];
        return {
          success: false,
          issue: { path: [field, ...(issue?.path ?? [])], message: issue?.message ?? `invalid ${field}` },
        };
      }
      output = result.data;
    }
    // As z.object: an optional field the candidate does not have stays absent.
    if (output !== undefined || Object.hasOwn(candidate, field)) data[field] = output;
  }
  return { success: true, data: data as AnyRecord };
}
