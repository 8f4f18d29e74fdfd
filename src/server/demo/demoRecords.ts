import { randomUUID } from 'node:crypto';
import type { MemberRole, TeamPosition } from '../../domain/records/member';
import type { SessionKind, StakeholderGroup } from '../../domain/records/session';
import { themeTemplates } from '../../domain/templates/themeTemplates';
import type { NewRecord } from '../records/putNewRecord';
import { londonDate, londonInstant } from './londonTime';

/** A record's own fields; the seed adds id, engagementId, rev, updatedAt and deleted. */
export type DemoRecord = NewRecord;
export type DemoMember = { id: string; displayName: string; role: MemberRole; position: TeamPosition };

export type DemoEngagement = {
  engagementId: string;
  council: string;
  title: string;
  /** The manager first, then the peers: the order join links are printed in. */
  members: DemoMember[];
  records: DemoRecord[];
};

/** Fictional council and people, so nothing in the demo is about anyone real. */
const council = 'Borsetshire County Council';
const title = 'Adult social care peer challenge (demo)';
const themes = themeTemplates['adult-social-care'].themes;
const scopeQuestions = [
  'Do our assessment and commissioning arrangements offer real alternatives to residential and nursing care?',
  'How well do we work with NHS partners to help people home from hospital quickly and safely?',
];
const people: Omit<DemoMember, 'id'>[] = [
  { displayName: 'Helen Ashworth', role: 'manager', position: 'challenge manager' },
  { displayName: 'David Okafor', role: 'peer', position: 'lead peer' },
  { displayName: 'Sian Morgan', role: 'peer', position: 'officer peer' },
];
type Slot = {
  day: number;
  from: [number, number];
  to: [number, number];
  title: string;
  kind: SessionKind;
  groups: StakeholderGroup[];
  location: string;
};
const timetable: Slot[] = [
  {
    day: 0,
    from: [9, 0],
    to: [10, 30],
    title: 'Reading the self-assessment and performance data',
    kind: 'document reading',
    groups: [],
    location: 'Team base, County Hall, Borchester',
  },
  {
    day: 0,
    from: [11, 0],
    to: [12, 0],
    title: 'Interview: Director of Adult Social Services',
    kind: 'interview',
    groups: ['senior officers'],
    location: 'Room 2.14, County Hall',
  },
  {
    day: 0,
    from: [14, 0],
    to: [15, 30],
    title: 'Focus group: front-line social workers and occupational therapists',
    kind: 'focus group',
    groups: ['front-line staff'],
    location: 'Council Chamber annexe',
  },
  {
    day: 1,
    from: [9, 30],
    to: [11, 0],
    title: 'Visit: Felpersham Road reablement service',
    kind: 'visit or observation',
    groups: ['front-line staff', 'people who use services'],
    location: 'Felpersham Road, Borchester',
  },
  {
    day: 1,
    from: [13, 30],
    to: [15, 0],
    title: 'Focus group: carers and voluntary sector partners',
    kind: 'focus group',
    groups: ['carers', 'voluntary sector partners'],
    location: 'Borchester Carers Centre',
  },
];

/** The demo engagement: on site from today for four days, a timetable across today and tomorrow. */
export function demoEngagement(now: Date): DemoEngagement {
  const engagementId = randomUUID();
  const members = people.map((person) => ({ ...person, id: randomUUID() }));
  const records: DemoRecord[] = [
    {
      recordType: 'engagement',
      id: engagementId,
      fields: { council, title, onSiteFrom: londonDate(now), onSiteTo: londonDate(now, 3) },
    },
    ...themes.map((name, position) => ({ recordType: 'theme' as const, id: randomUUID(), fields: { name, position } })),
    ...scopeQuestions.map((text, position) => ({
      recordType: 'scopeQuestion' as const,
      id: randomUUID(),
      fields: { text, position },
    })),
    ...members.map(({ id, displayName, role, position }) => ({
      recordType: 'member' as const,
      id,
      fields: { displayName, role, position },
    })),
    ...timetable.map((slot) => {
      const date = londonDate(now, slot.day);
      return {
        recordType: 'session' as const,
        id: randomUUID(),
        fields: {
          title: slot.title,
          kind: slot.kind,
          stakeholderGroups: slot.groups,
          otherStakeholderGroup: '',
          startsAt: londonInstant(date, ...slot.from),
          endsAt: londonInstant(date, ...slot.to),
          location: slot.location,
        },
      };
    }),
  ];
  return { engagementId, council, title, members, records };
}
