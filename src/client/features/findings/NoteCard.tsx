import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import type { Note } from '../../../domain/records/note';
import type { Session } from '../../../domain/records/session';
import { excerpt } from './boardNames';
import { noteDragId, type DragData } from './dragIds';

type Props = {
  note: Note;
  session: Session | undefined;
  authorName: string;
  /** The finding the card sits in; null in a pile of notes. */
  fromFindingId: string | null;
  /** Whether this person may move the note anywhere (drag, "Move to finding…", remove). */
  canMove: boolean;
  /** Given when the card can be selected (the piles' multi-select). */
  selected?: boolean;
  onSelect?: (noteId: string, selected: boolean) => void;
  onMoveTo: (noteId: string, fromFindingId: string | null) => void;
  onRemove?: (noteId: string, fromFindingId: string) => void;
};

/**
 * One note on the board. Its evidence type, session kind and stakeholder groups show
 * wherever it sits, so the evidence is readable without opening it; every drag has a
 * single-tap alternative ("Move to finding…").
 */
export const NoteCard = memo(function NoteCard(props: Props) {
  const { note, session, authorName, fromFindingId, canMove, selected, onSelect, onMoveTo, onRemove } = props;
  const label = excerpt(note.text, 60);
  const data: DragData = { kind: 'note', noteId: note.id, fromFindingId, label };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: noteDragId(note.id, fromFindingId),
    data,
    disabled: !canMove,
  });
  const groups = session?.stakeholderGroups ?? [];
  return (
    <article
      ref={setNodeRef}
      className={`board-note${isDragging ? ' board-note--dragging' : ''}`}
      aria-label={`Note: ${label}`}
    >
      <div className="board-note__top">
        {onSelect ? (
          <label className="board-check">
            <input
              type="checkbox"
              checked={selected ?? false}
              onChange={(event) => onSelect(note.id, event.target.checked)}
            />
            <span className="visually-hidden">Select note: {label}</span>
          </label>
        ) : null}
        <p className="board-note__text">{excerpt(note.text, 240)}</p>
        {canMove ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="board-drag-handle"
            {...attributes}
            {...listeners}
            aria-label={`Drag note: ${label}`}
          >
            ⠿
          </button>
        ) : null}
      </div>
      <p className="board-note__tags">
        <span className={`board-tag board-tag--${note.evidenceType}`}>{note.evidenceType}</span>
        <span className="board-tag">{session?.kind ?? 'session not on this device'}</span>
        {groups.map((group) => (
          <span key={group} className="board-tag board-tag--group">
            {group === 'other' && session?.otherStakeholderGroup ? session.otherStakeholderGroup : group}
          </span>
        ))}
        {note.stance !== 'neutral' ? <span className="board-tag">{note.stance}</span> : null}
      </p>
      <p className="board-note__meta muted">
        {session?.title ?? ''} · {authorName}
      </p>
      {canMove ? (
        <div className="board-note__actions">
          <button
            type="button"
            onClick={() => onMoveTo(note.id, fromFindingId)}
            aria-label={`Move to finding… (${label})`}
          >
            Move to finding…
          </button>
          {onRemove && fromFindingId ? (
            <button type="button" onClick={() => onRemove(note.id, fromFindingId)} aria-label={`Remove note: ${label}`}>
              Remove
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
});
