import type { IndexedNote } from './indexedNote';
import { tokenise } from './normalise';
import { packPostings, unpackPostings, type PackedPostings, type Posting } from './packedPostings';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parseQuery';
import { QueryScratch } from './queryScratch';
import { makeNoteFilter, noFilters, type SearchFilters, type SessionGroups } from './searchFilters';
import { Vocabulary } from './vocabulary';

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
 * A whole index as built elsewhere (a worker), to be taken over as it is: the notes in
 * slot order, every slot live, and the postings packed.
 */
export type PackedNoteIndex<T> = { notes: T[]; postings: PackedPostings; shortPrefixes: PackedPostings };

/**
 * Prefixes this short have their own postings (occurrences of all words starting with
 * them): the first key typed matches most notes through hundreds of words, the slowest
 * search of all. Measured over 5,000 notes: one letter halves that search and costs
 * the build about a tenth more; two letters gained little more and made the build half
 * as slow again.
 */
const shortPrefixLength = 1;

/** Adds one entry; true when the key is new. */
function addTo(postings: Map<string, Posting>, key: string, slot: number, count: number): boolean {
  const posting = postings.get(key);
  if (posting) {
    // A packed index's postings are fixed-length views: a word's first new occurrence copies it.
    const slots = Array.isArray(posting.slots) ? posting.slots : Array.from(posting.slots);
    const counts = Array.isArray(posting.counts) ? posting.counts : Array.from(posting.counts);
    slots.push(slot);
    counts.push(count);
    posting.slots = slots;
    posting.counts = counts;
    return false;
  }
  postings.set(key, { slots: [slot], counts: [count] });
  return true;
}

/**
 * A full-text index of notes held in memory only: it is rebuilt from the database at
 * start and never written anywhere, because notes will be encryptable at rest and a
 * plain-text index beside them would undo that. Every word must match (AND); the last
 * word typed matches as a prefix; results rank by how often the words occur, weighted
 * so rare words count more, and newest first among equals.
 *
 * Each version of a note gets a numbered slot; a replaced or removed note's slot is
 * marked dead rather than taken out of every word's list, and the lists are compacted
 * when dead slots outnumber live ones. Queries add up scores in typed arrays indexed by
 * slot: a search over 5,000 notes allocates almost nothing, which keeps it fast on
 * slow tablets where garbage collection would otherwise dominate.
 */
export class NoteSearchIndex<T extends IndexedNote = IndexedNote> {
  private readonly slotOf = new Map<string, number>();
  /** Note in each slot; undefined once the slot is dead. */
  private notes: (T | undefined)[] = [];
  private recency: number[] = [];
  private postings = new Map<string, Posting>();
  private shortPrefixes = new Map<string, Posting>();
  private readonly vocabulary = new Vocabulary();
  private readonly scratch = new QueryScratch();
  /** Live slots newest first (ties by id); null when stale. */
  private newestFirst: { slots: number[] } | null = null;

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds a note or replaces the indexed version of it; a deleted note is removed. */
  upsert(note: T): void {
    this.remove(note.id);
    if (note.deleted) return;
    const slot = this.notes.length;
    this.newestFirst = null;
    this.notes.push(note);
    this.recency.push(Date.parse(note.updatedAt) || 0);
    this.slotOf.set(note.id, slot);
    // Sorted, equal words sit together and so do words sharing a short prefix: one pass
    // counts both without a map per note (this loop is most of the cost of opening search).
    const words = tokenise(`${note.text} ${note.documentReference ?? ''}`).sort();
    const prefixes = Array.from({ length: shortPrefixLength }, () => ({ key: '', count: 0 }));
    const flushPrefix = (length: number) => {
      const open = prefixes[length - 1];
      if (open && open.count > 0) addTo(this.shortPrefixes, open.key, slot, open.count);
    };
    for (let i = 0; i < words.length;) {
      const word = words[i] ?? '';
      let end = i + 1;
      while (end < words.length && words[end] === word) end += 1;
      const count = end - i;
      i = end;
      if (addTo(this.postings, word, slot, count)) this.vocabulary.add(word);
      for (let length = 1; length <= shortPrefixLength; length += 1) {
        const open = prefixes[length - 1];
        if (!open) continue;
        const key = word.length >= length ? word.slice(0, length) : '';
        if (key !== open.key) {
          flushPrefix(length);
          open.key = key;
          open.count = 0;
        }
        if (key !== '') open.count += count;
      }
    }
    for (let length = 1; length <= shortPrefixLength; length += 1) flushPrefix(length);
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.notes[slot] = undefined;
    this.slotOf.delete(id);
    this.newestFirst = null;
    if (this.notes.length > 1000 && this.notes.length > 2 * this.slotOf.size) this.compact();
    return true;
  }

