import type { SuggestionRequest } from '../../domain/findings/boardSuggestions';
import type { SimilarityFinding, SimilarityNote } from '../../domain/findings/similarity';

/**
 * The board's question as it crosses to the worker: notes by id, with the words of only
 * those the worker has not had yet (or had otherwise). The board asks again on every
 * selection and move about the same thousand notes; copying all their text to the worker
 * each time was a main-thread task of tens of milliseconds on a tablet.
 */
export type WireRequest = {
  /** Notes new to the worker, or changed since it last had them. */
  notes: SimilarityNote[];
  unassigned: string[];
  selected: string[];
  citedNotes: string[];
  findings: SimilarityFinding[];
};

const same = (a: SimilarityNote, b: SimilarityNote) =>
  a.text === b.text && a.themeIds.length === b.themeIds.length && a.themeIds.every((id, i) => id === b.themeIds[i]);

/** The board's side: remembers what the worker has been sent. */
export function makeWireEncoder(): { encode(request: SuggestionRequest): WireRequest; forget(): void } {
  let sent = new Map<string, SimilarityNote>();
  return {
    encode(request) {
      const notes: SimilarityNote[] = [];
      const ids = (list: readonly SimilarityNote[]) =>
        list.map((note) => {
          const before = sent.get(note.id);
          if (!before || !same(before, note)) {
            notes.push(note);
            sent.set(note.id, note);
          }
          return note.id;
        });
      return {
        unassigned: ids(request.unassigned),
        selected: ids(request.selected),
        citedNotes: ids(request.citedNotes),
        findings: request.findings,
        notes,
      };
    },
    /** After a worker error: send every note's text again. */
    forget() {
      sent = new Map();
    },
  };
}

/** The worker's side: keeps every note it has been sent, to read questions by id. */
export function makeWireDecoder(): (wire: WireRequest) => SuggestionRequest {
  const known = new Map<string, SimilarityNote>();
  const notesOf = (ids: readonly string[]) => ids.flatMap((id) => known.get(id) ?? []);
  return (wire) => {
    for (const note of wire.notes) known.set(note.id, note);
    return {
      unassigned: notesOf(wire.unassigned),
      selected: notesOf(wire.selected),
      citedNotes: notesOf(wire.citedNotes),
      findings: wire.findings,
    };
  };
}
