import { z } from 'zod';
import { shortText, syncedRecordFields } from './syncedRecord';

/** The two lanes of a theme's findings board. */
export const findingLanes = ['strength', 'area for consideration'] as const;
export const findingLaneSchema = z.enum(findingLanes);
export type FindingLane = z.infer<typeof findingLaneSchema>;

/** Peers propose; the challenge manager agrees or drops. */
export const findingStatuses = ['proposed', 'agreed', 'dropped'] as const;
export const findingStatusSchema = z.enum(findingStatuses);
export type FindingStatus = z.infer<typeof findingStatusSchema>;

/** Most notes one finding may cite: far above any real finding, a bound on a record's size. */
export const maxNotesPerFinding = 1000;

/**
 * What the team found about one theme, evidenced by notes: a strength or an area for
 * consideration. Never names a person; the notes behind it never leave the team.
 */
export const findingSchema = z.object({
  ...syncedRecordFields,
  /** The theme whose board the finding sits on. */
  themeId: z.uuid(),
  lane: findingLaneSchema,
  /** One line, as it would read on a slide. */
  headline: shortText(200),
  /** The finding in full, as it would read in the summary letter. */
  explanation: z.string().max(5000),
  status: findingStatusSchema,
  /** Order within its lane; fractional, so a move writes one record. Ties go by id. */
  position: z.number().finite(),
  /** The notes that evidence it (a set: sync merges adds and removes). */
  noteIds: z.array(z.uuid()).max(maxNotesPerFinding),
  /** Findings merged into this one (a set): each is a tombstone that undo revives. */
  mergedFromIds: z.array(z.uuid()).max(500),
  /**
   * Of its notes, those it holds only because findings were merged into it (a set), so
   * undoing a merge takes back exactly what the merge brought and never a note it cited
   * itself. Optional on the wire: a tool that never merges may leave it out.
   */
  mergedNoteIds: z.array(z.uuid()).max(maxNotesPerFinding).default([]),
  /** Member who proposed it; the server sets it from the device token, never from the body. */
  authorId: z.uuid(),
  /** When it was first proposed (ISO time). */
  createdAt: z.iso.datetime(),
});
export type Finding = z.infer<typeof findingSchema>;
