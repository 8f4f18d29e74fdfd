import { reviewTeamAuthorId, type CommentStatus } from '../../../domain/records/accuracyComment';

/**
 * Who wrote a comment, as the council sees it: never a team member's name (the server
 * sends the team's comments under one id, shown as "the review team").
 */
export function councilAuthorWords(authorId: string, myMemberId: string): string {
  if (authorId === myMemberId) return 'You';
  if (authorId === reviewTeamAuthorId) return 'The review team';
  return 'A council colleague';
}

export const statusWords: Record<CommentStatus, string> = {
  open: 'Open: waiting for the review team',
  answered: 'Answered',
  closed: 'Closed',
};
