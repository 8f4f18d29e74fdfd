import type { EvidenceType, Note } from '../records/note';
import type { Session } from '../records/session';
import { stakeholderGroupsOf } from './noteGroups';

/** The order the reasons name the evidence types in: people first, then papers, then sights. */
const reasonOrder: readonly EvidenceType[] = ['heard', 'read', 'seen'];

const counted = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * A document is known by the reference its note gives (spaces and capitals ignored); the
 * read notes of one session that name no document count as one document between them.
 */
function documentKey(note: Note): string {
  const reference = note.documentReference.trim().replace(/\s+/g, ' ').toLowerCase();
  return reference === '' ? `session ${note.sessionId}` : `document ${reference}`;
}

function describeType(type: EvidenceType, notes: readonly Note[], sessions: ReadonlyMap<string, Session>): string {
  const ofType = notes.filter((note) => note.evidenceType === type);
  if (ofType.length === 0) return `not ${type}`;
  if (type === 'read') return `read in ${counted(new Set(ofType.map(documentKey)).size, 'document')}`;
  const sessionCount = new Set(ofType.map((note) => note.sessionId)).size;
  const groups = new Set(ofType.flatMap((note) => [...stakeholderGroupsOf(note, sessions)]));
  const from = groups.size === 0 ? '' : ` from ${counted(groups.size, 'group')}`;
  return `${type} in ${counted(sessionCount, 'session')}${from}`;
}

/**
 * Why a finding has its label, in words: "heard in 4 sessions from 3 groups; read in 2
 * documents; not seen". Always heard, read, seen in that order; "no notes" when none.
 */
export function evidenceReasons(notes: readonly Note[], sessions: ReadonlyMap<string, Session>): string {
  if (notes.length === 0) return 'no notes';
  return reasonOrder.map((type) => describeType(type, notes, sessions)).join('; ');
}
