import { reviewTeamAuthorId, type CommentStatus } from '../../../domain/records/accuracyComment';

/**
 * Who wrote a comment, as the council sees it: never a team member's name (the server
 * sends the team's comments under one id, shown as "the review team").
 */
export function councilAuthorWords(authorId: string, myMemberId: string, teamIds: ReadonlySet<string>): string {
  if (authorId === myMemberId) return 'You';
  // A team device knows its members' ids; the council's sees only the one stand-in id.
  if (authorId === reviewTeamAuthorId || teamIds.has(authorId)) return 'The review team';
  return 'The council';
}

export const statusWords: Record<CommentStatus, string> = {
  open: 'Open: waiting for the review team',
  answered: 'Answered',
  closed: 'Closed',
};
