import { sessionSchema, type Session, type SessionKind, type StakeholderGroup } from '../../../domain/records/session';
import type { SessionFields } from '../../store/sessionRepository';
import { instantOf, localDateOf, localTimeOf } from './localTime';

/** The session form's values as typed: dates and times apart, the count as text. */
export type SessionDraft = {
  title: string;
  kind: SessionKind;
  date: string;
  startTime: string;
  endTime: string;
  stakeholderGroups: StakeholderGroup[];
  otherStakeholderGroup: string;
  location: string;
  assignedMemberIds: string[];
  attendeeCount: string;
  attendeeNames: string;
};

export type DraftField = keyof SessionDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

export function draftFromSession(session: Session | undefined, defaultDate: string): SessionDraft {
  if (!session) {
    return {
      title: '',
      kind: 'interview',
      date: defaultDate,
      startTime: '09:00',
      endTime: '10:00',
      stakeholderGroups: [],
      otherStakeholderGroup: '',
      location: '',
      assignedMemberIds: [],
      attendeeCount: '',
      attendeeNames: '',
    };
  }
  return {
    title: session.title,
    kind: session.kind,
    date: localDateOf(session.startsAt),
    startTime: localTimeOf(session.startsAt),
    endTime: localTimeOf(session.endsAt),
    stakeholderGroups: [...session.stakeholderGroups],
    otherStakeholderGroup: session.otherStakeholderGroup,
    location: session.location,
    assignedMemberIds: [...session.assignedMemberIds],
    attendeeCount: session.attendeeCount === null ? '' : String(session.attendeeCount),
    attendeeNames: session.attendeeNames,
  };
}

/** The fields to save, or what is wrong with each field in the manager's words. */
export function fieldsFromDraft(draft: SessionDraft): { fields: SessionFields } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const shape = sessionSchema.shape;
  const title = draft.title.trim();
  if (!shape.title.safeParse(title).success) errors.title = 'Enter a title for the session (up to 200 characters).';
  const startsAt = instantOf(draft.date, draft.startTime);
  const endsAt = instantOf(draft.date, draft.endTime);
  if (!instantOf(draft.date, '00:00')) errors.date = 'Enter the day of the session.';
  else if (!startsAt) errors.startTime = 'Enter the start time.';
  else if (!endsAt) errors.endTime = 'Enter the end time.';
  else if (endsAt <= startsAt) errors.endTime = 'The session must end after it starts.';
  const other = draft.stakeholderGroups.includes('other') ? draft.otherStakeholderGroup.trim() : '';
  if (draft.stakeholderGroups.includes('other') && other.length === 0) {
    errors.otherStakeholderGroup = 'Describe the other stakeholder group.';
  }
  if (!shape.location.safeParse(draft.location).success)
    errors.location = 'The location is too long (up to 200 characters).';
  const count = draft.attendeeCount.trim() === '' ? null : Number(draft.attendeeCount);
  if (count !== null && !shape.attendeeCount.safeParse(count).success) {
    errors.attendeeCount = 'Enter a whole number from 0 to 1000, or leave it empty.';
  }
  if (!shape.attendeeNames.safeParse(draft.attendeeNames).success)
    errors.attendeeNames = 'Names are too long (up to 2000 characters).';
  if (Object.keys(errors).length > 0 || !startsAt || !endsAt) return { errors };
  return {
    fields: {
      title,
      kind: draft.kind,
      startsAt,
      endsAt,
      stakeholderGroups: draft.stakeholderGroups,
      otherStakeholderGroup: other,
      location: draft.location.trim(),
      assignedMemberIds: draft.assignedMemberIds,
      attendeeCount: count,
      attendeeNames: draft.attendeeNames.trim(),
    },
  };
}
