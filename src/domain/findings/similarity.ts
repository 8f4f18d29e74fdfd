import type { Finding } from '../records/finding';
import type { Note } from '../records/note';
import { cosine, documentFrequencies, makeVocabulary, weigh, type TermCounts, type Vocabulary } from './termVectors';

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
  vocabulary: Vocabulary = makeVocabulary(),
): (note: SimilarityNote) => FindingSuggestion[] {
  // A finding's own text and that of the notes it cites, counted once, less the note asked
  // about when the finding cites it (which it then is not a candidate for anyway).
  const counted = new Map<string, TermCounts>();
  const countsOf = (finding: SimilarityFinding) => {
    const known = counted.get(finding.id);
    if (known) return known;
    const text = [finding.headline, finding.explanation, ...finding.noteIds.map((id) => notesById.get(id)?.text ?? '')];
    const counts = vocabulary.countOnce(`finding ${finding.id}`, text.join('\n'));
    counted.set(finding.id, counts);
    return counts;
  };
  return (note) => {
    const themes = new Set(note.themeIds);
    const candidates = findings.filter((f) => themes.has(f.themeId) && !f.noteIds.includes(note.id));
    if (candidates.length === 0) return [];
    const documents = [vocabulary.countOnce(note.id, note.text), ...candidates.map(countsOf)];
    const df = documentFrequencies(documents, vocabulary.size);
    const [noteVector, ...findingVectors] = documents.map((counts) => weigh(counts, df, documents.length));
    if (!noteVector) return [];
    const scratch = new Float64Array(vocabulary.size);
    const suggestions: FindingSuggestion[] = [];
    candidates.forEach((finding, index) => {
      const vector = findingVectors[index];
      const score = vector ? cosine(noteVector, vector, scratch) : 0;
      if (score >= minScore && score > 0) suggestions.push({ findingId: finding.id, score });
    });
    return suggestions.sort(byScoreThenId((suggestion) => suggestion.findingId)).slice(0, limit);
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
function similarPairs(notes: readonly SimilarityNote[], minScore: number, vocabulary: Vocabulary): Pair[] {
  const documents = notes.map((note) => vocabulary.countOnce(note.id, note.text));
  const terms = vocabulary.size;
  const df = documentFrequencies(documents, terms);
  const vectors = documents.map((counts) => weigh(counts, df, notes.length));
  const maxDf = notes.length < keepAllBelow ? Infinity : Math.max(2, notes.length * commonShare);
  // Postings (which notes hold a word, with its weight there) in flat arrays, sized up
  // front; only words in 2..maxDf notes, since the others can make no pair.
  const start = new Int32Array(terms + 1);
  for (let term = 0; term < terms; term += 1) {
    const held = df[term] as number;
    start[term + 1] = (start[term] as number) + (held >= 2 && held <= maxDf ? held : 0);
  }
  const end = start.slice(0, terms);
  const postedNote = new Int32Array(start[terms] as number);
  const postedWeight = new Float64Array(start[terms] as number);
  const dots = new Float64Array(notes.length);
  const touched = new Int32Array(notes.length);
  const pairs: Pair[] = [];
  vectors.forEach((vector, index) => {
    // Only notes earlier in the list are in the postings, so each pair is scored once.
    let touchedCount = 0;
    for (let k = 0; k < vector.terms.length; k += 1) {
      const term = vector.terms[k] as number;
      const first = start[term] as number;
      if (first === start[term + 1]) continue;
      const weight = vector.weights[k] as number;
      const last = end[term] as number;
      for (let p = first; p < last; p += 1) {
        const other = postedNote[p] as number;
        if (dots[other] === 0) touched[touchedCount++] = other;
        dots[other] = (dots[other] as number) + weight * (postedWeight[p] as number);
      }
      postedNote[last] = index;
      postedWeight[last] = weight;
      end[term] = last + 1;
    }
    for (let t = 0; t < touchedCount; t += 1) {
      const other = touched[t] as number;
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
  vocabulary: Vocabulary = makeVocabulary(),
): NoteGroup[] {
  const groupOf = new Map<string, NoteGroup>();
  const groups: NoteGroup[] = [];
  for (const { a, b, score } of similarPairs(notes, minScore, vocabulary)) {
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
