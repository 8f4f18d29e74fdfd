import { z } from 'zod';
import { shortText, syncedRecordFields } from './syncedRecord';

export const evidenceTypes = ['read', 'heard', 'seen'] as const;
export const evidenceTypeSchema = z.enum(evidenceTypes);
export type EvidenceType = z.infer<typeof evidenceTypeSchema>;

export const stances = ['strength', 'area for consideration', 'neutral'] as const;
export const stanceSchema = z.enum(stances);
export type Stance = z.infer<typeof stanceSchema>;

/** Longest note text accepted anywhere (about 20 pages). */
export const noteTextMaxLength = 50_000;

/** What a peer wrote in a session: the raw evidence, never shown to the council. */
export const noteSchema = z.object({
  ...syncedRecordFields,
  /** The session the note was taken in. */
  sessionId: z.uuid(),
  text: z.string().max(noteTextMaxLength),
  /** Read, heard or seen: the three legs of triangulation. */
  evidenceType: evidenceTypeSchema,
  /** Themes the note speaks to (a set: sync merges adds and removes). */
  themeIds: z.array(z.uuid()).max(50),
  /** Scope questions the note speaks to (a set). */
  scopeQuestionIds: z.array(z.uuid()).max(20),
  stance: stanceSchema,
  /** The text is a verbatim quote: usable unattributed, never with a name. */
  isQuote: z.boolean(),
  /** Member who wrote it; the server sets it from the device token, never from the body. */
  authorId: z.uuid(),
  /** When the note was first written (ISO time). */
  createdAt: z.iso.datetime(),
  /** Title of the document a "read" note refers to. */
  documentReference: shortText(500),
  /** Photos taken with the note (a set of photo ids; the bytes travel on the photo route). */
  photoIds: z.array(z.uuid()).max(20).default([]),
});
export type Note = z.infer<typeof noteSchema>;
