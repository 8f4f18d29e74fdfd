import { randomUUID } from 'node:crypto';
import type { NewRecord } from '../records/putNewRecord';
import { demoFindings, demoRecommendations, demoStillToCover } from './demoFindings';
import type { DemoAuthor, DemoNote, DemoQuestion, DemoSessionKey, DemoThemeKey } from './demoKeys';
import { demoNotesDayOne } from './demoNotesDayOne';
import { demoNotesDayTwo } from './demoNotesDayTwo';
import { demoTimetable } from './demoSessions';
import { londonDate, londonInstant } from './londonTime';

/** The ids the rest of the demo gave to the things the evening's data names by key. */
export type DemoIds = {
  themes: Record<DemoThemeKey, string>;
  questions: Record<DemoQuestion, string>;
  members: Record<DemoAuthor, string>;
};

export const demoNotes: readonly DemoNote[] = [...demoNotesDayOne, ...demoNotesDayTwo];

function lookUp<T>(table: ReadonlyMap<string, T>, key: string, what: string): T {
  const found = table.get(key);
  // A typo in the demo data stops the first start loudly, never a board with a hole in it.
  if (found === undefined) throw new Error(`demo data names an unknown ${what}: ${key}`);
  return found;
}

/**
 * The timetable, and the evening's notes, findings, recommendations and "still to cover"
 * list, as records: keys become UUIDs, and notes get times spread through their session.
 * Without `evening`, the timetable alone (tests that simulate many worlds need no more).
 */
export function demoEveningRecords(now: Date, ids: DemoIds, options: { evening: boolean }): NewRecord[] {
  const sessions = demoTimetable.map((slot) => {
    const date = londonDate(now, slot.day);
    return {
      slot,
      id: randomUUID(),
      startsAt: londonInstant(date, ...slot.from),
      endsAt: londonInstant(date, ...slot.to),
    };
  });
  const sessionByKey = new Map(sessions.flatMap((session) => (session.slot.key ? [[session.slot.key, session]] : [])));
  const notesBySession = new Map<DemoSessionKey, DemoNote[]>();
  for (const note of demoNotes) notesBySession.set(note.at, [...(notesBySession.get(note.at) ?? []), note]);

  const noteIds = new Map<string, string>();
  const noteRecords: NewRecord[] = [];
  for (const [key, notes] of notesBySession) {
    const session = lookUp(sessionByKey, key, 'session');
    const start = Date.parse(session.startsAt);
    const step = (Date.parse(session.endsAt) - start) / (notes.length + 1);
    notes.forEach((note, index) => {
      const id = randomUUID();
      if (note.key) noteIds.set(note.key, id);
      noteRecords.push({
        recordType: 'note',
        id,
        fields: {
          sessionId: session.id,
          text: note.text,
          evidenceType: note.type,
          themeIds: note.themes.map((theme) => ids.themes[theme]),
          scopeQuestionIds: (note.questions ?? []).map((question) => ids.questions[question]),
          stance: note.stance,
          isQuote: note.quote ?? false,
          authorId: ids.members[note.by],
          createdAt: new Date(start + Math.round(step * (index + 1))).toISOString(),
          documentReference: note.doc ?? '',
        },
      });
    });
  }

  // Proposed at the merge on the evening of the second day.
  const eveningAt = Date.parse(londonInstant(londonDate(now, -1), 19, 0));
  const findingIds = new Map(demoFindings.map((finding) => [finding.key, randomUUID()]));
  const findingRecords: NewRecord[] = demoFindings.map((finding, index) => ({
    recordType: 'finding',
    id: lookUp(findingIds, finding.key, 'finding'),
    fields: {
      themeId: ids.themes[finding.theme],
      lane: finding.lane,
      headline: finding.headline,
      explanation: finding.explanation,
      status: 'proposed',
      position: demoFindings.slice(0, index).filter((other) => other.theme === finding.theme).length + 1,
      noteIds: finding.notes.map((key) => lookUp(noteIds, key, 'note')),
      mergedFromIds: [],
      mergedNoteIds: [],
      authorId: ids.members[finding.by],
      createdAt: new Date(eveningAt + index * 4 * 60_000).toISOString(),
    },
  }));
  const recommendationRecords: NewRecord[] = demoRecommendations.map((recommendation, index) => ({
    recordType: 'recommendation',
    id: randomUUID(),
    fields: {
      kind: recommendation.kind,
      text: recommendation.text,
      findingIds: recommendation.findings.map((key) => lookUp(findingIds, key, 'finding')),
      position: demoRecommendations.slice(0, index).filter((other) => other.kind === recommendation.kind).length + 1,
    },
  }));
  const stillToCoverRecords: NewRecord[] = demoStillToCover.map((line, position) => ({
    recordType: 'stillToCover',
    id: randomUUID(),
    fields: {
      cell:
        line.theme && line.group
          ? { themeId: ids.themes[line.theme], scopeQuestionId: null, stakeholderGroup: line.group, evidenceType: null }
          : null,
      text: line.text,
      position: position + 1,
      done: false,
    },
  }));

  const sessionRecords: NewRecord[] = sessions.map(({ slot, id, startsAt, endsAt }) => ({
    recordType: 'session',
    id,
    fields: {
      title: slot.title,
      kind: slot.kind,
      stakeholderGroups: slot.groups,
      otherStakeholderGroup: slot.otherGroup ?? '',
      startsAt,
      endsAt,
      location: slot.location,
      assignedMemberIds: slot.peers.map((peer) => ids.members[peer]),
    },
  }));
  if (!options.evening) return sessionRecords;
  return [...sessionRecords, ...noteRecords, ...findingRecords, ...recommendationRecords, ...stillToCoverRecords];
}
