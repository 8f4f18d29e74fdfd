import { z } from 'zod';
import { accuracyCommentSchema } from './accuracyComment';
import { attributionAcceptanceSchema } from './attributionAcceptance';
import { engagementSchema } from './engagement';
import { findingSchema } from './finding';
import { memberSchema } from './member';
import { noteSchema } from './note';
import { outputDraftSchema } from './outputDraft';
import { publishedSnapshotSchema } from './publishedSnapshot';
import { recommendationSchema } from './recommendation';
import { scopeQuestionSchema } from './scopeQuestion';
import { sessionSchema } from './session';
import { stillToCoverSchema } from './stillToCover';
import { themeSchema } from './theme';

/** Every record type that sync carries, by the name used on the wire and in storage. */
export const recordSchemas = {
  engagement: engagementSchema,
  theme: themeSchema,
  scopeQuestion: scopeQuestionSchema,
  member: memberSchema,
  session: sessionSchema,
  note: noteSchema,
  publishedSnapshot: publishedSnapshotSchema,
  accuracyComment: accuracyCommentSchema,
  finding: findingSchema,
  recommendation: recommendationSchema,
  stillToCover: stillToCoverSchema,
  outputDraft: outputDraftSchema,
  attributionAcceptance: attributionAcceptanceSchema,
} as const;

export type RecordSchemas = typeof recordSchemas;
export type RecordType = keyof RecordSchemas;
export type RecordOf<T extends RecordType> = z.infer<RecordSchemas[T]>;
export type AnyRecord = RecordOf<RecordType>;

export const recordTypes = Object.keys(recordSchemas) as RecordType[];
export const recordTypeSchema = z.enum(recordTypes as [RecordType, ...RecordType[]]);

/** Fields the sync protocol owns; a mutation never carries them as changes. */
export const syncOwnedFields = ['id', 'engagementId', 'rev', 'updatedAt', 'deleted', 'conflicts'] as const;
