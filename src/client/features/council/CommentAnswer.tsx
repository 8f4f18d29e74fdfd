import { useId, useState, type FormEvent } from 'react';
import { accuracyCommentMaxLength, type AccuracyComment } from '../../../domain/records/accuracyComment';
import { useAppServices } from '../../services/appServices';
import { useSaving } from '../../services/useSaving';
import { answerAccuracyComment, closeAccuracyComment } from '../../store/accuracyCommentRepository';

/** The challenge manager's reply to one council comment, and the way to close it. */
export function CommentAnswer({ comment, label }: { comment: AccuracyComment; label: string }) {
  const { db } = useAppServices();
  const { run, error } = useSaving();
  const [answer, setAnswer] = useState(comment.answer);
  const id = useId();
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (answer.trim() === '') return;
    await run(() => answerAccuracyComment(db, comment.engagementId, comment.id, answer.trim()));
  };
  return (
    <form className="comment-form" onSubmit={(event) => void send(event)}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={answer}
        maxLength={accuracyCommentMaxLength}
        rows={3}
        onChange={(event) => setAnswer(event.target.value)}
      />
      {error ? (
        <p role="alert" className="error">
          {error.message}
        </p>
      ) : null}
      <div className="comment-form__actions">
        <button type="submit" disabled={answer.trim() === '' || answer.trim() === comment.answer}>
          Send answer
        </button>
        <button
          type="button"
          onClick={() => void run(() => closeAccuracyComment(db, comment.engagementId, comment.id))}
        >
          Close comment
        </button>
      </div>
    </form>
  );
}
