/**
 * The distinct words of the index in sorted order, so the words starting with a prefix
 * are one binary search away. New words wait in a small unsorted buffer, merged in
 * when it grows, so adding a note never re-sorts everything.
 */
export class Vocabulary {
  private sorted: string[] = [];
  private pending: string[] = [];

  add(word: string): void {
    this.pending.push(word);
    if (this.pending.length > 512) this.merge();
  }

  /** Replaces the whole vocabulary (after the index drops words). */
  reset(words: Iterable<string>): void {
    this.sorted = [...words].sort();
    this.pending = [];
  }

  /** Every word starting with `prefix`. */
  startingWith(prefix: string): string[] {
    const words: string[] = [];
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sorted[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.sorted.length; i += 1) {
      const word = this.sorted[i] ?? '';
      if (!word.startsWith(prefix)) break;
      words.push(word);
    }
    for (const word of this.pending) if (word.startsWith(prefix)) words.push(word);
    return words;
  }

  private merge(): void {
    this.sorted = this.sorted.concat(this.pending).sort();
    this.pending = [];
  }
}
