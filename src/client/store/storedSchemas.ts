import type { z } from 'zod';
import { recordSchemas } from '../../domain/records/recordTypes';
import { deviceIdentitySchema } from './deviceIdentity';
import { noteDraftSchema } from './noteDraftStore';
import { outboxEntrySchema } from './outboxEntry';
import { refusedEditSchema } from './refusedEdit';
import { storedPhotoSchema } from './storedPhoto';

/** The schema every row of each Dexie table is parsed with when it is read (parseOnRead.ts). */
export const storedSchemas: Readonly<Record<string, z.ZodType>> = {
  ...recordSchemas,
  outbox: outboxEntrySchema,
  deviceIdentity: deviceIdentitySchema,
  photo: storedPhotoSchema,
  noteDraft: noteDraftSchema,
  refusedEdit: refusedEditSchema,
};
