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

/**
 * The field naming the member who created a record of the type, which the server sets
 * from the device token (never from the body) when the record is created.
 */
export const memberFieldSetByServer: Readonly<Partial<Record<RecordType, 'authorId' | 'acceptedById'>>> = {
  note: 'authorId',
  accuracyComment: 'authorId',
  finding: 'authorId',
  attributionAcceptance: 'acceptedById',
};
