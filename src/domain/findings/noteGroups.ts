import type { Note } from '../records/note';
import type { Session, StakeholderGroup } from '../records/session';

/**
 * The stakeholder groups a note speaks for: those of its session, for heard and seen
 * notes only (a document is not a group of people). "other" is one group; a session that
 * lists no group, or is not known on this copy, adds none.
 */
export function stakeholderGroupsOf(
  note: Pick<Note, 'evidenceType' | 'sessionId'>,
  sessions: ReadonlyMap<string, Session>,
): ReadonlySet<StakeholderGroup> {
  if (note.evidenceType === 'read') return noGroups;
  const session = sessions.get(note.sessionId);
  return session ? new Set(session.stakeholderGroups) : noGroups;
}

const noGroups: ReadonlySet<StakeholderGroup> = new Set();
