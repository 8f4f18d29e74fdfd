import { z } from 'zod';
import { shortText, syncedRecordFields } from './syncedRecord';

export const sessionKinds = ['interview', 'focus group', 'visit or observation', 'document reading', 'other'] as const;
export const sessionKindSchema = z.enum(sessionKinds);
export type SessionKind = z.infer<typeof sessionKindSchema>;

export const stakeholderGroups = [
  'councillors',
  'senior officers',
  'managers',
  'front-line staff',
  'NHS partners',
  'voluntary sector partners',
  'people who use services',
  'carers',
  'other',
] as const;
export const stakeholderGroupSchema = z.enum(stakeholderGroups);
export type StakeholderGroup = z.infer<typeof stakeholderGroupSchema>;

/** One slot on the on-site timetable: an interview, focus group, visit or reading. */
export const sessionSchema = z.object({
  ...syncedRecordFields,
  title: shortText(200).min(1),
  kind: sessionKindSchema,
  /** Who was in the room, as groups: never names, so findings cannot single anyone out. */
  stakeholderGroups: z.array(stakeholderGroupSchema).max(stakeholderGroups.length),
  /** Describes the group when "other" is chosen. */
  otherStakeholderGroup: shortText(200),
  /** Local start and end on site (ISO time). */
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  location: shortText(200),
  /** Peers taking notes in this session (a set). */
  assignedMemberIds: z.array(z.uuid()).max(20).default([]),
  /** How many people attended; a count, never who. */
  attendeeCount: z.number().int().min(0).max(1000).nullable().default(null),
  /**
   * Names the manager chose to record for the team's own use. They stay with the team:
   * no output (presentation, letter, published snapshot) may ever read this field.
   */
  attendeeNames: shortText(2000).default(''),
  /**
   * Called off but kept: its notes stay with it and it shows as cancelled. What a manager
   * chooses instead of deleting a session that holds notes. Optional on the wire.
   */
  cancelled: z.boolean().default(false),
});
export type Session = z.infer<typeof sessionSchema>;
