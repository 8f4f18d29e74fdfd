import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/domain/findings/coverage';
import { triangulate } from '../../src/domain/findings/triangulation';
import { findingSchema } from '../../src/domain/records/finding';
import { memberSchema } from '../../src/domain/records/member';
import { noteSchema, type Note } from '../../src/domain/records/note';
import { recommendationSchema } from '../../src/domain/records/recommendation';
import { scopeQuestionSchema } from '../../src/domain/records/scopeQuestion';
import { sessionSchema, stakeholderGroups, type Session } from '../../src/domain/records/session';
import { stillToCoverSchema } from '../../src/domain/records/stillToCover';
import { themeSchema } from '../../src/domain/records/theme';
import type { RecordType } from '../../src/domain/records/recordTypes';
import { demoEngagement } from '../../src/server/demo/demoRecords';
import { prepareNewRecords } from '../../src/server/records/putNewRecords';

// A Monday in winter: the first two days on site are the Saturday and Sunday before it,
// which does not matter to the demo, and GMT keeps the clock arithmetic plain.
const now = new Date('2026-12-07T10:00:00Z');
const demo = demoEngagement(now);
const prepared = prepareNewRecords(demo.engagementId, demo.records, now.toISOString());
const all = <T>(type: RecordType, schema: { parse(value: unknown): T }): T[] =>
  prepared.filter((entry) => entry.recordType === type).map((entry) => schema.parse(entry.record));

const notes = all('note', noteSchema);
const sessions = new Map(all('session', sessionSchema).map((session) => [session.id, session]));
const themes = all('theme', themeSchema);
const scopeQuestions = all('scopeQuestion', scopeQuestionSchema);
const findings = all('finding', findingSchema);
const recommendations = all('recommendation', recommendationSchema);
const stillToCover = all('stillToCover', stillToCoverSchema);
const members = all('member', memberSchema);
const notesById = new Map(notes.map((note) => [note.id, note]));

const sessionOf = (note: Note): Session => {
  const session = sessions.get(note.sessionId);
  if (!session) throw new Error(`note ${note.id} has no session`);
  return session;
};
const distinct = <T>(values: readonly T[]) => new Set(values).size;

const evidence = { notes: notesById, sessions };

