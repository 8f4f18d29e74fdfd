import type { Engagement } from '../records/engagement';
import type { Finding } from '../records/finding';
import type { Member } from '../records/member';
import type { OutputDraft } from '../records/outputDraft';
import type { Recommendation } from '../records/recommendation';
import type { ScopeQuestion } from '../records/scopeQuestion';
import type { Session } from '../records/session';
import type { Theme } from '../records/theme';
import type { OutputSources } from './outputDocument';

/**
 * Test records for the output model. Everything that must never reach an output (member
 * names, session titles, attendee names, locations, authors, conflicts, dropped and
 * proposed findings) carries a distinctive word from `secrets`, so a test can look for
 * each of them in the whole JSON of a document.
 */
export const secrets = [
  'Quartermaine',
  'Fairweather',
  'Blenkinsop',
  'Winterbottom',
  'Pettigrew',
  'Crabtree',
  'Thistlewood',
  'Marigold',
  'DroppedSecret',
  'ProposedSecret',
  'DeletedSecret',
  'ConflictSecret',
];

/** A UUID from a small number, so records are easy to tell apart. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const synced = (id: number) => ({
  id: uuid(id),
  engagementId: uuid(1),
  rev: 3,
  updatedAt: '2026-11-26T09:00:00.000Z',
  deleted: false,
  conflicts: [],
});

export const engagement: Engagement = {
  ...synced(1),
  council: 'Northshire County Council',
  title: 'Adult social care peer challenge',
  onSiteFrom: '2026-11-23',
  onSiteTo: '2026-11-26',
  rolesToCheck: [],
};

export const member = (id: number, displayName: string, position: Member['position']): Member => ({
  ...synced(id),
  displayName,
  position,
  role: position === 'challenge manager' ? 'manager' : position === 'council contact' ? 'council' : 'peer',
});

export const theme = (id: number, name: string, position: number): Theme => ({ ...synced(id), name, position });

export const finding = (id: number, themeId: number, extra: Partial<Finding> = {}): Finding => ({
  ...synced(id),
  themeId: uuid(themeId),
  lane: 'strength',
  headline: `Headline ${id}`,
  explanation: `Explanation ${id}.`,
  status: 'agreed',
  position: id,
  noteIds: [uuid(900)],
  mergedFromIds: [],
  mergedNoteIds: [],
  authorId: uuid(10),
  createdAt: '2026-11-24T18:00:00.000Z',
  ...extra,
});

export const recommendation = (
  id: number,
  kind: Recommendation['kind'],
  text: string,
  extra: Partial<Recommendation> = {},
): Recommendation => ({ ...synced(id), kind, text, findingIds: [], position: id, ...extra });

export const session = (id: number, kind: Session['kind'], attendeeCount: number | null): Session => ({
  ...synced(id),
  title: `Breakfast with Cllr Winterbottom ${id}`,
  kind,
  stakeholderGroups: ['councillors', 'other'],
  otherStakeholderGroup: 'Friends of Marigold Lane',
  startsAt: '2026-11-24T09:00:00.000Z',
  endsAt: '2026-11-24T10:00:00.000Z',
  location: 'Thistlewood House',
  assignedMemberIds: [uuid(10)],
  attendeeCount,
  attendeeNames: 'Algernon Pettigrew, Wilhelmina Crabtree',
  cancelled: false,
});

export const scopeQuestion = (id: number, text: string, position: number): ScopeQuestion => ({
  ...synced(id),
  text,
  position,
});

export const draft = (kind: OutputDraft['kind'], extra: Partial<OutputDraft> = {}): OutputDraft => ({
  ...synced(kind === 'presentation' ? 80 : 81),
  kind,
  introduction: 'Thank you for inviting the team.',
  summary: 'The council knows itself well.\n\n- Strong leadership\n- A clear plan',
  nextSteps: 'The team will send the letter within four weeks.',
  contacts: 'Adviser: Jo Example\njo@example.org',
  ...extra,
});

/** A whole engagement: two themes with agreed, proposed, dropped and deleted findings. */
export function fullSources(extra: Partial<OutputSources> = {}): OutputSources {
  const lostEdit = {
    field: 'headline',
    value: 'ConflictSecret',
    memberId: uuid(11),
    rev: 2,
    at: '2026-11-24T19:00:00.000Z',
  };
  return {
    engagement,
    members: [
      member(10, 'Zebedee Quartermaine', 'lead peer'),
      member(11, 'Ottoline Fairweather', 'member peer'),
      member(12, 'Second Memberpeer', 'member peer'),
      member(13, 'Officer Person', 'officer peer'),
      member(14, 'Manager Person', 'challenge manager'),
      member(15, 'Perpetua Blenkinsop', 'council contact'),
      { ...member(16, 'Gone Member', 'officer peer'), deleted: true },
    ],
    sessions: [
      session(20, 'interview', 3),
      session(21, 'interview', 2),
      session(22, 'focus group', 8),
      session(23, 'visit or observation', null),
      session(24, 'document reading', 1),
      { ...session(25, 'interview', 50), deleted: true },
    ],
    themes: [
      theme(31, 'Working together', 1),
      theme(30, 'Vision, strategy and leadership', 0),
      theme(32, 'Commissioning', 2),
    ],
    scopeQuestions: [
      scopeQuestion(41, 'Is commissioning working?', 1),
      scopeQuestion(40, 'Is the front door right?', 0),
    ],
    findings: [
      finding(52, 30, { position: 2, headline: 'Staff are proud', explanation: 'Staff told us they are proud.' }),
      finding(51, 30, { position: 1, headline: 'A shared vision', explanation: 'Partners share the vision.' }),
      finding(53, 30, {
        lane: 'area for consideration',
        headline: 'Waiting lists',
        explanation: 'Lists are long.',
        conflicts: [lostEdit],
      }),
      finding(54, 30, { status: 'proposed', headline: 'ProposedSecret' }),
      finding(55, 30, { status: 'dropped', headline: 'DroppedSecret' }),
      finding(56, 30, { deleted: true, headline: 'DeletedSecret' }),
      finding(57, 31, { lane: 'area for consideration', headline: 'Joint working is slow' }),
      finding(58, 32, { status: 'proposed', headline: 'ProposedSecret again' }),
    ],
    recommendations: [
      recommendation(62, 'quick win', 'Publish the waiting times'),
      recommendation(60, 'presenting issue', 'Review the front door'),
      recommendation(61, 'presenting issue', 'Agree one plan', { position: 0 }),
      recommendation(63, 'wider strategy', 'DeletedSecret plan', { deleted: true }),
    ],
    documentsRead: 0,
    draft: null,
    ...extra,
  };
}

/**
 * What in the sources points at a person, a session or a note: member, session and note
 * ids, and when sessions were held and findings written. No output may carry any of them.
 */
export function identifyingValues(sources: OutputSources): string[] {
  const values = [
    ...sources.members.map((one) => one.id),
    ...sources.sessions.flatMap((one) => [one.id, one.startsAt, one.endsAt, ...one.assignedMemberIds]),
    ...sources.findings.flatMap((one) => [
      one.authorId,
      one.createdAt,
      ...one.noteIds,
      ...one.mergedNoteIds,
      ...one.conflicts.map((lost) => lost.memberId),
    ]),
  ];
  return [...new Set(values)];
}
