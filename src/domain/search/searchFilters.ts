import type { EvidenceType, Stance } from '../records/note';
import type { StakeholderGroup } from '../records/session';
import type { IndexedNote } from './indexedNote';

/**
 * Narrowing by tags: within one kind any chosen value matches (theme A or theme B);
 * across kinds every kind must match. An empty list means no narrowing by that kind.
 */
export type SearchFilters = {
  themeIds: readonly string[];
  scopeQuestionIds: readonly string[];
  sessionIds: readonly string[];
  stakeholderGroups: readonly StakeholderGroup[];
  evidenceTypes: readonly EvidenceType[];
  stances: readonly Stance[];
  authorIds: readonly string[];
};

export const noFilters: SearchFilters = {
  themeIds: [],
  scopeQuestionIds: [],
  sessionIds: [],
  stakeholderGroups: [],
  evidenceTypes: [],
  stances: [],
  authorIds: [],
};

/** Stakeholder groups in the room, by session id: a note's groups are its session's. */
export type SessionGroups = ReadonlyMap<string, readonly StakeholderGroup[]>;

/** A test for one note, made once per query so each note costs a few set look-ups. */
export type NoteFilter = (note: IndexedNote) => boolean;

const anyOf = <T>(wanted: ReadonlySet<T>, values: readonly T[]): boolean => values.some((value) => wanted.has(value));

export function makeNoteFilter(filters: SearchFilters, sessionGroups: SessionGroups): NoteFilter | null {
  const tests: NoteFilter[] = [];
  const themes = new Set(filters.themeIds);
  const scopeQuestions = new Set(filters.scopeQuestionIds);
  const evidenceTypes = new Set(filters.evidenceTypes);
  const stances = new Set(filters.stances);
  const authors = new Set(filters.authorIds);
  // Sessions and stakeholder groups both narrow by the note's session: resolve groups to sessions once.
  const sessions = new Set(filters.sessionIds);
  const groups = new Set(filters.stakeholderGroups);
  const groupSessions = new Set([...sessionGroups].filter(([, inRoom]) => anyOf(groups, inRoom)).map(([id]) => id));

  if (themes.size > 0) tests.push((note) => anyOf(themes, note.themeIds));
  if (scopeQuestions.size > 0) tests.push((note) => anyOf(scopeQuestions, note.scopeQuestionIds));
  if (sessions.size > 0) tests.push((note) => sessions.has(note.sessionId));
  if (groups.size > 0) tests.push((note) => groupSessions.has(note.sessionId));
  if (evidenceTypes.size > 0) tests.push((note) => evidenceTypes.has(note.evidenceType));
  if (stances.size > 0) tests.push((note) => stances.has(note.stance));
  if (authors.size > 0) tests.push((note) => authors.has(note.authorId));
  if (tests.length === 0) return null;
  return (note) => tests.every((test) => test(note));
}

export function hasFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some((values: readonly unknown[]) => values.length > 0);
}
