import { z } from 'zod';

/**
 * Every word's occurrences in four flat lists, so a whole index crosses from a worker to
 * the page as a few transferred buffers and one list of words, not tens of thousands of
 * small arrays copied one by one. Word k's note slots are `slots[starts[k]]` up to
 * `slots[starts[k + 1]]`, with the counts at the same places.
 */
export const packedPostingsSchema = z
  .object({
    keys: z.array(z.string()),
    starts: z.instanceof(Uint32Array),
    slots: z.instanceof(Uint32Array),
    counts: z.instanceof(Uint32Array),
  })
  .refine(
    (packed) =>
      packed.starts.length === packed.keys.length + 1 &&
      packed.slots.length === packed.counts.length &&
      packed.starts[packed.keys.length] === packed.slots.length,
    { message: 'postings lists do not line up' },
  );

export type PackedPostings = z.infer<typeof packedPostingsSchema>;

/** Occurrences of one word: parallel lists of note slots and counts (views into a packed index until first added to). */
export type Posting = { slots: number[] | Uint32Array; counts: number[] | Uint32Array };

export function packPostings(postings: ReadonlyMap<string, Posting>): PackedPostings {
  const keys = [...postings.keys()];
  const starts = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((key, k) => {
    starts[k] = total;
    total += postings.get(key)?.slots.length ?? 0;
  });
  starts[keys.length] = total;
  const slots = new Uint32Array(total);
  const counts = new Uint32Array(total);
  keys.forEach((key, k) => {
    const posting = postings.get(key);
    if (!posting) return;
    slots.set(posting.slots, starts[k]);
    counts.set(posting.counts, starts[k]);
  });
  return { keys, starts, slots, counts };
}

/** The postings as views into the packed lists: nothing is copied. */
export function unpackPostings(packed: PackedPostings): Map<string, Posting> {
  const postings = new Map<string, Posting>();
  const { keys, starts, slots, counts } = packed;
  for (let k = 0; k < keys.length; k += 1) {
    const from = starts[k] ?? 0;
    const to = starts[k + 1] ?? from;
    postings.set(keys[k] ?? '', { slots: slots.subarray(from, to), counts: counts.subarray(from, to) });
  }
  return postings;
}
