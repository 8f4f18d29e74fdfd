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
});
export type Engagement = z.infer<typeof engagementSchema>;
