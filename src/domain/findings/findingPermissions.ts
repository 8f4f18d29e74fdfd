import type { Finding } from '../records/finding';
import type { MemberRole } from '../records/member';

/** Who is acting on the board. */
export type BoardActor = { memberId: string; role: MemberRole };

/**
 * The manager changes every finding; a peer changes only their own, and only while it is
 * proposed (the server keeps a late peer edit as a conflict; this keeps the screen honest).
 */
export function mayEditFinding(actor: BoardActor, finding: Pick<Finding, 'authorId' | 'status'>): boolean {
  if (actor.role === 'manager') return true;
  return actor.role === 'peer' && finding.authorId === actor.memberId && finding.status === 'proposed';
}

/** Agreeing, dropping, merging and unmerging are the manager's. */
export function mayDecideFindings(actor: BoardActor): boolean {
  return actor.role === 'manager';
}

/** Peers propose findings; the council never sees them. */
export function mayProposeFindings(actor: BoardActor): boolean {
  return actor.role === 'manager' || actor.role === 'peer';
}
