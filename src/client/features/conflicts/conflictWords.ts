import type { Member } from '../../../domain/records/member';
import type { ConflictedRecord, RecordsById } from '../../store/conflictQueries';

/** The start of a long text, for naming a record by it. */
export function textStart(text: string, length = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/** The record in the team's words, e.g. "Note in Focus group with front-line staff: “Staff said …”". */
export function recordInWords(entry: ConflictedRecord, recordsById: RecordsById): string {
  const deleted = entry.record.deleted ? ' (deleted)' : '';
  return `${describe(entry, recordsById)}${deleted}`;
}

function describe({ recordType, record }: ConflictedRecord, recordsById: RecordsById): string {
  switch (recordType) {
    case 'note': {
      const session = recordsById.get(record.sessionId);
      const title = session?.recordType === 'session' ? session.record.title : 'a session';
      return `Note in ${title}: “${textStart(record.text)}”`;
    }
    case 'finding':
      return `Finding: ${record.headline || 'no headline yet'}`;
    case 'recommendation':
      return `Recommendation (${record.kind}): “${textStart(record.text)}”`;
    case 'session':
      return `Session: ${record.title}`;
    case 'theme':
      return `Theme: ${record.name}`;
    case 'scopeQuestion':
      return `Scope question: “${textStart(record.text)}”`;
    case 'member':
      return `Team member: ${record.displayName}`;
    case 'engagement':
      return `The engagement: ${record.title}`;
    case 'stillToCover':
      return `Still to cover: “${textStart(record.text)}”`;
    case 'publishedSnapshot':
      return `Published ${record.kind}: ${record.title}`;
    case 'accuracyComment':
      return `Accuracy comment: “${textStart(record.text)}”`;
    case 'outputDraft':
      return `The ${record.kind}'s own words`;
    case 'attributionAcceptance':
      return `Accepted check result: “${textStart(record.span)}”`;
  }
}

const fieldWords: Readonly<Record<string, string>> = {
  deleted: 'deleted or kept',
  text: 'text',
  headline: 'headline',
  explanation: 'explanation',
  status: 'status',
  lane: 'lane',
  themeId: 'theme',
  themeIds: 'themes',
  scopeQuestionIds: 'scope questions',
  noteIds: 'notes evidencing it',
  findingIds: 'findings it rests on',
  mergedFromIds: 'findings merged into it',
  mergedNoteIds: 'notes brought by merges',
  photoIds: 'photos',
  stakeholderGroups: 'stakeholder groups',
  assignedMemberIds: 'peers taking notes',
  evidenceType: 'evidence type',
  isQuote: 'verbatim quote',
  documentReference: 'document',
  sessionId: 'session',
  displayName: 'name',
  startsAt: 'start',
  endsAt: 'end',
  attendeeCount: 'attendees',
  attendeeNames: 'attendee names',
  cancelled: 'cancelled',
  otherStakeholderGroup: 'other stakeholder group',
  position: 'order',
  onSiteFrom: 'first day on site',
  onSiteTo: 'last day on site',
};

/** The field in words: "headline", "notes evidencing it", "order". */
export function fieldInWords(field: string): string {
  return fieldWords[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

/** One id in words: the record it names, or "an unknown record" when this device lacks it. */
export function idInWords(id: string, recordsById: RecordsById): string {
  const entry = recordsById.get(id);
  return entry ? recordInWords(entry, recordsById) : 'a record not on this device';
}

/** A field's value in words, naming the records its ids point to. */
export function valueInWords(value: unknown, recordsById: RecordsById): string {
  if (value === null || value === undefined || value === '') return '(nothing)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return recordsById.has(value) ? idInWords(value, recordsById) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? '(none)' : value.map((item) => valueInWords(item, recordsById)).join('; ');
  }
  return JSON.stringify(value);
}

/** Who sent a losing value: the member's name, or "a teammate" when this device does not know them. */
export function whoInWords(memberId: string, recordsById: RecordsById): string {
  const entry = recordsById.get(memberId);
  return entry?.recordType === 'member' ? (entry.record as Member).displayName : 'a teammate';
}
