import { useDeferredValue, useMemo, useState } from 'react';
import type { SuggestionRequest } from '../../../domain/findings/boardSuggestions';
import type { SimilarityNote } from '../../../domain/findings/similarity';
import type { Finding } from '../../../domain/records/finding';
import type { Note } from '../../../domain/records/note';
import { SimilarNoteGroups } from './SimilarNoteGroups';
import { SuggestedFindings, type NoteSuggestions } from './SuggestedFindings';
import { useSuggestions } from './useSuggestions';

type Props = {
  /** The theme's unassigned notes. */
  unassigned: readonly Note[];
  /** The notes selected in the piles. */
  selected: readonly Note[];
  /** The findings this member may add notes to. */
  targets: readonly Finding[];
  notes: ReadonlyMap<string, Note>;
  onAdd: (noteId: string, findingId: string) => void;
  onMakeFinding: (noteIds: string[]) => void;
};

const plain = (note: Note): SimilarityNote => ({ id: note.id, text: note.text, themeIds: note.themeIds });
const groupKey = (noteIds: readonly string[]) => [...noteIds].sort().join(' ');

/**
 * Suggestions, never automatic: findings a selected note may support, and groups of
 * unassigned notes that say similar things. Ignored ones stay hidden while the board is open.
 */
export function BoardSuggestions({ onAdd, onMakeFinding, ...board }: Props) {
  // Suggestions follow the board a moment later, in a render of their own: a move or a
  // selection is drawn first, and the question for the worker is built after that paint.
  const unassigned = useDeferredValue(board.unassigned);
  const selected = useDeferredValue(board.selected);
  const targets = useDeferredValue(board.targets);
  const notes = useDeferredValue(board.notes);
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const ignore = (key: string) => setIgnored((before) => new Set([...before, key]));
  const request = useMemo<SuggestionRequest>(
    () => ({
      unassigned: unassigned.map(plain),
      selected: selected.map(plain),
      findings: targets.map(({ id, themeId, headline, explanation, noteIds }) => ({
        id,
        themeId,
        headline,
        explanation,
        noteIds,
      })),
      citedNotes: targets.flatMap((finding) => finding.noteIds.flatMap((id) => notes.get(id) ?? [])).map(plain),
    }),
    [unassigned, selected, targets, notes],
  );
  const suggestions = useSuggestions(request);
  const findingById = useMemo(() => new Map(targets.map((finding) => [finding.id, finding])), [targets]);
  const selectedById = useMemo(() => new Map(selected.map((note) => [note.id, note])), [selected]);
  const unassignedById = useMemo(() => new Map(unassigned.map((note) => [note.id, note])), [unassigned]);
  if (!suggestions) return null;

  // An answer may be for a board that has moved on since: show only what still stands.
  const forNotes: NoteSuggestions[] = suggestions.forNotes.flatMap(({ noteId, findings }) => {
    const note = selectedById.get(noteId);
    if (!note) return [];
    const shown = findings.flatMap(({ findingId }) => {
      const finding = findingById.get(findingId);
      return finding && !finding.noteIds.includes(noteId) && !ignored.has(`${noteId} ${findingId}`) ? [finding] : [];
    });
    return [{ noteId, noteText: note.text, findings: shown }];
  });
  const groups = suggestions.groups.flatMap(({ noteIds }) => {
    const members = noteIds.flatMap((id) => unassignedById.get(id) ?? []);
    return members.length >= 2 && !ignored.has(groupKey(noteIds)) ? [members] : [];
  });
  return (
    <>
      <SuggestedFindings
        forNotes={forNotes}
        onAdd={onAdd}
        onIgnore={(noteId, findingId) => ignore(`${noteId} ${findingId}`)}
      />
      <SimilarNoteGroups
        groups={groups}
        onMakeFinding={onMakeFinding}
        onIgnore={(noteIds) => ignore(groupKey(noteIds))}
      />
    </>
  );
}
