import Dexie from 'dexie';
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
  /** Every live note the board shows or its findings cite, by id: what counts read. */
  notes: ReadonlyMap<string, Note>;
  /** Every session, by id (a note counts whatever its session's state). */
  sessions: ReadonlyMap<string, Session>;
};

// ISO times in one format order as plain strings (no locale collation: thousands of notes).
const newestFirst = (a: Note, b: Note) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? 1 : -1;

/** The engagement's findings, every one (tombstones name what "Unmerge" offers back). */
export function readBoardFindings(db: TriangulateDb, engagementId: string): Promise<Finding[]> {
  return db.finding.where('engagementId').equals(engagementId).toArray();
}

/** The notes and sessions one theme's board is drawn from. */
export type BoardEvidence = { notes: Note[]; sessions: Session[] };

/**
 * The theme's notes and the notes tagged with no theme, and the engagement's sessions: not
 * the engagement's thousands of notes, each of which a read would parse (parseOnRead.ts).
 * Read apart from the findings, so that a move (a finding written) does not read them again:
 * the board's live queries watch each alone. Notes the theme's findings cite from other
 * themes are read on their own (`citedElsewhere`, `readNotes`).
 */
export async function readBoardEvidence(
  db: TriangulateDb,
  engagementId: string,
  themeId: string,
): Promise<BoardEvidence> {
  const [themeNotes, noteIds, taggedIds, sessions] = await Promise.all([
    db.note.where('themeIds').equals(themeId).toArray(),
    db.note.where('engagementId').equals(engagementId).primaryKeys(),
    // Every note tagged with some theme, by key alone: nothing read or parsed.
    db.note.where('themeIds').between(Dexie.minKey, Dexie.maxKey).primaryKeys(),
    db.session.where('engagementId').equals(engagementId).toArray(),
  ]);
  const tagged = new Set(taggedIds);
  const withoutTheme = await readNotes(
    db,
    noteIds.filter((id) => !tagged.has(id)),
  );
  return { notes: [...themeNotes.filter((note) => note.engagementId === engagementId), ...withoutTheme], sessions };
}

/** Notes by id, those stored and readable. */
export async function readNotes(db: TriangulateDb, ids: readonly string[]): Promise<Note[]> {
  if (ids.length === 0) return [];
  return (await db.note.bulkGet([...ids])).filter((note): note is Note => note !== undefined);
}

/** The notes the theme's live findings cite that `held` lacks: tagged with other themes only. */
export function citedElsewhere(themeId: string, findings: readonly Finding[], held: ReadonlySet<string>): string[] {
  const missing = new Set<string>();
  for (const finding of findings) {
    if (finding.deleted || finding.themeId !== themeId) continue;
    for (const id of finding.noteIds) if (!held.has(id)) missing.add(id);
  }
  return [...missing].sort();
}

export async function getThemeBoard(db: TriangulateDb, engagementId: string, themeId: string): Promise<ThemeBoard> {
  const [allFindings, evidence] = await Promise.all([
    readBoardFindings(db, engagementId),
    readBoardEvidence(db, engagementId, themeId),
  ]);
  const held = new Set(evidence.notes.map((note) => note.id));
  const cited = await readNotes(db, citedElsewhere(themeId, allFindings, held));
  return themeBoardFrom(
    themeId,
    allFindings,
    boardNotesFrom(themeId, { ...evidence, notes: [...evidence.notes, ...cited] }),
  );
}

/** The board's notes sorted and indexed once per read of them: a move re-reads findings only. */
export type BoardNotes = {
  /** Live notes tagged with the theme, newest first. */
  ofTheme: Note[];
  /** Live notes tagged with no theme, newest first. */
  withoutTheme: Note[];
  /** Every live note the board shows or its findings cite, by id: what counts read. */
  notes: ReadonlyMap<string, Note>;
  /** Every session, by id (a note counts whatever its session's state). */
  sessions: ReadonlyMap<string, Session>;
};

export function boardNotesFrom(themeId: string, { notes: read, sessions }: BoardEvidence): BoardNotes {
  const notes = read.filter((note) => !note.deleted);
  const newest = [...notes].sort(newestFirst);
  return {
    ofTheme: newest.filter((note) => note.themeIds.includes(themeId)),
    withoutTheme: newest.filter((note) => note.themeIds.length === 0),
    notes: new Map(notes.map((note) => [note.id, note])),
    sessions: new Map(sessions.map((session) => [session.id, session])),
  };
}

/** One theme's board from the engagement's findings and the board's notes. */
export function themeBoardFrom(themeId: string, allFindings: readonly Finding[], boardNotes: BoardNotes): ThemeBoard {
  const liveFindings = allFindings.filter((finding) => !finding.deleted);
  const ofTheme = liveFindings.filter((finding) => finding.themeId === themeId).sort(byPosition);
  const inThemeFinding = new Set(ofTheme.flatMap((finding) => finding.noteIds));
  const inAnyFinding = new Set(liveFindings.flatMap((finding) => finding.noteIds));
  const byId = new Map(allFindings.map((finding) => [finding.id, finding]));
  const named = new Set(ofTheme.flatMap((finding) => finding.mergedFromIds));
  return {
    lanes: {
      strength: ofTheme.filter((finding) => finding.lane === 'strength'),
      'area for consideration': ofTheme.filter((finding) => finding.lane === 'area for consideration'),
    },
    mergedFrom: new Map([...named].flatMap((id) => (byId.has(id) ? [[id, byId.get(id) as Finding] as const] : []))),
    unassignedNotes: boardNotes.ofTheme.filter((note) => !inThemeFinding.has(note.id)),
    notesWithoutTheme: boardNotes.withoutTheme.filter((note) => !inAnyFinding.has(note.id)),
    notes: boardNotes.notes,
    sessions: boardNotes.sessions,
  };
}
