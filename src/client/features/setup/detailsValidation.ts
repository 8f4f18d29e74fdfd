import { engagementSchema } from '../../../domain/records/engagement';
import type { EngagementDetails } from '../../store/engagementRepository';

export type DetailsErrors = Partial<Record<keyof EngagementDetails, string>>;

/** What to tell the manager when a field fails the domain schema, in their words. */
const messages: Record<keyof EngagementDetails, string> = {
  council: 'Enter the council’s name (up to 200 characters).',
  title: 'Enter a title for the engagement (up to 200 characters).',
  onSiteFrom: 'Enter the first day on site.',
  onSiteTo: 'Enter the last day on site.',
};

/** Checks each field with the shared schema, then that the visit does not end before it starts. */
export function validateDetails(details: EngagementDetails): DetailsErrors {
  const errors: DetailsErrors = {};
  for (const field of Object.keys(messages) as (keyof EngagementDetails)[]) {
    if (!engagementSchema.shape[field].safeParse(details[field]).success) errors[field] = messages[field];
  }
  if (!errors.onSiteFrom && !errors.onSiteTo && details.onSiteTo < details.onSiteFrom) {
    errors.onSiteTo = 'The last day on site cannot be before the first.';
  }
  return errors;
}
