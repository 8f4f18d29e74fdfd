import type { AccuracyComment } from '../../../domain/records/accuracyComment';
import { councilAuthorWords, statusWords } from './commentWords';

/** The comments on one place of a snapshot as the council sees them: who (never a team member's name), what, the answer. */
export function CouncilCommentList({
  comments,
  place,
  myMemberId,
  teamIds,
}: {
  comments: readonly AccuracyComment[];
  place: string;
  myMemberId: string;
  teamIds: ReadonlySet<string>;
}) {
  if (comments.length === 0) return null;
  return (
    <ul className="comment-list" aria-label={`Comments on ${place}`}>
      {comments.map((comment) => (
        <li key={comment.id} className="comment">
          <p className="comment__meta">
            <strong>{councilAuthorWords(comment.authorId, myMemberId, teamIds)}</strong>
            <span className="muted"> · {statusWords[comment.status]}</span>
          </p>
          <p className="comment__text">{comment.text}</p>
          {comment.answer ? (
            <p className="comment__answer">
              <strong>The review team answered:</strong> {comment.answer}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
