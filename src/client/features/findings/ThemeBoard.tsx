import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { mayDecideFindings, mayEditFinding, type BoardActor } from '../../../domain/findings/findingPermissions';
import { directlyMergedIds } from '../../../domain/findings/mergeFindings';
import { findingLanes, type Finding, type FindingLane } from '../../../domain/records/finding';
import type { Note } from '../../../domain/records/note';
import { useSharedLiveRead } from '../../services/useSharedLiveRead';
import type { TriangulateDb } from '../../store/db';
import {
  createFinding,
  editFinding,
  mergeFindingsInto,
  moveFinding,
  moveNotesToFinding,
  removeNotesFromFinding,
  unmergeFindingsFrom,
  type FindingEdits,
} from '../../store/findingRepository';
import type { SearchVocabulary } from '../../store/searchSource';
import { boardEvidenceRead, boardFindingsRead } from '../../store/themeBoardReads';
import {
  boardNotesFrom,
  citedElsewhere,
  readNotes,
  themeBoardFrom,
  type ThemeBoard as Board,
} from '../../store/themeBoardQueries';
import { FilterSelects } from '../../ui/FilterSelects';
import { boardFilterChoices, boardNoteFilter, type BoardFilterValues } from './boardFilters';
import { boardCollision } from './boardCollision';
import { boardDragAnnouncements, boardDragInstructions } from './boardDrag';
import { boardKeyboardCoordinates } from './boardKeyboardCoordinates';
import { boardNames } from './boardNames';
import { BoardSuggestions } from './BoardSuggestions';
import { dragData } from './dragIds';
import { FindingCard } from './FindingCard';
import { FindingEditorDialog } from './FindingEditorDialog';
import { FindingLaneColumn } from './FindingLaneColumn';
import { keepUnchangedFindings, keepUnchangedNotes } from './keepUnchanged';
import { boardWithMove, type NoteMove } from './boardWithMove';
import { MergeBar } from './MergeBar';
import { MoveToFindingDialog } from './MoveToFindingDialog';
import { NewFindingForm } from './NewFindingForm';
import { NotePile } from './NotePile';
import { UnmergeDialog } from './UnmergeDialog';
import { useBoardActions } from './useBoardActions';
import { useFindingNotes } from './useFindingNotes';
import { useKept } from './useKept';

type Props = {
  db: TriangulateDb;
  engagementId: string;
  themeId: string;
  actor: BoardActor;
  vocabulary: SearchVocabulary;
};

const laneTitles: Record<FindingLane, string> = {
  strength: 'Strengths',
  'area for consideration': 'Areas for consideration',
};

// Constants, not literals in the render: new options make new sensors, and new sensors a
// new drag context that redraws every note card on the board.
/** A small move before a drag starts, so taps on a card's buttons and checkboxes stay taps. */
const pointerSensorOptions = { activationConstraint: { distance: 8 } };
/** Instant scrolling while a card is moved by keyboard: no motion to wait for or to sit through. */
const keyboardSensorOptions = { coordinateGetter: boardKeyboardCoordinates, scrollBehavior: 'auto' as const };

type Moving = { noteIds: string[]; fromFindingId: string | null };
type LastMerge = { survivorId: string; otherIds: string[]; headline: string };

const noNotes: readonly Note[] = [];

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** One theme's findings board: two lanes of findings, its unassigned notes, and notes with no theme. */
export function ThemeBoard({ db, engagementId, themeId, actor, vocabulary }: Props) {
  // Findings and evidence watched apart: a move writes a finding, and re-reads only findings.
  // Shared reads: the Evening screen has usually begun them before the tap (themeBoardReads.ts).
  const findings = useSharedLiveRead(boardFindingsRead(db, engagementId));
  const evidence = useSharedLiveRead(boardEvidenceRead(db, engagementId, themeId));
  // Notes the findings cite from other themes (rare: a note retagged since), read on their own.
  const held = useMemo(() => new Set(evidence?.notes.map((note) => note.id)), [evidence]);
  const missing = useMemo(
    () => (findings && evidence ? citedElsewhere(themeId, findings, held).join(' ') : ''),
    [themeId, findings, evidence, held],
  );
  const cited = useLiveQuery(
    async () => ({ missing, notes: missing ? await readNotes(db, missing.split(' ')) : [] }),
    [db, missing],
  );
  // Usually none: then the board waits for no read of them.
  const citedNotes = missing === '' ? noNotes : cited?.missing === missing ? cited.notes : undefined;
  // Each read makes new objects: the unchanged ones are swapped for those drawn before. Until
  // a newly cited note is read, the notes drawn before stay (a finding's counts lag a moment).
  const notesRead = useMemo(
    () =>
      evidence && citedNotes
        ? boardNotesFrom(themeId, { ...evidence, notes: [...evidence.notes, ...citedNotes] })
        : undefined,
    [themeId, evidence, citedNotes],
  );
  const boardNotes = useKept(notesRead, keepUnchangedNotes);
  const boardRead = useMemo(
    () => (findings && boardNotes ? themeBoardFrom(themeId, findings, boardNotes) : undefined),
    [themeId, findings, boardNotes],
  );
  const board = useKept(boardRead, keepUnchangedFindings);
  if (!board) return <p role="status">Opening the board…</p>;
  return (
    <BoardView
      db={db}
      engagementId={engagementId}
      themeId={themeId}
      actor={actor}
      vocabulary={vocabulary}
      board={board}
    />
  );
}

