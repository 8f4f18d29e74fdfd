import { useMemo } from 'react';
import type { AccuracyComment } from '../../../domain/records/accuracyComment';
import { letterParagraphNumbers } from '../../../domain/outputs/letterParagraphNumbers';
import type { PublishedSnapshot } from '../../../domain/records/publishedSnapshot';
import { CommentAnswer } from './CommentAnswer';
import { placeName } from './commentPlace';
import { statusWords } from './commentWords';
import { snapshotDescription } from './snapshotWords';

/** One published snapshot's council comments as the team sees them; the manager answers and closes. */
export function SnapshotComments({
  snapshot,
  comments,
  editable,
  isTeamMember,
}: {
  snapshot: PublishedSnapshot;
  comments: readonly AccuracyComment[];
  editable: boolean;
  isTeamMember: (memberId: string) => boolean;
}) {
  const numbers = useMemo(() => letterParagraphNumbers(snapshot.body), [snapshot.body]);
  const headingId = `snapshot-${snapshot.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{snapshot.title}</h2>
      <p className="muted">{snapshotDescription(snapshot)}</p>
      {comments.length === 0 ? <p>No comments from the council on this yet.</p> : null}
      {comments.map((comment, index) => {
        const where = placeName(snapshot.body, numbers, comment.sectionIndex, comment.blockIndex);
        const title = `Comment ${index + 1}, on ${where}`;
        return (
          <article key={comment.id} className="council-comment" aria-label={title}>
            <h3>{title}</h3>
            <p className="muted">
              From {isTeamMember(comment.authorId) ? 'the review team' : 'the council'} · {statusWords[comment.status]}
            </p>
            <p>{comment.text}</p>
            {comment.answer && (!editable || comment.status === 'closed') ? (
              <p>
                <strong>Answer:</strong> {comment.answer}
              </p>
            ) : null}
            {editable && comment.status !== 'closed' ? (
              <CommentAnswer comment={comment} label={`Answer to comment ${index + 1}`} />
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
