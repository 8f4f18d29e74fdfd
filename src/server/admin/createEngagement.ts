import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { calendarDate, shortText } from '../../domain/records/syncedRecord';
import { defaultThemeTemplate, themeTemplateIds, themeTemplates } from '../../domain/templates/themeTemplates';
import { issueInvite, joinUrl } from '../auth/invites';
import { putNewRecord, type NewRecord } from '../records/putNewRecord';
import type { Storage } from '../storage/storage';
import { AdminError } from './adminError';

/** What an administrator types; each bound matches the record it fills. */
export const newEngagementSchema = z
  .object({
    council: shortText(200).min(1, { error: 'is required' }),
    title: shortText(200).min(1, { error: 'is required' }),
    from: calendarDate,
    to: calendarDate,
    manager: shortText(120).min(1, { error: 'is required' }),
    themes: z.enum(themeTemplateIds).default(defaultThemeTemplate),
  })
  .refine((input) => input.from <= input.to, { error: 'must not be before --from', path: ['to'] });
export type NewEngagement = z.input<typeof newEngagementSchema>;

export type CreatedEngagement = {
  engagementId: string;
  managerId: string;
  themeCount: number;
  /** The challenge manager's single-use join link: printed once, stored only hashed. */
  url: string;
  expiresAt: string;
};

/**
 * Creates an engagement ready for its challenge manager, in one transaction: the
 * engagement record, its themes from a template, the manager as a member, and the
 * manager's join link. The manager then invites everyone else from the app.
 */
export async function createEngagement(
  storage: Storage,
  input: NewEngagement,
  options: { publicUrl: string; now: Date },
): Promise<CreatedEngagement> {
  const parsed = newEngagementSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AdminError(`--${issue?.path.join('.') ?? 'arguments'}: ${issue?.message ?? 'invalid value'}`);
  }
  const { council, title, from, to, manager, themes } = parsed.data;
  const engagementId = randomUUID();
  const managerId = randomUUID();
  const records: NewRecord[] = [
    { recordType: 'engagement', id: engagementId, fields: { council, title, onSiteFrom: from, onSiteTo: to } },
    ...themeTemplates[themes].themes.map((name, position) => ({
      recordType: 'theme' as const,
      id: randomUUID(),
      fields: { name, position },
    })),
    {
      recordType: 'member',
      id: managerId,
      fields: { displayName: manager, role: 'manager', position: 'challenge manager' },
    },
  ];
  const updatedAt = options.now.toISOString();
  return storage.transaction(async (tx) => {
    for (const record of records) await putNewRecord(tx, engagementId, record, updatedAt);
    const { code, invite } = await issueInvite(tx, { engagementId, memberId: managerId, now: options.now });
    return {
      engagementId,
      managerId,
      themeCount: records.length - 2,
      url: joinUrl(options.publicUrl, code),
      expiresAt: invite.expiresAt,
    };
  });
}
