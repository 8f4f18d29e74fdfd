import { tokenise } from '../search/normalise';

/**
 * Texts as weighted word vectors for the similarity suggestions. Words are numbered once,
 * so a vector is two typed arrays and comparing two is array reads, not string hashing:
 * the board asks this about 1,000 notes at a time, in a worker, on a tablet.
 */

/** Words that say nothing about what a note is about; they would make every note alike. */
const stopWords = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into ' +
    'is it its me my no not of on or our she so than that the their them they there this those to too us was ' +
    'we were what when where which who will with would you your'
  ).split(' '),
);

/** A text's distinct words (as numbers, in the order first seen) and how often each occurs. */
export type TermCounts = { terms: Int32Array; counts: Int32Array };
/** A text's words, weighted, of unit length: `weights[i]` is the weight of `terms[i]`. */
export type TermVector = { terms: Int32Array; weights: Float64Array };

/**
 * Numbers words as texts are counted; one per set of texts compared with each other. It
 * also remembers what it counted under a key (a note's id), so a board asking again about
 * the same notes — after a selection or a move — does not read their words again.
 */
export type Vocabulary = {
  count(text: string): TermCounts;
  /** `count`, remembered under `key` while the text stays the same. */
  countOnce(key: string, text: string): TermCounts;
  /** Forgets the texts not counted since the last call (notes gone from the board). */
  forgetUnused(): void;
  readonly size: number;
};

/** Stop words are numbered -1: one map lookup a word tells both what it is and whether it counts. */
const stop = -1;

export function makeVocabulary(): Vocabulary {
  const numbers = new Map<string, number>([...stopWords].map((word) => [word, stop]));
  let size = 0;
  // For each word number: the text that last counted it and where in that text's arrays
  // (grown by doubling: plain arrays with holes are slow to index).
  let seenIn = new Int32Array(1024);
  let slot = new Int32Array(1024);
  let texts = 0;
  const grow = () => {
    const [oldSeen, oldSlot] = [seenIn, slot];
    seenIn = new Int32Array(oldSeen.length * 2);
    slot = new Int32Array(oldSlot.length * 2);
    seenIn.set(oldSeen);
    slot.set(oldSlot);
  };
  const count = (text: string): TermCounts => {
    texts += 1;
    const terms: number[] = [];
    const counts: number[] = [];
    for (const word of tokenise(text)) {
      let term = numbers.get(word);
      if (term === stop) continue;
      if (term === undefined) {
        term = size;
        size += 1;
        numbers.set(word, term);
        if (term === seenIn.length) grow();
      }
      if (seenIn[term] === texts) {
        const at = slot[term] as number;
        counts[at] = (counts[at] as number) + 1;
      } else {
        seenIn[term] = texts;
        slot[term] = terms.length;
        terms.push(term);
        counts.push(1);
      }
    }
    return { terms: Int32Array.from(terms), counts: Int32Array.from(counts) };
  };
  let remembered = new Map<string, { text: string; counts: TermCounts }>();
  let used = new Map<string, { text: string; counts: TermCounts }>();
  return {
    get size() {
      return size;
    },
    count,
    countOnce(key, text) {
      const known = used.get(key) ?? remembered.get(key);
      const entry = known && known.text === text ? known : { text, counts: count(text) };
      used.set(key, entry);
      return entry.counts;
    },
    forgetUnused() {
      remembered = used;
      used = new Map();
    },
  };
}

/** How many of the texts hold each word, indexed by word number. */
export function documentFrequencies(documents: readonly TermCounts[], vocabularySize: number): Int32Array {
  const df = new Int32Array(vocabularySize);
  for (const { terms } of documents) {
    for (let i = 0; i < terms.length; i += 1) {
      const term = terms[i] as number;
      df[term] = (df[term] as number) + 1;
    }
  }
  return df;
}

/**
 * The unit vector of one text among `total` texts whose document frequencies are `df`,
 * weighted by how rare each word is. The weight never reaches zero (log(1 + N/df)), so
 * two notes out of two sharing a word still match.
 */
export function weigh({ terms, counts }: TermCounts, df: Int32Array, total: number): TermVector {
  const weights = new Float64Array(terms.length);
  let squares = 0;
  for (let i = 0; i < terms.length; i += 1) {
    const weight = (1 + Math.log(counts[i] as number)) * Math.log(1 + total / (df[terms[i] as number] || 1));
    weights[i] = weight;
    squares += weight * weight;
  }
  const length = Math.sqrt(squares);
  if (length > 0) for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] as number) / length;
  return { terms, weights };
}

/**
 * The cosine of two unit vectors. `scratch` is a zeroed array as long as the vocabulary,
 * left zeroed; the shorter vector is walked, in its order, so equal inputs give equal bits.
 */
export function cosine(a: TermVector, b: TermVector, scratch: Float64Array): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  for (let i = 0; i < large.terms.length; i += 1) scratch[large.terms[i] as number] = large.weights[i] as number;
  let sum = 0;
  for (let i = 0; i < small.terms.length; i += 1) {
    const other = scratch[small.terms[i] as number] as number;
    if (other !== 0) sum += (small.weights[i] as number) * other;
  }
  for (let i = 0; i < large.terms.length; i += 1) scratch[large.terms[i] as number] = 0;
  return sum;
}
