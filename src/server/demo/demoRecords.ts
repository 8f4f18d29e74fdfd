import { randomUUID } from 'node:crypto';
import type { MemberRole, TeamPosition } from '../../domain/records/member';
import { themeTemplates } from '../../domain/templates/themeTemplates';
import type { NewRecord } from '../records/putNewRecord';
import { demoEveningRecords } from './demoEvening';
import { demoAuthors, demoQuestions, demoThemeKeys, type DemoAuthor, type DemoQuestion } from './demoKeys';
import { londonDate } from './londonTime';

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
const scopeQuestions: Record<DemoQuestion, string> = {
  1: 'Do our assessment and commissioning arrangements offer real alternatives to residential and nursing care?',
  2: 'How well do we work with NHS partners to help people home from hospital quickly and safely?',
};
const people: Record<DemoAuthor, Omit<DemoMember, 'id'>> = {
  manager: { displayName: 'Helen Ashworth', role: 'manager', position: 'challenge manager' },
  'lead peer': { displayName: 'David Okafor', role: 'peer', position: 'lead peer' },
  'officer peer': { displayName: 'Sian Morgan', role: 'peer', position: 'officer peer' },
};

/** A fresh UUID for each key. */
function idsFor<K extends string | number>(keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, randomUUID()])) as Record<K, string>;
}

/**
 * The demo engagement: on site from two days ago for four days. The first two days'
 * notes and that evening's proposed findings are there already; today and tomorrow are not.
 */
export function demoEngagement(now: Date, options = { evening: true }): DemoEngagement {
  const engagementId = randomUUID();
  const ids = { themes: idsFor(demoThemeKeys), questions: idsFor(demoQuestions), members: idsFor(demoAuthors) };
  const members = demoAuthors.map((key) => ({ id: ids.members[key], ...people[key] }));
  const records: DemoRecord[] = [
    {
      recordType: 'engagement',
      id: engagementId,
      fields: { council, title, onSiteFrom: londonDate(now, -2), onSiteTo: londonDate(now, 1) },
    },
    // The template's themes in its order; a key without a name fails the record's parse.
    ...demoThemeKeys.map((key, position) => ({
      recordType: 'theme' as const,
      id: ids.themes[key],
      fields: { name: themes[position], position },
    })),
    ...demoQuestions.map((number, position) => ({
      recordType: 'scopeQuestion' as const,
      id: ids.questions[number],
      fields: { text: scopeQuestions[number], position },
    })),
    ...members.map(({ id, displayName, role, position }) => ({
      recordType: 'member' as const,
      id,
      fields: { displayName, role, position },
    })),
    ...demoEveningRecords(now, ids, options),
  ];
  return { engagementId, council, title, members, records };
}
