import { coverage, type CoverageCellCount } from '../../domain/findings/coverage';
import { openLinesForToday, stillToCoverList, type StillToCoverLine } from '../../domain/findings/stillToCoverList';
import type { ScopeQuestion } from '../../domain/records/scopeQuestion';
import type { StillToCover } from '../../domain/records/stillToCover';
import type { Theme } from '../../domain/records/theme';
import type { TriangulateDb } from './db';
import { listScopeQuestions } from './scopeQuestionRepository';
import { listStillToCover } from './stillToCoverRepository';
import { listThemes } from './themeRepository';

/** What the Coverage screen and Today's "still to cover" show, read in one go. */
export type CoverageView = {
  themes: Theme[];
  scopeQuestions: ScopeQuestion[];
  cells: CoverageCellCount[];
  lines: StillToCoverLine[];
};

/** Coverage over the device's live notes and sessions, and the "still to cover" list over it. */
export async function getCoverageView(db: TriangulateDb, engagementId: string): Promise<CoverageView> {
  const [notes, sessions, themes, scopeQuestions, records] = await Promise.all([
    db.note.where('engagementId').equals(engagementId).toArray(),
    db.session.where('engagementId').equals(engagementId).toArray(),
    listThemes(db, engagementId),
    listScopeQuestions(db, engagementId),
    listStillToCover(db, engagementId),
  ]);
  const cells = coverage({
    notes,
    sessions: new Map(sessions.map((session) => [session.id, session])),
    themes,
    scopeQuestions,
  });
  return { themes, scopeQuestions, cells, lines: stillToCoverList({ cells, records }) };
}

export type TodayStillToCoverView = { themes: Theme[]; scopeQuestions: ScopeQuestion[]; open: StillToCover[] };

/** Today's "still to cover": the open lines and the names they need, reading no notes. */
export async function getTodayStillToCover(db: TriangulateDb, engagementId: string): Promise<TodayStillToCoverView> {
  const [themes, scopeQuestions, records] = await Promise.all([
    listThemes(db, engagementId),
    listScopeQuestions(db, engagementId),
    listStillToCover(db, engagementId),
  ]);
  const live = new Set([...themes, ...scopeQuestions].map((subject) => subject.id));
  return { themes, scopeQuestions, open: openLinesForToday(records, live) };
}
