/**
 * Reusable typed arrays for adding up a query's scores by note slot. A stamp per query
 * marks which entries belong to the current query, so nothing is cleared between queries.
 */
export class QueryScratch {
  /** Score of each slot for the current query. */
  score = new Float64Array(0);
  private stamp = new Uint32Array(0);
  /** How many of the query's terms each slot has matched so far. */
  private matched = new Uint16Array(0);
  /** Occurrences of the current term in each slot (a prefix term spans several words). */
  private termCount = new Uint32Array(0);
  private current = 0;

  /**
   * Slots found under every term (a term is a list of postings whose occurrences add up,
   * for a prefix), for which `live` holds. Each term adds idf × (1 + log occurrences).
   */
  intersect(
    terms: { slots: ArrayLike<number>; counts: ArrayLike<number> }[][],
    slotCount: number,
    liveCount: number,
    live: (slot: number) => boolean,
  ): number[] {
    this.ensure(slotCount);
    this.current += 1;
    if (this.current === 0xffffffff) {
      this.stamp.fill(0);
      this.current = 1;
    }
    const { stamp, matched, termCount, score } = this;
    const now = this.current;
    let candidates: number[] = [];
    terms.forEach((postings, k) => {
      const touched: number[] = [];
      for (const { slots, counts } of postings) {
        for (let i = 0; i < slots.length; i += 1) {
          const slot = slots[i] ?? 0;
          const count = counts[i] ?? 0;
          if (k === 0) {
            if (stamp[slot] !== now) {
              if (!live(slot)) continue;
              stamp[slot] = now;
              matched[slot] = 1;
              score[slot] = 0;
              termCount[slot] = count;
              touched.push(slot);
            } else {
              termCount[slot] = (termCount[slot] ?? 0) + count;
            }
          } else if (stamp[slot] === now) {
            const done = matched[slot] ?? 0;
            if (done === k) {
              matched[slot] = k + 1;
              termCount[slot] = count;
              touched.push(slot);
            } else if (done === k + 1) {
              termCount[slot] = (termCount[slot] ?? 0) + count;
            }
          }
        }
      }
      const weight = Math.log(1 + liveCount / Math.max(1, touched.length));
      for (const slot of touched) score[slot] = (score[slot] ?? 0) + weight * (1 + Math.log(termCount[slot] ?? 1));
      if (k === 0) candidates = touched;
    });
    const needed = terms.length;
    return candidates.filter((slot) => matched[slot] === needed);
  }

  private ensure(size: number): void {
    if (this.stamp.length >= size) return;
    const capacity = Math.max(1024, size * 2);
    this.score = new Float64Array(capacity);
    this.stamp = new Uint32Array(capacity);
    this.matched = new Uint16Array(capacity);
    this.termCount = new Uint32Array(capacity);
    this.current = 0;
  }
}
