import { z } from 'zod';
import type { Note } from '../../domain/records/note';
import { packedPostingsSchema } from '../../domain/search/packedPostings';

/**
 * Messages between the page and the worker that builds the note search index
 * (noteIndex.worker.ts). Each side checks what it receives with these schemas. The notes
 * themselves are checked against the note schema in the worker, as they are read from
 * storage (as Dexie's reads do on the page): here only that each is an object, because
 * parsing 5,000 notes again on the page would cost what the worker saves.
 */
export const buildRequestSchema = z.object({
  type: z.literal('build'),
  databaseName: z.string().min(1),
  engagementId: z.string().min(1),
});

const builtNoteSchema = z.custom<Note>((value) => typeof value === 'object' && value !== null);

export const builderMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  z.object({
    type: z.literal('built'),
    index: z.object({
      notes: z.array(builtNoteSchema),
      postings: packedPostingsSchema,
      shortPrefixes: packedPostingsSchema,
    }),
    /** Time in the worker reading the notes and indexing them (ms), for the benchmark. */
    readMs: z.number(),
    indexMs: z.number(),
  }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

export type BuildRequest = z.infer<typeof buildRequestSchema>;
export type BuilderMessage = z.infer<typeof builderMessageSchema>;
