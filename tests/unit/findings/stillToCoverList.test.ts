import { describe, expect, it } from 'vitest';
import { testStillToCover } from '../../support/testEvidence';
import { coverageLevel, type CoverageCellCount } from '../../../src/domain/findings/coverage';
import {
  openLinesForToday,
  stillToCoverList,
  type StillToCoverLine,
} from '../../../src/domain/findings/stillToCoverList';

const cell = (themeId: string, evidenceType: 'read' | 'heard' | 'seen', notes: number): CoverageCellCount => ({
  themeId,
  scopeQuestionId: null,
  stakeholderGroup: null,
  evidenceType,
  notes,
  level: coverageLevel(notes),
});
const cells = [cell('t1', 'read', 0), cell('t1', 'heard', 5), cell('t1', 'seen', 2), cell('t2', 'read', 1)];
const aboutCell = ({ themeId, evidenceType }: CoverageCellCount) => ({
  themeId,
  scopeQuestionId: null,
  stakeholderGroup: null,
  evidenceType,
});

/** Each line as "text:<id>", "cell:<id>" (placed) or "gap:<theme>/<type>" (not placed yet). */
const summary = (lines: StillToCoverLine[]) =>
  lines.map((line) =>
    line.kind === 'text'
      ? `text:${line.record.id}`
      : line.record
        ? `cell:${line.record.id}`
        : `${line.cell.level}:${line.cell.themeId ?? ''}/${line.cell.evidenceType ?? ''}`,
  );

describe('stillToCoverList', () => {
  it('without the manager’s lines, lists every gap and thin cell in coverage order', () => {
    expect(summary(stillToCoverList({ cells, records: [] }))).toEqual(['gap:t1/read', 'thin:t1/seen', 'thin:t2/read']);
  });

  it('puts the manager’s lines first, by position then id, then the cells not placed', () => {
    const records = [
      testStillToCover('b', 2, null, { text: 'Ask the carers’ forum' }),
      testStillToCover('a', 2, aboutCell(cells[3] as CoverageCellCount)),
      testStillToCover('c', 0.5, aboutCell(cells[2] as CoverageCellCount)),
    ];
    const lines = stillToCoverList({ cells, records });
    expect(summary(lines)).toEqual(['cell:c', 'cell:a', 'text:b', 'gap:t1/read']);
    expect(lines[0]).toMatchObject({ kind: 'cell', cell: { notes: 2, level: 'thin' } });
  });

  it('keeps a placed cell once covered, and a ticked line, so the manager sees them change', () => {
    const records = [
      testStillToCover('a', 0, aboutCell(cells[1] as CoverageCellCount)),
      testStillToCover('b', 1, aboutCell(cells[0] as CoverageCellCount), { done: true }),
    ];
    const lines = stillToCoverList({ cells, records });
    expect(summary(lines)).toEqual(['cell:a', 'cell:b', 'thin:t1/seen', 'thin:t2/read']);
    expect(lines[0]).toMatchObject({ cell: { level: 'covered' } });
  });

  it('leaves out deleted lines and lines about a theme that is gone', () => {
    const records = [
      testStillToCover('a', 0, null, { deleted: true }),
      testStillToCover('b', 1, aboutCell(cell('gone', 'read', 0))),
      testStillToCover('c', 2, aboutCell(cells[0] as CoverageCellCount), { deleted: true }),
    ];
    expect(summary(stillToCoverList({ cells, records }))).toEqual(['gap:t1/read', 'thin:t1/seen', 'thin:t2/read']);
  });
});

describe('openLinesForToday', () => {
  it('keeps the lines not done, in the manager’s order, and leaves out those about a removed theme', () => {
    const records = [
      testStillToCover('c', 3, null, { text: 'Read the budget' }),
      testStillToCover('a', 1, aboutCell(cells[0] as CoverageCellCount)),
      testStillToCover('b', 2, null, { text: 'Done already', done: true }),
      testStillToCover('d', 0, aboutCell(cells[3] as CoverageCellCount)),
      testStillToCover('e', 0, null, { text: 'Removed', deleted: true }),
    ];
    expect(openLinesForToday(records, new Set(['t1'])).map((record) => record.id)).toEqual(['a', 'c']);
  });
});
