import { useId, useState, type FormEvent } from 'react';
import { accuracyCommentMaxLength } from '../../../domain/records/accuracyComment';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { useSaving } from '../../services/useSaving';
import { addAccuracyComment, type CommentPlace } from '../../store/accuracyCommentRepository';

/** "Comment on paragraph 3": opens a box for one factual-accuracy comment on that place and sends it. */
export function CommentForm({ place, placeName }: { place: CommentPlace; placeName: string }) {
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const { run, error } = useSaving();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const id = useId();
  if (!open) {
    return (
      <button type="button" className="comment-button" onClick={() => setOpen(true)}>
        Comment on {placeName}
      </button>
    );
  }
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    const sent = await run(() => addAccuracyComment(db, identity.engagementId, identity.memberId, place, text.trim()));
    if (sent) {
      setText('');
      setOpen(false);
    }
  };
  return (
    <form className="comment-form" onSubmit={(event) => void send(event)}>
      <label htmlFor={id}>Your comment on {placeName}</label>
      <textarea
        id={id}
        value={text}
        maxLength={accuracyCommentMaxLength}
        rows={3}
        onChange={(event) => setText(event.target.value)}
        autoFocus
      />
      {error ? (
        <p role="alert" className="error">
          {error.message}
        </p>
      ) : null}
      <div className="comment-form__actions">
        <button type="submit" disabled={text.trim() === ''}>
          Send comment
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