function BoardView({ db, engagementId, themeId, actor, vocabulary, board: read }: Props & { board: Board }) {
  // A move is drawn at once, over the board it was made on, until the next read brings it.
  const [pending, setPending] = useState<{ on: Board; move: NoteMove } | null>(null);
  const board = useMemo(
    () => (pending && pending.on === read ? boardWithMove(read, pending.move) : read),
    [pending, read],
  );
  const { run, message, error } = useBoardActions();
  const names = useMemo(() => boardNames(vocabulary), [vocabulary]);
  const canDecide = mayDecideFindings(actor);
  const [selectedNotes, setSelectedNotes] = useState<ReadonlySet<string>>(new Set());
  const [selectedFindings, setSelectedFindings] = useState<readonly string[]>([]);
  const [moving, setMoving] = useState<Moving | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [unmergingId, setUnmergingId] = useState<string | null>(null);
  const [lastMerge, setLastMerge] = useState<LastMerge | null>(null);
  const [filters, setFilters] = useState<BoardFilterValues>({});
  // Findings whose notes are shown; kept while the board is open (a card may change lane).
  const [openFindings, setOpenFindings] = useState<ReadonlySet<string>>(new Set());
  const toggleNotes = useCallback((findingId: string) => {
    setOpenFindings((before) => {
      const next = new Set(before);
      if (!next.delete(findingId)) next.add(findingId);
      return next;
    });
  }, []);

  const allFindings = useMemo(() => findingLanes.flatMap((lane) => board.lanes[lane]), [board.lanes]);
  const findingById = useMemo(() => new Map(allFindings.map((f) => [f.id, f])), [allFindings]);
  const notesOf = useFindingNotes(allFindings, board.notes);
  const editable = useCallback((finding: Finding) => mayEditFinding(actor, finding), [actor]);
  const targets = useMemo(() => allFindings.filter(editable), [allFindings, editable]);
  const filterChoices = useMemo(() => boardFilterChoices(vocabulary), [vocabulary]);
  const unassigned = useMemo(() => {
    const test = boardNoteFilter(filters, vocabulary);
    return test ? board.unassignedNotes.filter(test) : board.unassignedNotes;
  }, [board.unassignedNotes, filters, vocabulary]);
  // Only notes still in a pile stay selected (one moved away by someone else drops out).
  const pileIds = useMemo(
    () => new Set([...board.unassignedNotes, ...board.notesWithoutTheme].map((note) => note.id)),
    [board.unassignedNotes, board.notesWithoutTheme],
  );
  const chosenNotes = [...selectedNotes].filter((id) => pileIds.has(id));
  const chosenNoteRecords = useMemo(
    () => [...board.unassignedNotes, ...board.notesWithoutTheme].filter((note) => selectedNotes.has(note.id)),
    [board.unassignedNotes, board.notesWithoutTheme, selectedNotes],
  );
  const chosenFindings = selectedFindings.flatMap((id) => findingById.get(id) ?? []);

  const selectNote = useCallback((noteId: string, on: boolean) => {
    setSelectedNotes((before) => {
      const next = new Set(before);
      if (on) next.add(noteId);
      else next.delete(noteId);
      return next;
    });
  }, []);
  const selectFinding = useCallback((findingId: string, on: boolean) => {
    setSelectedFindings((before) =>
      on ? [...before.filter((id) => id !== findingId), findingId] : before.filter((id) => id !== findingId),
    );
  }, []);
  // "Move to finding…" on a selected pile note moves every selected note with it. Read
  // through a ref, so the callback stays the same and the note cards are not redrawn.
  const selection = useRef({ selectedNotes, pileIds });
  useEffect(() => {
    selection.current = { selectedNotes, pileIds };
  }, [selectedNotes, pileIds]);
  const openMove = useCallback((noteId: string, fromFindingId: string | null) => {
    const { selectedNotes, pileIds } = selection.current;
    const withSelection = fromFindingId === null && selectedNotes.has(noteId);
    setMoving({
      noteIds: withSelection ? [...selectedNotes].filter((id) => pileIds.has(id)) : [noteId],
      fromFindingId,
    });
  }, []);

  const moveNotes = async (noteIds: string[], fromFindingId: string | null, toFindingId: string) => {
    const to = findingById.get(toFindingId)?.headline ?? 'the finding';
    setPending({ on: read, move: { noteIds, fromFindingId, toFindingId } });
    const moved = await run(
      () => moveNotesToFinding(db, actor, noteIds, fromFindingId, toFindingId),
      `Moved ${plural(noteIds.length, 'note')} to “${to}”.`,
    );
    if (!moved) setPending(null);
    if (moved && fromFindingId === null) {
      setSelectedNotes((before) => new Set([...before].filter((id) => !noteIds.includes(id))));
    }
  };
  const removeNote = useCallback(
    (noteId: string, fromFindingId: string) =>
      void run(() => removeNotesFromFinding(db, actor, fromFindingId, [noteId]), 'Note taken out of the finding.'),
    [run, db, actor],
  );
  const step = useCallback(
    (findingId: string, by: -1 | 1) => {
      const finding = findingById.get(findingId);
      if (!finding) return;
      const lane = board.lanes[finding.lane];
      const index = lane.findIndex((f) => f.id === findingId) + by;
      void run(
        () => moveFinding(db, actor, findingId, finding.lane, index),
        `Moved “${finding.headline}” to place ${index + 1}.`,
      );
    },
    [findingById, board.lanes, run, db, actor],
  );

  const merge = async (survivorId: string, otherIds: string[]) => {
    const headline = findingById.get(survivorId)?.headline ?? '';
    const merged = await run(
      () => mergeFindingsInto(db, actor, survivorId, otherIds),
      `Merged ${plural(otherIds.length + 1, 'finding')} into “${headline}”.`,
    );
    if (merged) {
      setLastMerge({ survivorId, otherIds, headline });
      setSelectedFindings([]);
    }
  };
  const unmerge = async (survivorId: string, ids: readonly string[]) => {
    const undone = await run(
      () => unmergeFindingsFrom(db, actor, survivorId, ids),
      `Took ${plural(ids.length, 'finding')} back out of “${findingById.get(survivorId)?.headline ?? ''}”.`,
    );
    if (undone) {
      setLastMerge(null);
      setUnmergingId(null);
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const moved = dragData(active.data.current);
    const target = dragData(over?.data.current);
    if (!moved || !target) return;
    if (moved.kind === 'note') {
      const withSelection = moved.fromFindingId === null && selectedNotes.has(moved.noteId);
      const noteIds = withSelection ? chosenNotes : [moved.noteId];
      if (target.kind === 'finding') void moveNotes(noteIds, moved.fromFindingId, target.findingId);
      else if (target.kind === 'pile' && moved.fromFindingId) removeNote(moved.noteId, moved.fromFindingId);
    } else if (moved.kind === 'finding') {
      if (target.kind === 'finding' && target.findingId !== moved.findingId) {
        const lane = board.lanes[target.lane].filter((f) => f.id !== moved.findingId);
        const overIndex = board.lanes[target.lane].findIndex((f) => f.id === target.findingId);
        const fromIndex = board.lanes[moved.lane].findIndex((f) => f.id === moved.findingId);
        // Dropped on a finding below it in the same lane: it goes after that one.
        const index =
          moved.lane === target.lane && fromIndex < overIndex
            ? overIndex
            : lane.findIndex((f) => f.id === target.findingId);
        void run(() => moveFinding(db, actor, moved.findingId, target.lane, index), `Moved “${moved.label}”.`);
      } else if (target.kind === 'lane') {
        void run(
          () => moveFinding(db, actor, moved.findingId, target.lane, Number.MAX_SAFE_INTEGER),
          `Moved “${moved.label}” to ${laneTitles[target.lane]}.`,
        );
      }
    }
  };

  const sensors = useSensors(
    useSensor(PointerSensor, pointerSensorOptions),
    useSensor(KeyboardSensor, keyboardSensorOptions),
  );

  const editing = editingId ? findingById.get(editingId) : undefined;
  const unmerging = unmergingId ? findingById.get(unmergingId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollision}
      onDragEnd={onDragEnd}
      accessibility={{ announcements: boardDragAnnouncements, screenReaderInstructions: boardDragInstructions }}
    >
      <div role="status" aria-live="polite" className="board-message">
        {message}
        {lastMerge ? (
          <button type="button" onClick={() => void unmerge(lastMerge.survivorId, lastMerge.otherIds)}>
            Undo merge
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="board-error">
          {error.message}
        </p>
      ) : null}
      {canDecide && chosenFindings.length > 0 ? (
        <MergeBar
          selected={chosenFindings}
          onMerge={(s, o) => void merge(s, o)}
          onClear={() => setSelectedFindings([])}
        />
      ) : null}
      <div className="board-grid">
        <div className="board-notes">
          <NewFindingForm
            selectedCount={chosenNotes.length}
            proposedOnly={!canDecide}
            onCreate={async ({ headline, lane }) => {
              const made = await run(
                async () => {
                  const finding = await createFinding(db, actor, {
                    engagementId,
                    themeId,
                    lane,
                    headline,
                    noteIds: chosenNotes,
                  });
                  // A finding just made shows the notes it was made from.
                  setOpenFindings((before) => new Set(before).add(finding.id));
                },
                `Made the finding “${headline}” from ${plural(chosenNotes.length, 'note')}.`,
              );
              if (made) setSelectedNotes(new Set());
              return made;
            }}
          />
          {chosenNotes.length > 0 ? (
            <button type="button" onClick={() => setMoving({ noteIds: chosenNotes, fromFindingId: null })}>
              Move {plural(chosenNotes.length, 'selected note')} to finding…
            </button>
          ) : null}
          <BoardSuggestions
            unassigned={board.unassignedNotes}
            selected={chosenNoteRecords}
            targets={targets}
            notes={board.notes}
            onAdd={(noteId, findingId) => void moveNotes([noteId], null, findingId)}
            onMakeFinding={(noteIds) => {
              // The existing "Make a finding" form, with these notes selected: the manager names it.
              setSelectedNotes(new Set(noteIds));
              document.getElementById('new-finding-headline')?.focus();
            }}
          />
          <NotePile
            title="Unassigned notes"
            dropTarget
            notes={unassigned}
            sessions={board.sessions}
            names={names}
            canMove={targets.length > 0}
            selectedIds={selectedNotes}
            onSelect={selectNote}
            onMoveTo={openMove}
          >
            <FilterSelects
              legend="Filter notes"
              idPrefix="board-filter"
              choices={filterChoices}
              values={filters}
              onChange={setFilters}
            />
          </NotePile>
          <NotePile
            title="Notes with no theme"
            dropTarget={false}
            notes={board.notesWithoutTheme}
            sessions={board.sessions}
            names={names}
            canMove={targets.length > 0}
            selectedIds={selectedNotes}
            onSelect={selectNote}
            onMoveTo={openMove}
          />
        </div>
        {findingLanes.map((lane) => (
          <FindingLaneColumn
            key={lane}
            lane={lane}
            title={laneTitles[lane]}
            findingIds={board.lanes[lane].map((f) => f.id)}
          >
            {board.lanes[lane].map((finding, index, inLane) => (
              <FindingCard
                key={finding.id}
                finding={finding}
                notes={notesOf.get(finding.id) ?? []}
                allNotes={board.notes}
                sessions={board.sessions}
                names={names}
                open={openFindings.has(finding.id)}
                onToggleNotes={toggleNotes}
                editable={editable(finding)}
                canDecide={canDecide}
                selected={selectedFindings.includes(finding.id)}
                onSelect={selectFinding}
                onEdit={setEditingId}
                onUnmerge={setUnmergingId}
                onStep={step}
                isFirst={index === 0}
                isLast={index === inLane.length - 1}
                onMoveNote={openMove}
                onRemoveNote={removeNote}
              />
            ))}
          </FindingLaneColumn>
        ))}
      </div>
      {moving ? (
        <MoveToFindingDialog
          what={plural(moving.noteIds.length, 'note')}
          targets={targets}
          fromFindingId={moving.fromFindingId}
          onClose={() => setMoving(null)}
          onChoose={(findingId) => {
            setMoving(null);
            void moveNotes(moving.noteIds, moving.fromFindingId, findingId);
          }}
        />
      ) : null}
      {editing ? (
        <FindingEditorDialog
          finding={editing}
          canDecide={canDecide}
          onClose={() => setEditingId(null)}
          onSave={(changes: FindingEdits) => {
            setEditingId(null);
            void run(
              () => editFinding(db, actor, editing.id, changes),
              `Saved “${changes.headline ?? editing.headline}”.`,
            );
          }}
        />
      ) : null}
      {unmerging ? (
        <UnmergeDialog
          survivor={unmerging}
          mergedIds={directlyMergedIds(unmerging, board.mergedFrom)}
          mergedFrom={board.mergedFrom}
          onClose={() => setUnmergingId(null)}
          onUnmerge={(ids) => void unmerge(unmerging.id, ids)}
        />
      ) : null}
    </DndContext>
  );
}
