import { useSortable } from '@dnd-kit/sortable';
import { memo } from 'react';
import type { Finding } from '../../../domain/records/finding';
import type { Note } from '../../../domain/records/note';
import type { Session } from '../../../domain/records/session';
import type { BoardNames } from './boardNames';
import type { DragData } from './dragIds';
import { FindingSummary } from './FindingSummary';
import { NoteCard } from './NoteCard';

export type FindingCardProps = {
  finding: Finding;
  /** The finding's live notes, in the order it cites them. */
  notes: readonly Note[];
  /** Every note of the board, for the label and counts (triangulation). */
  allNotes: ReadonlyMap<string, Note>;
  sessions: ReadonlyMap<string, Session>;
  names: BoardNames;
  /** Whether its notes are shown: folded by default, so a board of many findings opens fast. */
  open: boolean;
  onToggleNotes: (findingId: string) => void;
  /** Whether this person may change the finding (the manager, or its author while proposed). */
  editable: boolean;
  /** Whether this person may select findings to merge (the manager). */
  canDecide: boolean;
  selected: boolean;
  onSelect: (findingId: string, selected: boolean) => void;
  onEdit: (findingId: string) => void;
  onUnmerge: (findingId: string) => void;
  /** Moves the finding one place up or down its lane (the single-tap alternative to dragging). */
  onStep: (findingId: string, step: -1 | 1) => void;
  isFirst: boolean;
  isLast: boolean;
  onMoveNote: (noteId: string, fromFindingId: string | null) => void;
  onRemoveNote: (noteId: string, fromFindingId: string) => void;
};

/**
 * One finding: headline, status, label and counts, its notes (folded until asked for), and
 * what this person may do with it. Folded or not, the whole card is a drop target.
 */
export const FindingCard = memo(function FindingCard(props: FindingCardProps) {
  const { finding, notes, allNotes, sessions, names, open, editable, canDecide, selected } = props;
  const data: DragData = { kind: 'finding', findingId: finding.id, lane: finding.lane, label: finding.headline };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging, isOver, active } =
    useSortable({ id: finding.id, data, disabled: !editable });
  const noteOver = isOver && active?.data.current?.kind === 'note';
  const style = transform
    ? { transform: `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)`, transition }
    : { transition };
  const headingId = `finding-${finding.id}`;
  const count = notes.length;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`board-finding${isDragging ? ' board-finding--dragging' : ''}${noteOver ? ' board-finding--over' : ''}`}
      aria-labelledby={headingId}
    >
      <div className="board-finding__top">
        {canDecide ? (
          <label className="board-check">
            <input
              type="checkbox"
              checked={selected}
              onChange={(event) => props.onSelect(finding.id, event.target.checked)}
            />
            <span className="visually-hidden">Select finding: {finding.headline}</span>
          </label>
        ) : null}
        <h3 id={headingId} className="board-finding__headline">
          {finding.headline || '(no headline)'}
        </h3>
        {editable ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="board-drag-handle"
            {...attributes}
            {...listeners}
            aria-label={`Drag finding: ${finding.headline}`}
          >
            ⠿
          </button>
        ) : null}
      </div>
      <p className="board-finding__status">
        <span className={`board-status board-status--${finding.status}`}>{finding.status}</span>
        <span className="muted"> · {names.memberName(finding.authorId)}</span>
        {finding.mergedFromIds.length > 0 ? (
          <span className="muted"> · merged from {finding.mergedFromIds.length}</span>
        ) : null}
      </p>
      <FindingSummary finding={finding} notes={allNotes} sessions={sessions} />
      <div className="board-finding__actions">
        <button type="button" aria-expanded={open} onClick={() => props.onToggleNotes(finding.id)}>
          {open ? 'Hide notes' : `Show ${count} ${count === 1 ? 'note' : 'notes'}`}
        </button>
        {editable ? (
          <>
            <button
              type="button"
              onClick={() => props.onEdit(finding.id)}
              aria-label={`Edit finding: ${finding.headline}`}
            >
              Edit
            </button>
            <button
              type="button"
              onClick={() => props.onStep(finding.id, -1)}
              disabled={props.isFirst}
              aria-label={`Move up: ${finding.headline}`}
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => props.onStep(finding.id, 1)}
              disabled={props.isLast}
              aria-label={`Move down: ${finding.headline}`}
            >
              ↓
            </button>
          </>
        ) : null}
        {canDecide && finding.mergedFromIds.length > 0 ? (
          <button type="button" onClick={() => props.onUnmerge(finding.id)} aria-label={`Unmerge… ${finding.headline}`}>
            Unmerge…
          </button>
        ) : null}
      </div>
      {open ? (
        <ul className="board-finding__notes" aria-label={`Notes of ${finding.headline}`}>
          {notes.map((note) => (
            <li key={note.id}>
              <NoteCard
                note={note}
                session={sessions.get(note.sessionId)}
                authorName={names.memberName(note.authorId)}
                fromFindingId={finding.id}
                canMove={editable}
                onMoveTo={props.onMoveNote}
                onRemove={props.onRemoveNote}
              />
            </li>
          ))}
          {count === 0 ? <li className="muted">No notes yet: drag notes here or use “Move to finding…”.</li> : null}
        </ul>
      ) : null}
    </li>
  );
});
