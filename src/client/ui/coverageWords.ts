import type { CoverageCellCount } from '../../domain/findings/coverage';
import type { StillToCoverLine } from '../../domain/findings/stillToCoverList';
import type { EvidenceType } from '../../domain/records/note';
import type { ScopeQuestion } from '../../domain/records/scopeQuestion';
import type { StakeholderGroup } from '../../domain/records/session';
import type { StillToCover } from '../../domain/records/stillToCover';

type Cell = Pick<CoverageCellCount, 'themeId' | 'scopeQuestionId' | 'stakeholderGroup' | 'evidenceType'>;

/** Theme names and scope question texts by id: what a cell is about, in words. */
export type CoverageNames = { themes: ReadonlyMap<string, string>; scopeQuestions: ReadonlyMap<string, string> };

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** A column heading: a stakeholder group, or an evidence type. */
export function columnWords(column: StakeholderGroup | EvidenceType): string {
  return capitalised(column);
}

/** A count with its level in words, not only colour: "0 — gap", "2 — thin", "5". */
export function countWords(cell: Pick<CoverageCellCount, 'notes' | 'level'>): string {
  return cell.level === 'covered' ? String(cell.notes) : `${cell.notes} — ${cell.level}`;
}

/** A scope question's short name where a whole question is too long to repeat. */
export function questionName(question: Pick<ScopeQuestion, 'text'>): string {
  return question.text.length > 80 ? `${question.text.slice(0, 79)}…` : question.text;
}

/** What a cell is about: "Leadership · carers" or "Scope question … · read". */
export function cellWords(cell: Cell, names: CoverageNames): string {
  const subject =
    cell.themeId !== null
      ? (names.themes.get(cell.themeId) ?? 'A removed theme')
      : (names.scopeQuestions.get(cell.scopeQuestionId ?? '') ?? 'A removed scope question');
  const column = cell.stakeholderGroup ?? cell.evidenceType ?? '';
  const how = cell.evidenceType ? `${column} evidence` : column;
  return `${subject} · ${how}`;
}

/** One line of the "still to cover" list in words, with its count, as the Coverage screen shows it. */
export function lineWords(line: StillToCoverLine, names: CoverageNames): string {
  if (line.kind === 'text') return line.record.text;
  const notes = line.cell.notes === 1 ? '1 note' : `${line.cell.notes} notes`;
  const about = `${cellWords(line.cell, names)} (${notes})`;
  return line.record?.text ? `${about}: ${line.record.text}` : about;
}

/** A "still to cover" record in words without its count, as Today shows it. */
export function recordWords(record: Pick<StillToCover, 'cell' | 'text'>, names: CoverageNames): string {
  if (record.cell === null) return record.text;
  const about = cellWords(record.cell, names);
  return record.text ? `${about}: ${record.text}` : about;
}
