import type { Finding } from '../../domain/records/finding';
import type { TriangulateDb } from './db';
import { getSearchVocabulary, type SearchVocabulary } from './searchSource';
import { sharedLiveRead, type SharedLiveRead } from './sharedLiveRead';
import { readBoardEvidence, readBoardFindings, type BoardEvidence } from './themeBoardQueries';

/*
 * The findings board's reads, shared: the Evening screen starts them before its "Findings
 * board" tap (warmThemeBoard), and the board takes them over already answered, so the tap
 * waits for no read of thousands of notes.
 */

export const boardVocabularyRead = (db: TriangulateDb, engagementId: string): SharedLiveRead<SearchVocabulary> =>
  sharedLiveRead(db, `board vocabulary ${engagementId}`, () => getSearchVocabulary(db, engagementId));

export const boardFindingsRead = (db: TriangulateDb, engagementId: string): SharedLiveRead<Finding[]> =>
  sharedLiveRead(db, `board findings ${engagementId}`, () => readBoardFindings(db, engagementId));

export const boardEvidenceRead = (
  db: TriangulateDb,
  engagementId: string,
  themeId: string,
): SharedLiveRead<BoardEvidence> =>
  sharedLiveRead(db, `board evidence ${engagementId} ${themeId}`, () => readBoardEvidence(db, engagementId, themeId));

/** The theme the board shows when none is chosen: the first live one. */
export const boardThemeWhenNoneChosen = (vocabulary: SearchVocabulary): string | undefined => vocabulary.themes[0]?.id;

/**
 * Keeps live, until the returned stop, what the board opened with no theme chosen shows:
 * the vocabulary, the findings and the first theme's notes (following the first theme if
 * the themes change).
 */
export function warmThemeBoard(db: TriangulateDb, engagementId: string): () => void {
  const vocabulary = boardVocabularyRead(db, engagementId);
  const stopFindings = boardFindingsRead(db, engagementId).subscribe(() => undefined);
  let firstTheme: string | undefined;
  let stopEvidence = () => {};
  const stopVocabulary = vocabulary.subscribe(() => {
    const latest = vocabulary.latest();
    const themeId = latest && 'value' in latest ? boardThemeWhenNoneChosen(latest.value) : undefined;
    if (themeId === firstTheme) return;
    stopEvidence();
    firstTheme = themeId;
    stopEvidence = themeId ? boardEvidenceRead(db, engagementId, themeId).subscribe(() => undefined) : () => {};
  });
  return () => {
    stopVocabulary();
    stopFindings();
    stopEvidence();
  };
}
