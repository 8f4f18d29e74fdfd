import { z } from 'zod';
import { recordedAcceptanceSchema } from './attributionAcceptance';
import { snapshotKindSchema } from './snapshotKind';
import { shortText, syncedRecordFields } from './syncedRecord';

// Named here too, where the outputs have always imported them from.
export { snapshotKinds, snapshotKindSchema, type SnapshotKind } from './snapshotKind';

/** Longest paragraph or bullet in a snapshot: a long letter paragraph, not a document. */
export const snapshotTextMaxLength = 5_000;
const snapshotText = z.string().trim().min(1).max(snapshotTextMaxLength);

/** Most acceptances one publication records: far more hits than any output has. */
export const maxRecordedAcceptances = 1_000;

/** A run of prose, or a list such as the key strengths of a theme. */
export const snapshotBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: snapshotText }),
  z.object({ kind: z.literal('bullets'), items: z.array(snapshotText).min(1).max(100) }),
]);
export type SnapshotBlock = z.infer<typeof snapshotBlockSchema>;

/** One slide or one letter section, e.g. a theme's strengths and areas for consideration. */
export const snapshotSectionSchema = z.object({
  heading: shortText(200).min(1),
  blocks: z.array(snapshotBlockSchema).max(50),
  /** Absent means false. The letter numbers the paragraphs of its theme and recommendation sections, 1, 2, 3 … through the letter. */
  numbered: z.boolean().optional(),
  /**
   * Absent means false. Marks the adviser's contact details (the draft's contacts), which
   * name a person on purpose and which the non-attribution check does not scan.
   */
  contacts: z.literal(true).optional(),
});
export type SnapshotSection = z.infer<typeof snapshotSectionSchema>;

/**
 * The content as published. Plain structure rather than a file, so the council view can
 * render it and a comment can point into it; the outputs issue fills it from findings.
 */
export const snapshotBodySchema = z.object({
  sections: z.array(snapshotSectionSchema).max(100),
});
export type SnapshotBody = z.infer<typeof snapshotBodySchema>;

/**
 * A frozen copy of an output shared with the council: the only record type (with the
 * council's own accuracy comments) that council members can read. It never holds notes,
 * authors or session details, so nothing in it is attributable to anyone.
 */
export const publishedSnapshotSchema = z.object({
  ...syncedRecordFields,
  title: shortText(200).min(1),
  kind: snapshotKindSchema,
  /**
   * Its version among the engagement's snapshots of the same kind: 1, 2, 3 … The server
   * sets it when the snapshot is created (one more than the highest of that kind,
   * withdrawn ones included), so two devices never publish the same number. Snapshots
   * stored before numbering read as 1.
   */
  number: z.number().int().min(1).default(1),
  /** When the challenge manager shared it with the council (ISO time). */
  publishedAt: z.iso.datetime(),
  body: snapshotBodySchema,
  /**
   * The team's record of the acceptances this publication relied on (those that resolved a
   * hit of the non-attribution check in it), copied when it was published: set by the
   * server on create, whatever the device sent, and frozen with the text. Never sent to
   * the council (councilView). Absent on snapshots published before it was recorded.
   */
  acceptances: z.array(recordedAcceptanceSchema).max(maxRecordedAcceptances).optional(),
});
export type PublishedSnapshot = z.infer<typeof publishedSnapshotSchema>;
