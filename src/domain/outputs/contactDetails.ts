import type { FoundSpan } from './nameMatcher';

/** An address: the @ has a name before it and a domain with a dot after it. */
const emailAddress = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * A handle: an @ that starts a word, then a name ("@jsmith", "@Team_Lead", and a Mastodon
 * "@jo@social.example", which is one handle, not an email). "meet @ 10" is not a handle.
 */
const handle =
  /(?<![\p{L}\p{N}._%+'@-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?/gu;

const spans = (text: string, pattern: RegExp, reason: string): FoundSpan[] =>
  [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, reason }));

export function findEmailAddresses(text: string): FoundSpan[] {
  if (!text.includes('@')) return [];
  return spans(text, emailAddress, 'An email address: it can identify the person it belongs to.');
}

export function findHandles(text: string): FoundSpan[] {
  if (!text.includes('@')) return [];
  return spans(text, handle, 'A social media or messaging handle: it can identify the person it belongs to.');
}
