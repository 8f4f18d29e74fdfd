import type { RecordType } from './recordTypes';

/**
 * Fields that hold a set of ids or choices. Sync sends what was added and removed
 * rather than the whole list, so an add on one tablet and a remove on another both apply.
 */
export const setFields: Readonly<Record<RecordType, readonly string[]>> = {
  engagement: [],
  theme: [],
  scopeQuestion: [],
  member: [],
  session: ['stakeholderGroups', 'assignedMemberIds'],
  note: ['themeIds', 'scopeQuestionIds', 'photoIds'],
  publishedSnapshot: [],
  accuracyComment: [],
  finding: ['noteIds', 'mergedFromIds', 'mergedNoteIds'],
  recommendation: ['findingIds'],
  stillToCover: [],
  outputDraft: [],
  attributionAcceptance: [],
};
