import {
  groupSimilarNotes,
  findingSuggester,
  type FindingSuggestion,
  type NoteGroup,
  type SimilarityFinding,
  type SimilarityNote,
} from './similarity';

/** What the board asks about: plain records, so the question can cross to a worker. */
export type SuggestionRequest = {
  /** The theme's unassigned notes, grouped by what they say. */
  unassigned: SimilarityNote[];
  /** The notes the manager has selected: each gets the findings it may support. */
  selected: SimilarityNote[];
  /** Findings a note may be added to. */
  findings: SimilarityFinding[];
  /** The notes those findings cite, whose text describes the finding too. */
  citedNotes: SimilarityNote[];
};

export type BoardSuggestions = {
  groups: NoteGroup[];
  forNotes: { noteId: string; findings: FindingSuggestion[] }[];
};

/** The board's suggestions, all computed from the request and nothing else. */
export function suggestForBoard(request: SuggestionRequest): BoardSuggestions {
  const notesById = new Map(request.citedNotes.map((note) => [note.id, note]));
  const suggest = findingSuggester(request.findings, notesById);
  return {
    groups: groupSimilarNotes(request.unassigned),
    forNotes: request.selected.map((note) => ({
      noteId: note.id,
      findings: suggest(note),
    })),
  };
}
