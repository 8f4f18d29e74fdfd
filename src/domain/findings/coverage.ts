import { evidenceTypes, type EvidenceType, type Note } from '../records/note';
import type { ScopeQuestion } from '../records/scopeQuestion';
import { stakeholderGroups, type Session, type StakeholderGroup } from '../records/session';
import type { Theme } from '../records/theme';
import { stakeholderGroupsOf } from './noteGroups';

export const coverageLevels = ['gap', 'thin', 'covered'] as const;
export type CoverageLevel = (typeof coverageLevels)[number];

/**
 * One cell of the coverage grid: a theme or a scope question (exactly one is set) against
 * a stakeholder group or an evidence type (exactly one is set), with its live notes.
 */
export type CoverageCellCount = {
  themeId: string | null;
  scopeQuestionId: string | null;
  stakeholderGroup: StakeholderGroup | null;
  evidenceType: EvidenceType | null;
  notes: number;
  level: CoverageLevel;
};

/** Up to this many notes a cell is thin; none is a gap; more is covered. */
export const thinUpTo = 2;

export function coverageLevel(notes: number): CoverageLevel {
  if (notes === 0) return 'gap';
  return notes <= thinUpTo ? 'thin' : 'covered';
}

type Tally = { groups: Map<StakeholderGroup, number>; types: Map<EvidenceType, number> };

const byPosition = <T extends { id: string; position: number }>(a: T, b: T) =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function liveInOrder<T extends { id: string; position: number; deleted: boolean }>(records: readonly T[]): T[] {
  return records.filter((record) => !record.deleted).sort(byPosition);
}

function count<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function cellsOf(subject: Pick<CoverageCellCount, 'themeId' | 'scopeQuestionId'>, tally: Tally): CoverageCellCount[] {
  const cell = (stakeholderGroup: StakeholderGroup | null, evidenceType: EvidenceType | null, notes: number) => ({
    ...subject,
    stakeholderGroup,
    evidenceType,
    notes,
    level: coverageLevel(notes),
  });
  return [
    ...stakeholderGroups.map((group) => cell(group, null, tally.groups.get(group) ?? 0)),
    ...evidenceTypes.map((type) => cell(null, type, tally.types.get(type) ?? 0)),
  ];
}

/**
 * Where the evidence is, and where it is thin: live notes counted for every live theme and
 * scope question against each stakeholder group (heard and seen notes, by their session's
 * groups) and each evidence type. Every combination is a cell, zeros included: themes in
 * their order, then scope questions; within each, the nine groups then read, heard, seen.
 */
export function coverage(input: {
  notes: readonly Note[];
  sessions: ReadonlyMap<string, Session>;
  themes: readonly Theme[];
  scopeQuestions: readonly ScopeQuestion[];
}): CoverageCellCount[] {
  const themes = liveInOrder(input.themes);
  const questions = liveInOrder(input.scopeQuestions);
  const newTally = (): Tally => ({ groups: new Map(), types: new Map() });
  const byTheme = new Map(themes.map((theme) => [theme.id, newTally()]));
  const byQuestion = new Map(questions.map((question) => [question.id, newTally()]));
  for (const note of input.notes) {
    if (note.deleted) continue;
    const groups = stakeholderGroupsOf(note, input.sessions);
    const tallies = [
      ...[...new Set(note.themeIds)].map((id) => byTheme.get(id)),
      ...[...new Set(note.scopeQuestionIds)].map((id) => byQuestion.get(id)),
    ];
    for (const tally of tallies) {
      if (!tally) continue; // a theme or question deleted since the note was tagged
      count(tally.types, note.evidenceType);
      for (const group of groups) count(tally.groups, group);
    }
  }
  return [
    ...themes.flatMap((theme) =>
      cellsOf({ themeId: theme.id, scopeQuestionId: null }, byTheme.get(theme.id) ?? newTally()),
    ),
    ...questions.flatMap((question) =>
      cellsOf({ themeId: null, scopeQuestionId: question.id }, byQuestion.get(question.id) ?? newTally()),
    ),
  ];
}
