import { useDroppable } from '@dnd-kit/core';
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { Note } from '../../../domain/records/note';
import type { Session } from '../../../domain/records/session';
import type { BoardNames } from './boardNames';
import { pileDropId, type DragData } from './dragIds';
import { NoteCard } from './NoteCard';

/** Cards drawn at first: enough for an evening's pile, few enough to open the board fast. */
const firstPage = 50;
/** Cards in the board's first frame: a screenful. The rest of the first page follows, interruptibly. */
const firstFrame = 12;

type Props = {
  title: string;
  /** A drop target: notes dragged here from a finding leave it. */
  dropTarget: boolean;
  notes: readonly Note[];
  sessions: ReadonlyMap<string, Session>;
  names: BoardNames;
  canMove: boolean;
  selectedIds: ReadonlySet<string>;
  onSelect: (noteId: string, selected: boolean) => void;
  onMoveTo: (noteId: string, fromFindingId: string | null) => void;
  /** Filters and the like, above the cards. */
  children?: ReactNode;
};

/** A pile of notes not yet in a finding, newest first, each selectable and movable. */
export function NotePile(props: Props) {
  const { title, notes, sessions, names, canMove, selectedIds, onSelect, onMoveTo } = props;
  const [shown, setShown] = useState(firstFrame);
  useEffect(() => startTransition(() => setShown((before) => Math.max(before, firstPage))), []);
  const data: DragData = { kind: 'pile', label: title };
  const { setNodeRef, isOver } = useDroppable({ id: `${pileDropId}:${title}`, data, disabled: !props.dropTarget });
  const headingId = `pile-${title.replace(/\W+/g, '-')}`;
  return (
    <section ref={setNodeRef} className={`board-pile${isOver ? ' board-pile--over' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="muted">({notes.length})</span>
      </h2>
      {props.children}
      <ul className="board-pile__notes" aria-label={title}>
        {notes.slice(0, shown).map((note) => (
          <li key={note.id}>
            <NoteCard
              note={note}
              session={sessions.get(note.sessionId)}
              authorName={names.memberName(note.authorId)}
              fromFindingId={null}
              canMove={canMove}
              selected={selectedIds.has(note.id)}
              onSelect={onSelect}
              onMoveTo={onMoveTo}
            />
          </li>
        ))}
      </ul>
      {notes.length === 0 ? <p className="muted">None.</p> : null}
      {notes.length > shown ? (
        <button type="button" onClick={() => setShown(shown + firstPage * 2)}>
          Show more notes ({notes.length - shown} more)
        </button>
      ) : null}
    </section>
  );
}
