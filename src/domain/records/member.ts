import { z } from 'zod';
import { shortText, syncedRecordFields } from './syncedRecord';

/** What a member may do: the permission, separate from their place on the team. */
export const memberRoles = ['manager', 'peer', 'council'] as const;
export const memberRoleSchema = z.enum(memberRoles);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/** Where a member sits on the team or at the council: shown to people, never used for access. */
export const teamPositions = [
  'lead peer',
  'member peer',
  'officer peer',
  'lived-experience peer',
  'challenge manager',
  'council contact',
] as const;
export const teamPositionSchema = z.enum(teamPositions);
export type TeamPosition = z.infer<typeof teamPositionSchema>;

/** A person taking part in an engagement. Never shown in any output for the council. */
export const memberSchema = z.object({
  ...syncedRecordFields,
  displayName: shortText(120).min(1),
  role: memberRoleSchema,
  position: teamPositionSchema,
});
export type Member = z.infer<typeof memberSchema>;

/** The permission a new member gets from their place on the team; a manager may change it. */
export function roleForPosition(position: TeamPosition): MemberRole {
  if (position === 'challenge manager') return 'manager';
  if (position === 'council contact') return 'council';
  return 'peer';
}