  /** Whether this version of the note (by id and updatedAt) is what the index holds. */
  holds(note: T): boolean {
    const slot = this.slotOf.get(note.id);
    return note.deleted ? slot === undefined : slot !== undefined && this.notes[slot]?.updatedAt === note.updatedAt;
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
      const slot = this.slotOf.get(note.id);
      const indexed = slot === undefined ? undefined : this.notes[slot];
      if (indexed && indexed.updatedAt === note.updatedAt) continue;
      this.upsert(note);
      if (indexed) changes.replaced += 1;
      else changes.added += 1;
    }
    for (const id of [...this.slotOf.keys()]) {
      if (!seen.has(id) && this.remove(id)) changes.removed += 1;
    }
    return changes;
  }

  /** The whole index in a form that crosses to another thread cheaply (dead slots dropped first). */
  pack(): PackedNoteIndex<T> {
    if (this.notes.length > this.slotOf.size) this.compact();
    const notes: T[] = [];
    for (const note of this.notes) if (note) notes.push(note);
    return { notes, postings: packPostings(this.postings), shortPrefixes: packPostings(this.shortPrefixes) };
  }

  /** Replaces everything with an index packed elsewhere (`pack`), with no word read again. */
  restore(packed: PackedNoteIndex<T>): void {
    this.notes = [...packed.notes];
    this.recency = this.notes.map((note) => (note ? Date.parse(note.updatedAt) || 0 : 0));
    this.slotOf.clear();
    this.notes.forEach((note, slot) => {
      if (note) this.slotOf.set(note.id, slot);
    });
    this.postings = unpackPostings(packed.postings);
    this.shortPrefixes = unpackPostings(packed.shortPrefixes);
    this.vocabulary.reset(this.postings.keys());
    this.newestFirst = null;
  }

  search(request: SearchRequest): SearchResult<T> {
    const query = parseQuery(request.text);
    const filter = makeNoteFilter(request.filters ?? noFilters, request.sessionGroups ?? new Map());
    const empty = isEmptyQuery(query);
    const order = this.order();
    // Found notes walked in newest-first order, so each score's notes come out in that
    // order; then score by score, highest first. The same order as sorting by score and
    // then recency, without a comparison sort (a first letter finds nearly every note,
    // and most of them share a handful of scores).
    const found = empty ? null : this.foundSlots(query);
    const { score } = this.scratch; // after the query: it may have grown the scratch
    const byScore = new Map<number, T[]>();
    const hits: SearchHit<T>[] = [];
    for (const slot of order.slots) {
      if (found && found[slot] !== 1) continue;
      const note = this.notes[slot];
      if (!note || (filter && !filter(note))) continue;
      if (!found) {
        hits.push({ note, score: 0 });
        continue;
      }
      const value = score[slot] ?? 0;
      const same = byScore.get(value);
      if (same) same.push(note);
      else byScore.set(value, [note]);
    }
    for (const value of [...byScore.keys()].sort((a, b) => b - a))
      for (const note of byScore.get(value) ?? []) hits.push({ note, score: value });
    return { query, hits };
  }

  /** 1 in each slot whose note holds every word of the query (scores left in the scratch). */
  private foundSlots(query: ParsedQuery): Uint8Array {
    const found = new Uint8Array(this.notes.length);
    for (const slot of this.matchingSlots(query)) found[slot] = 1;
    return found;
  }

  /** Live slots newest first, worked out again only after the notes changed. */
  private order(): { slots: number[] } {
    if (this.newestFirst) return this.newestFirst;
    const { recency, notes } = this;
    const slots = [...this.slotOf.values()].sort(
      (a, b) => (recency[b] ?? 0) - (recency[a] ?? 0) || ((notes[a]?.id ?? '') < (notes[b]?.id ?? '') ? -1 : 1),
    );
    this.newestFirst = { slots };
    return this.newestFirst;
  }

  /** Live slots holding every word of the query, with their scores left in the scratch. */
  private matchingSlots(query: ParsedQuery): number[] {
    const terms: Posting[][] = query.exact.map((word) => {
      const posting = this.postings.get(word);
      return posting ? [posting] : [];
    });
    if (query.prefix !== null) {
      const prefix = query.prefix;
      const short = prefix.length <= shortPrefixLength ? this.shortPrefixes.get(prefix) : undefined;
      const words = prefix.length <= shortPrefixLength ? [] : this.vocabulary.startingWith(prefix);
      terms.push(short ? [short] : words.flatMap((word) => this.postings.get(word) ?? []));
    }
    if (terms.some((postings) => postings.length === 0)) return [];
    const live = this.notes;
    return this.scratch.intersect(terms, this.notes.length, this.slotOf.size, (slot) => live[slot] !== undefined);
  }

  /** Renumbers live slots densely and drops dead ones from every word's list. */
  private compact(): void {
    const renumber = new Int32Array(this.notes.length).fill(-1);
    const notes: T[] = [];
    const recency: number[] = [];
    this.notes.forEach((note, slot) => {
      if (!note) return;
      renumber[slot] = notes.length;
      this.slotOf.set(note.id, notes.length);
      notes.push(note);
      recency.push(this.recency[slot] ?? 0);
    });
    for (const postings of [this.postings, this.shortPrefixes]) {
      for (const [key, posting] of postings) {
        const slots: number[] = [];
        const counts: number[] = [];
        posting.slots.forEach((slot, i) => {
          const next = renumber[slot] ?? -1;
          if (next >= 0) {
            slots.push(next);
            counts.push(posting.counts[i] ?? 0);
          }
        });
        if (slots.length === 0) postings.delete(key);
        else postings.set(key, { slots, counts });
      }
    }
    this.vocabulary.reset(this.postings.keys());
    this.newestFirst = null;
    this.notes = notes;
    this.recency = recency;
  }
}
