import type { z } from 'zod';
import { recordSchemas, type RecordType } from './recordTypes';

/**
 * The schema of one field of a record type, or undefined when the type has no such
 * field. Edits name fields one at a time; this lets each be checked on its own.
 */
export function fieldSchema(recordType: RecordType, field: string): z.ZodType | undefined {
  const shape: Record<string, z.ZodType> = recordSchemas[recordType].shape;
  return Object.hasOwn(shape, field) ? shape[field] : undefined;
}

/** Record types whose author is the member who created them, taken from the device token. */
export const authoredRecordTypes: ReadonlySet<RecordType> = new Set(['note', 'accuracyComment', 'finding']);
