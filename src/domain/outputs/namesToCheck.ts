import type { Member } from '../records/member';
import type { Session } from '../records/session';

/**
 * The names the non-attribution check looks for: every member's display name and every name
 * recorded as a session's attendee. Deleted members and sessions count too: the team met
 * those people all the same. `attendeeNames` is free text: names are split on commas,
 * semicolons, new lines, slashes, "and" and "&", and anything in brackets ("Sam Lee (HR)")
 * is left out, since it is usually a role rather than part of the name.
 */
export function namesToCheck(
  members: readonly Pick<Member, 'displayName'>[],
  sessions: readonly Pick<Session, 'attendeeNames'>[],
): string[] {
  const names = new Map<string, string>();
  const add = (name: string) => {
    const trimmed = name.trim();
    if (trimmed.length > 0 && !names.has(trimmed.toLowerCase())) names.set(trimmed.toLowerCase(), trimmed);
  };
  for (const member of members) add(member.displayName);
  for (const session of sessions) {
    session.attendeeNames
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .split(/[,;\n\r/]+|\s+(?:and|&)\s+/i)
      .forEach(add);
  }
  return [...names.values()];
}
