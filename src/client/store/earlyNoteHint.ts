import type { Session } from '../../domain/records/session';
import { newNoteFields } from './noteRepository';

/**
 * Where public/early-note.js, the "New note" drawn before the app's code runs, learns it
 * may draw one (docs/architecture.md, "The early note box"): this key is that script's
 * contract. It holds what a new note in the session starts with (newNoteFields), so the
 * script adds only the member (rememberedMember.ts) and the time, never defaults of its own.
 */
const hintKey = (engagementId: string, sessionId: string) => `triangulate:early-note:${engagementId}:${sessionId}`;

/** Lets the next cold start on this session draw "New note" at once: the session screen drew it here. */
export function rememberSessionForEarlyNote(session: Session, storage: Storage = localStorage): void {
  const key = hintKey(session.engagementId, session.id);
  const value = JSON.stringify(newNoteFields(session));
  try {
    if (storage.getItem(key) !== value) storage.setItem(key, value);
  } catch {
    // Refused (full, private browsing): the next cold start waits for the app's own "New note".
  }
}
