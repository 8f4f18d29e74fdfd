import { describe, expect, it } from 'vitest';
import { byId, testNote, testScopeQuestion, testSession, testTheme } from '../../support/testEvidence';
import type { Note } from '../../../src/domain/records/note';
import { stakeholderGroups } from '../../../src/domain/records/session';
import {
  coverage,
  coverageLevel,
  type CoverageCellCount,
  type CoverageLevel,
} from '../../../src/domain/findings/coverage';

const sessions = byId([
  testSession('s1', ['councillors']),
  testSession('s2', ['councillors', 'carers']),
  testSession('s3', ['other']),
  testSession('s4', []),
]);
const themes = [testTheme('t2', 1), testTheme('t1', 0), testTheme('gone', 2, true)];
const scopeQuestions = [testScopeQuestion('q1', 0)];

const grid = (notes: Note[]) => coverage({ notes, sessions, themes, scopeQuestions });

function countIn(
  cells: CoverageCellCount[],
  subject: { themeId?: string; scopeQuestionId?: string },
  axis: Pick<CoverageCellCount, 'stakeholderGroup'> | Pick<CoverageCellCount, 'evidenceType'>,
): number | undefined {
  const found = cells.filter(
    (cell) =>
      cell.themeId === (subject.themeId ?? null) &&
      cell.scopeQuestionId === (subject.scopeQuestionId ?? null) &&
      cell.stakeholderGroup === ('stakeholderGroup' in axis ? axis.stakeholderGroup : null) &&
      cell.evidenceType === ('evidenceType' in axis ? axis.evidenceType : null),
  );
  expect(found).toHaveLength(1);
  return found[0]?.notes;
}

describe('coverageLevel', () => {
  it.each<[number, CoverageLevel]>([
    [0, 'gap'],
    [1, 'thin'],
    [2, 'thin'],
    [3, 'covered'],
    [40, 'covered'],
  ])('%i notes: %s', (notes, level) => {
    expect(coverageLevel(notes)).toBe(level);
  });
});

describe('coverage', () => {
  it('has every cell, zeros included: live themes in order, then scope questions; groups then types', () => {
    const cells = grid([]);
    expect(cells).toHaveLength(3 * (9 + 3));
    expect(cells.every((cell) => cell.notes === 0 && cell.level === 'gap')).toBe(true);
    expect(cells.slice(0, 12).map((cell) => [cell.themeId, cell.stakeholderGroup ?? cell.evidenceType])).toEqual([
      ...stakeholderGroups.map((group) => ['t1', group]),
      ['t1', 'read'],
      ['t1', 'heard'],
      ['t1', 'seen'],
    ]);
    expect(cells.slice(12, 24).every((cell) => cell.themeId === 't2')).toBe(true);
    expect(cells.slice(24).every((cell) => cell.scopeQuestionId === 'q1' && cell.themeId === null)).toBe(true);
    for (const cell of cells) {
      expect((cell.themeId === null) !== (cell.scopeQuestionId === null)).toBe(true);
      expect((cell.stakeholderGroup === null) !== (cell.evidenceType === null)).toBe(true);
    }
  });

  it('counts heard and seen notes by their session’s groups, and every note by its type', () => {
    const notes = [
      testNote('heard', 's1', { themeIds: ['t1'] }),
      testNote('seen', 's2', { themeIds: ['t1', 't2'] }),
      testNote('heard', 's3', { themeIds: ['t1'] }),
      testNote('heard', 's4', { themeIds: ['t1'] }), // a session with no group adds none
      testNote('read', 's1', { themeIds: ['t1'] }), // a document is not a group of people
      testNote('heard', 'unknown', { themeIds: ['t1'] }),
    ];
    const cells = grid(notes);
    const t1 = { themeId: 't1' };
    expect(countIn(cells, t1, { stakeholderGroup: 'councillors' })).toBe(2);
    expect(countIn(cells, t1, { stakeholderGroup: 'carers' })).toBe(1);
    expect(countIn(cells, t1, { stakeholderGroup: 'other' })).toBe(1);
    expect(countIn(cells, t1, { stakeholderGroup: 'managers' })).toBe(0);
    expect(countIn(cells, t1, { evidenceType: 'heard' })).toBe(4);
    expect(countIn(cells, t1, { evidenceType: 'seen' })).toBe(1);
    expect(countIn(cells, t1, { evidenceType: 'read' })).toBe(1);
    expect(countIn(cells, { themeId: 't2' }, { stakeholderGroup: 'carers' })).toBe(1);
    expect(countIn(cells, { themeId: 't2' }, { evidenceType: 'heard' })).toBe(0);
  });

  it('counts by scope question the same way', () => {
    const notes = [
      testNote('heard', 's1', { scopeQuestionIds: ['q1'] }),
      testNote('heard', 's1', { scopeQuestionIds: ['q1', 'q1'] }),
      testNote('read', 's2', { scopeQuestionIds: ['q1'] }),
    ];
    const cells = grid(notes);
    expect(countIn(cells, { scopeQuestionId: 'q1' }, { stakeholderGroup: 'councillors' })).toBe(2);
    expect(countIn(cells, { scopeQuestionId: 'q1' }, { evidenceType: 'heard' })).toBe(2);
    expect(countIn(cells, { scopeQuestionId: 'q1' }, { evidenceType: 'read' })).toBe(1);
  });

  it('leaves out deleted notes and the tags of deleted or unknown themes', () => {
    const notes = [
      testNote('heard', 's1', { themeIds: ['t1'], deleted: true }),
      testNote('heard', 's1', { themeIds: ['gone', 'never'] }),
    ];
    const cells = grid(notes);
    expect(cells.every((cell) => cell.notes === 0)).toBe(true);
    expect(cells.some((cell) => cell.themeId === 'gone')).toBe(false);
  });

  it.each<[number, CoverageLevel]>([
    [0, 'gap'],
    [1, 'thin'],
    [2, 'thin'],
    [3, 'covered'],
  ])('%i heard notes from councillors make the cell %s', (count, level) => {
    const notes = Array.from({ length: count }, () => testNote('heard', 's1', { themeIds: ['t1'] }));
    const cell = grid(notes).find(
      (candidate) => candidate.themeId === 't1' && candidate.stakeholderGroup === 'councillors',
    );
    expect(cell).toMatchObject({ notes: count, level });
  });
});
