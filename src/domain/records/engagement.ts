import { z } from 'zod';
import { calendarDate, shortText, syncedRecordFields } from './syncedRecord';

/** One peer challenge at one council. Its id is also its own engagementId. */
export const engagementSchema = z.object({
  ...syncedRecordFields,
  /** The council that invited the peer challenge. */
  council: shortText(200).min(1),
  /** What the team calls the engagement, e.g. "Adult social care peer challenge". */
  title: shortText(200).min(1),
  /** First and last day on site. */
  onSiteFrom: calendarDate,
  onSiteTo: calendarDate,
  /**
   * Roles that single one person out at this council, beyond the usual senior roles
   * (e.g. "the Head of Commissioning"): the non-attribution check flags them in outputs.
   * Optional on the wire.
   */
  rolesToCheck: z.array(shortText(120).min(1)).max(100).default([]),
});
export type Engagement = z.infer<typeof engagementSchema>;
