import { tokenise } from './normalise';

/**
 * What the person typed, as the index matches it: every word must match whole, except
 * the last, which matches as a prefix while it is still being typed. A trailing space
 * says the last word is finished.
 */
export type ParsedQuery = {
  /** Words that must occur whole. */
  exact: readonly string[];
  /** The word being typed: any indexed word starting with it matches; null when none. */
  prefix: string | null;
};

export function parseQuery(text: string): ParsedQuery {
  const words = [...new Set(tokenise(text))];
  const finished = /[^\p{L}\p{N}\p{M}]$/u.test(text);
  if (words.length === 0 || finished) return { exact: words, prefix: null };
  const last = words[words.length - 1] ?? '';
  return { exact: words.slice(0, -1).filter((word) => word !== last), prefix: last };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.exact.length === 0 && query.prefix === null;
}
