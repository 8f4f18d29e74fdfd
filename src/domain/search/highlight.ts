import { normaliseWord } from './normalise';
import type { ParsedQuery } from './parseQuery';

/** A piece of text to show, marked when it is a word the search matched. */
export type TextSegment = { text: string; match: boolean };

export function matchesQuery(word: string, query: ParsedQuery): boolean {
  return query.exact.includes(word) || (query.prefix !== null && word.startsWith(query.prefix));
}

const wordRun = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * An excerpt of at most about `maxLength` characters, starting a little before the first
 * matched word so the match is in view, cut into plain and matched segments. Notes can
 * be pages long and a result row shows a few lines, so words are read only up to the
 * end of the excerpt: this runs for every visible row on every keystroke.
 */
export function highlightExcerpt(text: string, query: ParsedQuery, maxLength = 240): TextSegment[] {
  const words = text.matchAll(wordRun);
  let first: { start: number; end: number } | undefined;
  for (const match of words) {
    if (matchesQuery(normaliseWord(match[0]), query)) {
      first = { start: match.index, end: match.index + match[0].length };
      break;
    }
  }
  const lead = Math.min(60, Math.floor(maxLength / 4));
  let start = first ? Math.max(0, first.start - lead) : 0;
  // Start on a word boundary, not mid-word.
  if (first && start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > first.start ? first.start : space + 1;
  }
  const end = Math.min(text.length, start + maxLength);
  const segments: TextSegment[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece.length > 0) segments.push({ text: piece, match });
  };
  if (start > 0) push('…', false);
  let cursor = start;
  const mark = (span: { start: number; end: number }) => {
    push(text.slice(cursor, span.start), false);
    push(text.slice(span.start, span.end), true);
    cursor = span.end;
  };
  if (first && first.end <= end) {
    mark(first);
    // The iterator carries on after the first match.
    for (const match of words) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (span.end > end) break;
      if (matchesQuery(normaliseWord(match[0]), query)) mark(span);
    }
  }
  push(text.slice(cursor, end), false);
  if (end < text.length) push('…', false);
  return segments;
}
