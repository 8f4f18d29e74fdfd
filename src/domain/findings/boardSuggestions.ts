import {
  groupSimilarNotes,
  findingSuggester,
  type FindingSuggestion,
  type NoteGroup,
  type SimilarityFinding,
  type SimilarityNote,
} from './similarity';
import { makeVocabulary } from './termVectors';

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

/** Same notes with the same words, in the same order: the same groups. */
function samePile(a: readonly SimilarityNote[], b: readonly SimilarityNote[]): boolean {
  return a.length === b.length && a.every((note, i) => note.id === b[i]?.id && note.text === b[i]?.text);
}

/**
 * Answers the board's questions, remembering between them what it counted: the board asks
 * again on every selection and move, mostly about the same pile, so the pile's groups are
 * kept while it is unchanged and a note's words are read once while its text is.
 * Each answer is the one `suggestForBoard` gives for the request alone.
 */
export function makeBoardSuggester(): (request: SuggestionRequest) => BoardSuggestions {
  const vocabulary = makeVocabulary();
  let last: { unassigned: SimilarityNote[]; groups: NoteGroup[] } | null = null;
  return (request) => {
    const regroup = !last || !samePile(last.unassigned, request.unassigned);
    const groups = regroup ? groupSimilarNotes(request.unassigned, {}, vocabulary) : (last?.groups ?? []);
    last = { unassigned: request.unassigned, groups };
    const notesById = new Map(request.citedNotes.map((note) => [note.id, note]));
    const suggest = findingSuggester(request.findings, notesById, {}, vocabulary);
    const forNotes = request.selected.map((note) => ({ noteId: note.id, findings: suggest(note) }));
    // Only after a regrouping has counted the whole pile: a pile kept unchanged is not
    // counted again, and its words must not be forgotten for the move that changes it.
    if (regroup) vocabulary.forgetUnused();
    return { groups, forNotes };
  };
}

/** The board's suggestions, all computed from the request and nothing else. */
export function suggestForBoard(request: SuggestionRequest): BoardSuggestions {
  return makeBoardSuggester()(request);
}
