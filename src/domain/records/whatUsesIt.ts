import type { Finding } from './finding';
import type { Note } from './note';
import type { Session } from './session';

/**
 * What still leans on a record a person removes, so nothing anyone wrote becomes
 * unreachable (issue 10): the live notes and findings that use a theme or scope question,
 * and the deleted sessions that still hold live notes.
 */

/** How many live notes and findings use one theme or scope question. */
export type Usage = { notes: number; findings: number };

type Live = { deleted: boolean };
const live = <T extends Live>(records: readonly T[]): T[] => records.filter((record) => !record.deleted);

/** Live notes tagged with the theme, and live findings on its board. */
export function themeUsage(
  themeId: string,
  notes: readonly Pick<Note, 'deleted' | 'themeIds'>[],
  findings: readonly Pick<Finding, 'deleted' | 'themeId'>[],
): Usage {
  return {
    notes: live(notes).filter((note) => note.themeIds.includes(themeId)).length,
    findings: live(findings).filter((finding) => finding.themeId === themeId).length,
  };
}

/** Live notes tagged with the scope question (findings are sorted by theme only). */
export function scopeQuestionUsage(
  questionId: string,
  notes: readonly Pick<Note, 'deleted' | 'scopeQuestionIds'>[],
): Usage {
  return { notes: live(notes).filter((note) => note.scopeQuestionIds.includes(questionId)).length, findings: 0 };
}

export function isUsed(usage: Usage): boolean {
  return usage.notes > 0 || usage.findings > 0;
}

/**
 * Deleted sessions that still hold a live note: a note made offline in a session the
 * manager then deleted arrives by sync, and must still be found.
 */
export function deletedSessionsHoldingNotes<S extends Pick<Session, 'id' | 'deleted'>>(
  sessions: readonly S[],
  notes: readonly Pick<Note, 'deleted' | 'sessionId'>[],
): S[] {
  const holding = new Set(live(notes).map((note) => note.sessionId));
  return sessions.filter((session) => session.deleted && holding.has(session.id));
}

/** Removed themes still used by a live note or finding: their board stays open. */
export function removedThemesInUse<T extends { id: string; deleted: boolean }>(
  themes: readonly T[],
  notes: readonly Pick<Note, 'deleted' | 'themeIds'>[],
  findings: readonly Pick<Finding, 'deleted' | 'themeId'>[],
): T[] {
  return themes.filter((theme) => theme.deleted && isUsed(themeUsage(theme.id, notes, findings)));
}
