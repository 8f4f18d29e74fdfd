import { teamPositions, type Member, type TeamPosition } from '../records/member';
import { countInWords, joinAsList } from './englishList';

/** The team's positions as an output names them; council contacts are not on the team. */
const named: Record<Exclude<TeamPosition, 'council contact'>, { one: string; many: string }> = {
  'lead peer': { one: 'a lead peer', many: 'lead peers' },
  'member peer': { one: 'a member peer', many: 'member peers' },
  'officer peer': { one: 'an officer peer', many: 'officer peers' },
  'lived-experience peer': { one: 'a lived-experience peer', many: 'lived-experience peers' },
  'challenge manager': { one: 'the challenge manager', many: 'challenge managers' },
};

/**
 * The team described by position, never by name: "a lead peer, two member peers, an
 * officer peer and the challenge manager". Live members only, in the usual order of
 * positions; council contacts (and anyone with the council role) are left out. Empty
 * when there is no one on the team yet.
 */
export function teamByPosition(members: readonly Member[]): string {
  const counts = new Map<TeamPosition, number>();
  for (const member of members) {
    if (member.deleted || member.role === 'council') continue;
    counts.set(member.position, (counts.get(member.position) ?? 0) + 1);
  }
  return joinAsList(
    teamPositions.flatMap((position) => {
      const count = counts.get(position) ?? 0;
      if (position === 'council contact' || count === 0) return [];
      const words = named[position];
      return [count === 1 ? words.one : `${countInWords(count)} ${words.many}`];
    }),
  );
}
