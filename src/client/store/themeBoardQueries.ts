import { byPosition } from '../../domain/findings/position';
import type { Finding, FindingLane } from '../../domain/records/finding';
import type { Note } from '../../domain/records/note';
import type { Session } from '../../domain/records/session';
import type { TriangulateDb } from './db';

/** What one theme's findings board shows, read in one go. */
export type ThemeBoard = {
  /** The theme's live findings, lane by lane, in order. */
  lanes: Record<FindingLane, Finding[]>;
  /** Merged findings (tombstones) named by the theme's findings: what "Unmerge" offers back. */
  mergedFrom: ReadonlyMap<string, Finding>;
  /** Live notes tagged with the theme and in no live finding of it, newest first. */
  unassignedNotes: Note[];
  /** Live notes tagged with no theme at all and evidencing no finding yet, newest first. */
  notesWithoutTheme: Note[];
  /** Every live note of the engagement, by id: what findings cite and counts read. */
  notes: ReadonlyMap<string, Note>;
  /** Every session, by id (a note counts whatever its session's state). */
  sessions: ReadonlyMap<string, Session>;
};

const newestFirst = (a: Note, b: Note) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : 1);

/** The engagement's findings, every one (tombstones name what "Unmerge" offers back). */
export function readBoardFindings(db: TriangulateDb, engagementId: string): Promise<Finding[]> {
  return db.finding.where('engagementId').equals(engagementId).toArray();
}

/** The engagement's notes and sessions: what findings cite and how they are counted. */
export type BoardEvidence = { notes: Note[]; sessions: Session[] };

/**
 * Read apart from the findings, so that a move (a finding written) does not read and parse
 * the engagement's thousands of notes again: the board's live queries watch each alone.
 */
export async function readBoardEvidence(db: TriangulateDb, engagementId: string): Promise<BoardEvidence> {
  const [notes, sessions] = await Promise.all([
    db.note.where('engagementId').equals(engagementId).toArray(),
    db.session.where('engagementId').equals(engagementId).toArray(),
  ]);
  return { notes, sessions };
}

export async function getThemeBoard(db: TriangulateDb, engagementId: string, themeId: string): Promise<ThemeBoard> {
  const [allFindings, evidence] = await Promise.all([
    readBoardFindings(db, engagementId),
    readBoardEvidence(db, engagementId),
  ]);
  return themeBoardFrom(themeId, allFindings, evidence);
}

/** One theme's board from the engagement's records. */
export function themeBoardFrom(
  themeId: string,
  allFindings: readonly Finding[],
  { notes: allNotes, sessions }: BoardEvidence,
): ThemeBoard {
  const liveFindings = allFindings.filter((finding) => !finding.deleted);
  const ofTheme = liveFindings.filter((finding) => finding.themeId === themeId).sort(byPosition);
  const inThemeFinding = new Set(ofTheme.flatMap((finding) => finding.noteIds));
  const inAnyFinding = new Set(liveFindings.flatMap((finding) => finding.noteIds));
  const notes = allNotes.filter((note) => !note.deleted);
  const byId = new Map(allFindings.map((finding) => [finding.id, finding]));
  const named = new Set(ofTheme.flatMap((finding) => finding.mergedFromIds));
  return {
    lanes: {
      strength: ofTheme.filter((finding) => finding.lane === 'strength'),
      'area for consideration': ofTheme.filter((finding) => finding.lane === 'area for consideration'),
    },
    mergedFrom: new Map([...named].flatMap((id) => (byId.has(id) ? [[id, byId.get(id) as Finding] as const] : []))),
    unassignedNotes: notes
      .filter((note) => note.themeIds.includes(themeId) && !inThemeFinding.has(note.id))
      .sort(newestFirst),
    notesWithoutTheme: notes
      .filter((note) => note.themeIds.length === 0 && !inAnyFinding.has(note.id))
      .sort(newestFirst),
    notes: new Map(notes.map((note) => [note.id, note])),
    sessions: new Map(sessions.map((session) => [session.id, session])),
  };
}
