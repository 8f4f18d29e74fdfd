import type { Note } from '../records/note';

/** The fields of a note the index keeps beside its words: what filters and ranking read. */
export type IndexedNote = Pick<
  Note,
  | 'id'
  | 'sessionId'
  | 'text'
  | 'evidenceType'
  | 'themeIds'
  | 'scopeQuestionIds'
  | 'stance'
  | 'isQuote'
  | 'authorId'
  | 'updatedAt'
  | 'createdAt'
> &
  Partial<Pick<Note, 'deleted' | 'documentReference'>>;
