import type { IndexedNote } from './indexedNote';
import { tokenise } from './normalise';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parseQuery';
import { makeNoteFilter, noFilters, type SearchFilters, type SessionGroups } from './searchFilters';

type IndexedDoc<T> = {
  note: T;
  /** Milliseconds of updatedAt: the tie-break, newest first. */
  recency: number;
  /** Each distinct word with how often it occurs, so a remove touches only its postings. */
  words: Map<string, number>;
};

export type SearchHit<T> = { note: T; score: number };

export type SearchRequest = {
  text: string;
  filters?: SearchFilters;
  /** Stakeholder groups of each session; needed only when filtering by stakeholder group. */
  sessionGroups?: SessionGroups;
};

export type SearchResult<T> = { query: ParsedQuery; hits: SearchHit<T>[] };

/** What one `sync` changed, so a caller knows whether results need recomputing. */
export type SyncChanges = { added: number; replaced: number; removed: number };

/**
 * A full-text index of notes held in memory only: it is rebuilt from the database at
 * start and never written anywhere, because notes will be encryptable at rest and a
 * plain-text index beside them would undo that. Every word must match (AND); the last
 * word typed matches as a prefix; results rank by how often the words occur, weighted
 * so rare words count more, and newest first among equals.
 */
export class NoteSearchIndex<T extends IndexedNote = IndexedNote> {
  private readonly docs = new Map<string, IndexedDoc<T>>();
  /** word → note id → occurrences */
  private readonly postings = new Map<string, Map<string, number>>();

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Adds a note or replaces the indexed version of it; a deleted note is removed. */
  upsert(note: T): void {
    this.remove(note.id);
    if (note.deleted) return;
    const words = new Map<string, number>();
    for (const word of tokenise(`${note.text} ${note.documentReference ?? ''}`)) words.set(word, (words.get(word) ?? 0) + 1);
    for (const [word, count] of words) {
      let posting = this.postings.get(word);
      if (!posting) {
        posting = new Map();
        this.postings.set(word, posting);
      }
      posting.set(note.id, count);
    }
    this.docs.set(note.id, { note, recency: Date.parse(note.updatedAt) || 0, words });
  }

  remove(id: string): boolean {
    const doc = this.docs.get(id);
    if (!doc) return false;
    for (const word of doc.words.keys()) {
      const posting = this.postings.get(word);
      posting?.delete(id);
      if (posting?.size === 0) this.postings.delete(word);
    }
    this.docs.delete(id);
    return true;
  }

  /**
   * Brings the index to exactly `notes` (the live list from the database): notes whose
   * id and updatedAt are unchanged are left alone, so an edit or a pull costs only the
   * notes it touched.
   */
  sync(notes: readonly T[]): SyncChanges {
    const changes: SyncChanges = { added: 0, replaced: 0, removed: 0 };
    const seen = new Set<string>();
    for (const note of notes) {
      if (note.deleted) continue;
      seen.add(note.id);
      const doc = this.docs.get(note.id);
      if (doc && doc.note.updatedAt === note.updatedAt) continue;
      this.upsert(note);
      if (doc) changes.replaced += 1;
      else changes.added += 1;
    }
    for (const id of [...this.docs.keys()]) {
      if (!seen.has(id) && this.remove(id)) changes.removed += 1;
    }
    return changes;
  }

  search(request: SearchRequest): SearchResult<T> {
    const query = parseQuery(request.text);
    const filter = makeNoteFilter(request.filters ?? noFilters, request.sessionGroups ?? new Map());
    const scores = isEmptyQuery(query) ? this.everyNote() : this.matching(query);
    const hits: (SearchHit<T> & { recency: number })[] = [];
    for (const [id, score] of scores) {
      const doc = this.docs.get(id);
      if (doc && (!filter || filter(doc.note))) hits.push({ note: doc.note, score, recency: doc.recency });
    }
    hits.sort((a, b) => b.score - a.score || b.recency - a.recency || (a.note.id < b.note.id ? -1 : 1));
    return { query, hits: hits.map(({ note, score }) => ({ note, score })) };
  }

  private everyNote(): Map<string, number> {
    return new Map([...this.docs.keys()].map((id) => [id, 0]));
  }

  /** Notes holding every word, each scored; empty as soon as one word matches nothing. */
  private matching(query: ParsedQuery): Map<string, number> {
    const lists: ReadonlyMap<string, number>[] = [];
    for (const word of query.exact) {
      const posting = this.postings.get(word);
      if (!posting) return new Map();
      lists.push(posting);
    }
    if (query.prefix !== null) {
      const merged = this.prefixPosting(query.prefix);
      if (merged.size === 0) return new Map();
      lists.push(merged);
    }
    // Walk the shortest list and look the others up: cost follows the rarest word.
    const [shortest, ...others] = lists
      .map((list) => ({ list, weight: Math.log(1 + this.docs.size / list.size) }))
      .sort((a, b) => a.list.size - b.list.size);
    const scores = new Map<string, number>();
    if (!shortest) return scores;
    outer: for (const [id, firstCount] of shortest.list) {
      let score = shortest.weight * (1 + Math.log(firstCount));
      for (const { list, weight } of others) {
        const count = list.get(id);
        if (count === undefined) continue outer;
        score += weight * (1 + Math.log(count));
      }
      scores.set(id, score);
    }
    return scores;
  }

  /** Every note holding a word that starts with `prefix`, with the summed occurrences. */
  private prefixPosting(prefix: string): ReadonlyMap<string, number> {
    const merged = new Map<string, number>();
    for (const [word, posting] of this.postings) {
      if (!word.startsWith(prefix)) continue;
      for (const [id, count] of posting) merged.set(id, (merged.get(id) ?? 0) + count);
    }
    return merged;
  }
}
