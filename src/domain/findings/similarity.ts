import type { Finding } from '../records/finding';
import type { Note } from '../records/note';
import { tokenise } from '../search/normalise';

/**
 * Which notes and findings say similar things: TF-IDF weighted cosine similarity over
 * their words, as the search sees them. Only ever a suggestion: nothing here moves a note.
 * Written directly, not with a library: the hand-written search index beat MiniSearch on
 * the figures (bench/RESULTS.md), and sparse vectors keep this O(notes · words).
 */

/** What similarity reads of a note. */
export type SimilarityNote = Pick<Note, 'id' | 'text' | 'themeIds'>;
/** What similarity reads of a finding. */
export type SimilarityFinding = Pick<Finding, 'id' | 'themeId' | 'headline' | 'explanation' | 'noteIds'>;

export type FindingSuggestion = { findingId: string; score: number };
export type NoteGroup = { noteIds: string[]; score: number };

/** Words that say nothing about what a note is about; they would make every note alike. */
const stopWords = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into ' +
    'is it its me my no not of on or our she so than that the their them they there this those to too us was ' +
    'we were what when where which who will with would you your'
  ).split(' '),
);

/** A document's words, weighted: term → weight, of unit length. */
type Vector = Map<string, number>;

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of tokenise(text)) {
    if (stopWords.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Unit vectors for documents, weighted by how rare each word is among them. The weight
 * never reaches zero (log(1 + N/df)), so two notes out of two sharing a word still match.
 */
function vectorise(documents: readonly Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const counts of documents) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const total = documents.length;
  return documents.map((counts) => {
    const vector: Vector = new Map();
    let squares = 0;
    for (const [term, count] of counts) {
      const weight = (1 + Math.log(count)) * Math.log(1 + total / (df.get(term) ?? 1));
      vector.set(term, weight);
      squares += weight * weight;
    }
    const length = Math.sqrt(squares);
    if (length > 0) for (const [term, weight] of vector) vector.set(term, weight / length);
    return vector;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

const byScoreThenId =
  <T extends { score: number }>(id: (item: T) => string) =>
  (a: T, b: T) =>
    b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);

type SuggestOptions = { limit?: number; minScore?: number };

/**
 * The findings a note may support, best first: findings of the note's themes that do not
 * cite it yet, compared by headline, explanation and the text of the notes they cite.
 */
export function suggestFindingsForNote(
  note: SimilarityNote,
  findings: readonly SimilarityFinding[],
  notesById: ReadonlyMap<string, SimilarityNote>,
  options: SuggestOptions = {},
): FindingSuggestion[] {
  return findingSuggester(findings, notesById, options)(note);
}

/**
 * `suggestFindingsForNote` for many notes against the same findings: each finding's words
 * are counted once, not once per note.
 */
export function findingSuggester(
  findings: readonly SimilarityFinding[],
  notesById: ReadonlyMap<string, SimilarityNote>,
  { limit = 3, minScore = 0.15 }: SuggestOptions = {},
): (note: SimilarityNote) => FindingSuggestion[] {
  // A finding's own text and that of the notes it cites, counted once, less the note asked
  // about when the finding cites it (which it then is not a candidate for anyway).
  const counted = new Map<string, Map<string, number>>();
  const countsOf = (finding: SimilarityFinding) => {
    const known = counted.get(finding.id);
    if (known) return known;
    const text = [finding.headline, finding.explanation, ...finding.noteIds.map((id) => notesById.get(id)?.text ?? '')];
    const counts = termCounts(text.join('\n'));
    counted.set(finding.id, counts);
    return counts;
  };
  return (note) => {
    const themes = new Set(note.themeIds);
    const candidates = findings.filter((f) => themes.has(f.themeId) && !f.noteIds.includes(note.id));
    if (candidates.length === 0) return [];
    const [noteVector, ...findingVectors] = vectorise([termCounts(note.text), ...candidates.map(countsOf)]);
    if (!noteVector) return [];
    return candidates
      .map((finding, index) => ({
        findingId: finding.id,
        score: cosine(noteVector, findingVectors[index] ?? new Map()),
      }))
      .filter((suggestion) => suggestion.score >= minScore && suggestion.score > 0)
      .sort(byScoreThenId((suggestion) => suggestion.findingId))
      .slice(0, limit);
  };
}

type Pair = { a: string; b: string; score: number };

/**
 * Words in more than this share of a big pile are left out when looking for alike pairs:
 * each weighs little (it is in most notes) yet would make every note a candidate for every
 * other, the n² that 1,000 notes cannot afford. Small piles keep every word.
 */
const commonShare = 0.1;
const keepAllBelow = 200;

/** Every pair of notes at least `minScore` alike, found through the words they share. */
function similarPairs(notes: readonly SimilarityNote[], minScore: number): Pair[] {
  const vectors = vectorise(notes.map((note) => termCounts(note.text)));
  const df = new Map<string, number>();
  for (const vector of vectors) for (const term of vector.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const maxDf = notes.length < keepAllBelow ? Infinity : Math.max(2, notes.length * commonShare);
  const postings = new Map<string, { indexes: number[]; weights: number[] }>();
  const dots = new Float64Array(notes.length);
  const pairs: Pair[] = [];
  vectors.forEach((vector, index) => {
    // Only notes earlier in the list are in the postings, so each pair is scored once.
    const touched: number[] = [];
    for (const [term, weight] of vector) {
      if ((df.get(term) ?? 0) > maxDf) continue;
      const list = postings.get(term);
      if (list) {
        for (let i = 0; i < list.indexes.length; i += 1) {
          const other = list.indexes[i] as number;
          if (dots[other] === 0) touched.push(other);
          dots[other] = (dots[other] as number) + weight * (list.weights[i] as number);
        }
        list.indexes.push(index);
        list.weights.push(weight);
      } else postings.set(term, { indexes: [index], weights: [weight] });
    }
    for (const other of touched) {
      // Rounded, so the order notes arrive in cannot turn a tie into a win by a last bit.
      const score = Math.round((dots[other] as number) * 1e9) / 1e9;
      dots[other] = 0;
      if (score < minScore) continue;
      const [x, y] = [notes[other]?.id ?? '', notes[index]?.id ?? ''];
      pairs.push(x < y ? { a: x, b: y, score } : { a: y, b: x, score });
    }
  });
  return pairs.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}

/**
 * Candidate groups of notes that say similar things, most alike first. Greedy: the most
 * alike pair not yet grouped starts a group; a note joins the group of the note it is
 * most alike (until the group is full); two groups never join, so one common word cannot
 * chain the whole pile into one group. Ties go by note id, so the answer is the same every time.
 */
export function groupSimilarNotes(
  notes: readonly SimilarityNote[],
  { minScore = 0.3, maxGroupSize = 6 }: { minScore?: number; maxGroupSize?: number } = {},
): NoteGroup[] {
  const groupOf = new Map<string, NoteGroup>();
  const groups: NoteGroup[] = [];
  for (const { a, b, score } of similarPairs(notes, minScore)) {
    const [inA, inB] = [groupOf.get(a), groupOf.get(b)];
    if (inA && inB) continue;
    if (!inA && !inB) {
      const group = { noteIds: [a, b], score };
      groups.push(group);
      groupOf.set(a, group).set(b, group);
      continue;
    }
    const group = (inA ?? inB) as NoteGroup;
    if (group.noteIds.length >= maxGroupSize) continue;
    const joining = inA ? b : a;
    group.noteIds.push(joining);
    groupOf.set(joining, group);
  }
  return groups;
}
