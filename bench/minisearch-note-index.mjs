// The note index on MiniSearch, for the search benchmark only (`--minisearch`): the same
// interface and behaviour as src/domain/search/noteSearchIndex.ts (every word must match,
// the last typed as a prefix, the same tokenise, the same filters, newest first among
// equal scores, sync/upsert/remove/holds), so the two are measured on the same notes and
// queries. Written as the app's index in TypeScript, it passed every test of
// noteSearchIndex.test.ts; the figures kept the hand-written index (bench/RESULTS.md,
// "Search index: hand-written vs MiniSearch"), so it lives here as plain JavaScript.
import MiniSearch from 'minisearch';
import { tokenise } from '../src/domain/search/normalise';
import { isEmptyQuery, parseQuery } from '../src/domain/search/parseQuery';
import { makeNoteFilter, noFilters } from '../src/domain/search/searchFilters';

/**
 * Equal scores can differ in their last bit, because MiniSearch adds a note's word
 * scores in an order that depends on what was indexed before: scores are compared to
 * nine decimals, so equal notes fall back to newest first whatever the index's history.
 */
const scoreStep = 1e9;

/** The one field MiniSearch indexes: a note's text and its document reference, searched as one. */
const wordsField = 'words';

export class NoteSearchIndex {
  notes = new Map();
  words = new MiniSearch({
    fields: [wordsField],
    storeFields: [],
    extractField: (note, field) => (field === wordsField ? `${note.text} ${note.documentReference ?? ''}` : note.id),
    tokenize: tokenise,
    // tokenise already lowercases and strips accents.
    processTerm: (word) => word,
  });
  /** Every note newest first (ties by id), and each note's place in that order; null when stale. */
  newestFirst = null;

  get size() {
    return this.notes.size;
  }

  has(id) {
    return this.notes.has(id);
  }

  upsert(note) {
    this.remove(note.id);
    if (note.deleted) return;
    this.words.add(note);
    this.notes.set(note.id, note);
    this.newestFirst = null;
  }

  /** Takes the note out with exactly the version indexed (`remove` is synchronous; `discard` leaves clean-up to a timer). */
  remove(id) {
    const indexed = this.notes.get(id);
    if (!indexed) return false;
    this.words.remove(indexed);
    this.notes.delete(id);
    this.newestFirst = null;
    return true;
  }

  holds(note) {
    const indexed = this.notes.get(note.id);
    return note.deleted ? indexed === undefined : indexed?.updatedAt === note.updatedAt;
  }

  sync(notes) {
    const changes = { added: 0, replaced: 0, removed: 0 };
    const seen = new Set();
    for (const note of notes) {
      if (note.deleted) continue;
      seen.add(note.id);
      const indexed = this.notes.get(note.id);
      if (indexed && indexed.updatedAt === note.updatedAt) continue;
      this.upsert(note);
      if (indexed) changes.replaced += 1;
      else changes.added += 1;
    }
    for (const id of [...this.notes.keys()]) {
      if (!seen.has(id) && this.remove(id)) changes.removed += 1;
    }
    return changes;
  }

  search(request) {
    const query = parseQuery(request.text);
    const filter = makeNoteFilter(request.filters ?? noFilters, request.sessionGroups ?? new Map());
    const order = this.order();
    if (isEmptyQuery(query)) {
      const notes = filter ? order.notes.filter(filter) : order.notes;
      return { query, hits: notes.map((note) => ({ note, score: 0 })) };
    }
    const terms = query.prefix === null ? query.exact : [...query.exact, query.prefix];
    const last = terms.length - 1;
    const hits = [];
    const found = this.words.search(terms.join(' '), {
      combineWith: 'AND',
      // Only the word still being typed matches as a prefix; none is fuzzy.
      prefix: (_word, i) => query.prefix !== null && i === last,
      fuzzy: false,
    });
    for (const { id, score } of found) {
      const note = this.notes.get(String(id));
      if (note && (!filter || filter(note))) hits.push({ note, score: Math.round(score * scoreStep) / scoreStep });
    }
    const { rank } = order;
    hits.sort((a, b) => b.score - a.score || (rank.get(a.note.id) ?? 0) - (rank.get(b.note.id) ?? 0));
    return { query, hits };
  }

  order() {
    if (this.newestFirst) return this.newestFirst;
    const notes = [...this.notes.values()]
      .map((note) => ({ note, time: Date.parse(note.updatedAt) || 0 }))
      .sort((a, b) => b.time - a.time || (a.note.id < b.note.id ? -1 : 1))
      .map(({ note }) => note);
    this.newestFirst = { notes, rank: new Map(notes.map((note, place) => [note.id, place])) };
    return this.newestFirst;
  }
}