describe('the demo evening', () => {
  it('holds three peers’ notes, at least 150, over at least 12 sessions of every kind and group', () => {
    expect(notes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(notes.map((note) => note.authorId))).toEqual(new Set(members.map((member) => member.id)));
    const withNotes = [...new Set(notes.map((note) => note.sessionId))].map((id) => sessions.get(id));
    expect(withNotes.length).toBeGreaterThanOrEqual(12);
    const kinds = new Set(withNotes.map((session) => session?.kind));
    expect(kinds).toEqual(new Set(['interview', 'focus group', 'visit or observation', 'document reading']));
    expect(new Set(withNotes.flatMap((session) => session?.stakeholderGroups ?? []))).toEqual(
      new Set(stakeholderGroups),
    );
    // Each note sits inside its session's time.
    for (const note of notes) {
      const session = sessionOf(note);
      expect(note.createdAt >= session.startsAt && note.createdAt <= session.endsAt).toBe(true);
    }
  });

  it('tags notes with every theme and both scope questions, with a mix of evidence and stances', () => {
    expect(new Set(notes.flatMap((note) => note.themeIds))).toEqual(new Set(themes.map((theme) => theme.id)));
    expect(distinct(notes.flatMap((note) => note.scopeQuestionIds))).toBe(2);
    const share = (test: (note: Note) => boolean) => notes.filter(test).length / notes.length;
    for (const type of ['read', 'heard', 'seen'] as const)
      expect(share((note) => note.evidenceType === type)).toBeGreaterThan(0.08);
    for (const stance of ['strength', 'area for consideration', 'neutral'] as const)
      expect(share((note) => note.stance === stance)).toBeGreaterThan(0.1);
    expect(notes.filter((note) => note.isQuote).length).toBeGreaterThanOrEqual(5);
    expect(notes.filter((note) => note.evidenceType === 'read').every((note) => note.documentReference !== '')).toBe(
      true,
    );
  });

  it('leaves at least one theme and stakeholder group with no notes: a gap to see', () => {
    const cells = coverage({ notes, sessions, themes, scopeQuestions });
    const themeByGroup = cells.filter((cell) => cell.themeId !== null && cell.stakeholderGroup !== null);
    expect(themeByGroup).toHaveLength(themes.length * stakeholderGroups.length);
    // The coverage screen shows all three levels.
    for (const level of ['gap', 'thin', 'covered'] as const)
      expect(themeByGroup.filter((cell) => cell.level === level).length, level).toBeGreaterThan(0);
    // The "still to cover" lines about a cell name a gap or a thin one.
    for (const line of stillToCover) {
      if (!line.cell) continue;
      const { themeId, stakeholderGroup } = line.cell;
      const cell = themeByGroup.find(
        (entry) => entry.themeId === themeId && entry.stakeholderGroup === stakeholderGroup,
      );
      expect(cell?.level, line.text).toMatch(/^(gap|thin)$/);
    }
  });

  it('has 6–10 proposed findings across themes, each citing notes, with every label and a mixed one', () => {
    expect(findings.length).toBeGreaterThanOrEqual(6);
    expect(findings.length).toBeLessThanOrEqual(10);
    expect(distinct(findings.map((finding) => finding.themeId))).toBeGreaterThanOrEqual(4);
    expect(findings.every((finding) => finding.status === 'proposed')).toBe(true);
    for (const finding of findings) expect(finding.noteIds.every((id) => notesById.has(id))).toBe(true);
    for (const finding of findings) expect(finding.noteIds.length).toBeGreaterThanOrEqual(3);
    const triangulations = findings.map((finding) => triangulate(finding, evidence));
    const labels = triangulations.map((entry) => entry.label);
    expect(labels.filter((label) => label === 'triangulated').length).toBeGreaterThanOrEqual(2);
    expect(labels.filter((label) => label === 'corroborated').length).toBeGreaterThanOrEqual(2);
    expect(labels.filter((label) => label === 'single source')).toHaveLength(1);
    expect(labels).not.toContain('no evidence');
    const mixed = findings.filter((_, index) => triangulations[index]?.mixedEvidence);
    expect(mixed.map((finding) => finding.lane)).toEqual(['strength']);
  });

  it('has 3–4 recommendations resting on the findings and 2–3 lines still to cover', () => {
    expect(recommendations.length).toBeGreaterThanOrEqual(3);
    expect(recommendations.length).toBeLessThanOrEqual(4);
    const findingIds = new Set(findings.map((finding) => finding.id));
    for (const recommendation of recommendations) {
      expect(recommendation.findingIds.length).toBeGreaterThan(0);
      expect(recommendation.findingIds.every((id) => findingIds.has(id))).toBe(true);
    }
    expect(stillToCover.length).toBeGreaterThanOrEqual(2);
    expect(stillToCover.length).toBeLessThanOrEqual(3);
  });

  it('names nobody in what peers wrote', () => {
    const nameParts = members.flatMap((member) => member.displayName.split(' '));
    const written = [
      ...notes.map((note) => note.text),
      ...findings.flatMap((finding) => [finding.headline, finding.explanation]),
      ...recommendations.map((recommendation) => recommendation.text),
      ...stillToCover.map((line) => line.text),
    ];
    for (const text of written) for (const part of nameParts) expect(text, text).not.toContain(part);
  });

  it('is left out on request, keeping the timetable', () => {
    const bare = demoEngagement(now, { evening: false }).records.map((record) => record.recordType);
    expect(bare.filter((type) => type === 'session')).toHaveLength(sessions.size);
    for (const type of ['note', 'finding', 'recommendation', 'stillToCover'] as const) expect(bare).not.toContain(type);
  });
});
