import { z } from 'zod';

/**
 * The manager's Team screen talks to these routes (docs/api.md, "Team"). Requests are
 * strict: an unknown key is refused by name rather than silently dropped.
 */

/** Join links last 14 days unless the manager picks 1 to 60. */
export const defaultInviteDays = 14;
export const maxInviteDays = 60;

export const createInviteRequestSchema = z.strictObject({
  /** The member the link is for; their record must already be on the server (synced). */
  memberId: z.uuid(),
  expiresInDays: z.number().int().min(1).max(maxInviteDays).default(defaultInviteDays),
});
export type CreateInviteRequest = z.infer<typeof createInviteRequestSchema>;

/** Worked out by the server at answer time, so a tablet's wrong clock cannot mislead. */
export const inviteStatuses = ['pending', 'used', 'revoked', 'expired'] as const;
export const inviteStatusSchema = z.enum(inviteStatuses);
export type InviteStatus = z.infer<typeof inviteStatusSchema>;

/** An invite as the manager sees it: never the code, never its hash. */
export const inviteSchema = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  usedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  status: inviteStatusSchema,
});
export type Invite = z.infer<typeof inviteSchema>;

export const createInviteResponseSchema = z.object({
  invite: inviteSchema,
  /** The join code in clear: shown this once, only its hash is stored. */
  code: z.string().min(8).max(128),
  /** PUBLIC_URL/join/<code>, ready to send to the member. */
  url: z.url(),
});
export type CreateInviteResponse = z.infer<typeof createInviteResponseSchema>;

export const inviteListResponseSchema = z.object({ invites: z.array(inviteSchema) });
export type InviteListResponse = z.infer<typeof inviteListResponseSchema>;

export const inviteResponseSchema = z.object({ invite: inviteSchema });
export type InviteResponse = z.infer<typeof inviteResponseSchema>;

/** A device that joined: what a manager needs to spot a lost tablet and cut it off. */
export const deviceSchema = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  createdAt: z.iso.datetime(),
  /** Last request made with its token, to within a few minutes; null until it syncs. */
  lastSeenAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  /** The device that asked: revoking it signs this tablet out. */
  isThisDevice: z.boolean(),
});
export type Device = z.infer<typeof deviceSchema>;

export const deviceListResponseSchema = z.object({ devices: z.array(deviceSchema) });
export type DeviceListResponse = z.infer<typeof deviceListResponseSchema>;

export const deviceResponseSchema = z.object({ device: deviceSchema });
export type DeviceResponse = z.infer<typeof deviceResponseSchema>;
