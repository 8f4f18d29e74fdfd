import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { FoundSpan } from './nameMatcher';

const reason = 'A telephone number: it can identify the person it belongs to.';

/** What people put between the digits of a number: spaces (no-break ones too), dots and dashes. */
const separator = '[ \\t\\u00a0\\u202f.\\-\\u2010\\u2011\\u2012\\u2013]';

/**
 * The backstop's runs: anything shaped like the start of a UK number and the digits after
 * it, with separators and brackets between them. A run starts with +44, 0044 or (+44)
 * (then maybe "(0)" or the 0 itself), or with 0 and a digit, bracketed or not:
 * "+44-7700-900123", "+44 (0)-7700-900123", "(0117) 496 0123", "0113.496.0123". It ends
 * where a group of digits ends, never inside a word. Compiled once, on first use.
 */
const international = `\\(?(?:\\+|00)${separator}?44\\)?(?:${separator}{0,3}(?:[([]0[)\\]]|0(?=[1-9])))?${separator}{0,3}\\(?(?=[1-9])`;
/**
 * Letters and digits a number may not touch. Latin letters only: a Unicode letter class
 * (\\p{L}) costs several milliseconds to compile on a slow tablet, and a UK number in an
 * English letter sits beside Latin letters.
 */
const wordCharacter = '[A-Za-z0-9\\u00C0-\\u024F]';
let runPattern: RegExp | undefined;
const runs = () =>
  (runPattern ??= new RegExp(
    `(?<![A-Za-z0-9\\u00C0-\\u024F+])(?:${international}|\\(?(?=0[1-9]))(?:\\)?${separator}{0,3}\\(?\\d)+(?!${wordCharacter})`,
    'g',
  ));
let internationalPrefix: RegExp | undefined;
const prefixOf = (run: string) => (internationalPrefix ??= new RegExp(`^${international}`)).exec(run)?.[0].length ?? 0;

type Range = { start: number; end: number };

/**
 * The UK numbers in one run: 10 or 11 digits counting the leading 0 (+44, and a "(0)"
 * after it, stand for that 0), in at most four groups, the first of at least three digits
 * with its 0 ("020", "0113", "07700"), ending where a group ends. A run holding two numbers
 * ("0117 496 0123 - 0117 496 0124") gives both; a longer figure or a list of small ones
 * ("01 02 03 04 05") gives none.
 */
function numbersInRun(run: string, at: number): Range[] {
  const prefix = prefixOf(run);
  const groups = [...run.slice(prefix).matchAll(/\d+/g)].map((group) => ({
    start: prefix + group.index,
    end: prefix + group.index + group[0].length,
    digits: group[0].length,
  }));
  const found: Range[] = [];
  let first = 0;
  while (first < groups.length) {
    // After +44 the national number's 0 is implied; elsewhere a number starts with its 0.
    const fromPrefix = first === 0 && prefix > 0;
    const last = lastGroupOfNumber(run, groups, first, fromPrefix);
    const opening = groups[first];
    const closing = groups[last];
    if (opening === undefined || closing === undefined) {
      first += 1;
      continue;
    }
    const start = fromPrefix ? 0 : run[opening.start - 1] === '(' ? opening.start - 1 : opening.start;
    found.push({ start: at + start, end: at + closing.end });
    first = last + 1;
  }
  return found;
}

/** The index of the group that ends a number starting at group `first`, or -1. */
function lastGroupOfNumber(
  run: string,
  groups: readonly { start: number; digits: number }[],
  first: number,
  fromPrefix: boolean,
): number {
  const opening = groups[first];
  if (opening === undefined) return -1;
  if (fromPrefix ? opening.digits < 2 : run[opening.start] !== '0' || opening.digits < 3) return -1;
  let digits = fromPrefix ? 1 : 0;
  let last = -1;
  for (let index = first; index < Math.min(groups.length, first + 4) && digits < 11; index += 1) {
    digits += groups[index]?.digits ?? 0;
    if (digits === 10 || digits === 11) last = index;
  }
  return last;
}

/**
 * A bracket belongs to the number only when the number holds its pair: "(0117) 496 0123"
 * keeps its bracket, "(0117 496 0123)" does not (the parser may give either).
 */
function balanced(text: string, range: Range): Range {
  const span = text.slice(range.start, range.end);
  const opened = span.split('(').length - 1;
  const closed = span.split(')').length - 1;
  if (opened > closed && span.startsWith('(')) return { start: range.start + 1, end: range.end };
  if (closed > opened && span.endsWith(')')) return { start: range.start, end: range.end - 1 };
  return range;
}

/**
 * Where a number may be for the parser: digits with spaces, dots, dashes and brackets
 * between them. The parser only reads these (it costs about a third of a millisecond per
 * paragraph otherwise), which also keeps it from reading "…0123, 0800 123 4567" as one
 * number with extension 0800.
 */
const digitRun = /\+?\(?\d(?:[ \u00a0\u202f.()\-\u2010\u2011\u2012\u2013]{0,3}\d)+\)?/g;

/**
 * Telephone numbers in a text: libphonenumber's finds (GB by default) and the UK-shaped
 * backstop, merged. The backstop takes anything shaped like a UK number, valid or not:
 * libphonenumber's validity check drops Ofcom's drama ranges (01632 960xxx, 07700 900xxx,
 * 020 7946 0xxx …) and numbers from ranges not yet allocated, but a real person may still
 * be reached at, or recognised by, one.
 */
export function findPhoneNumbers(text: string): FoundSpan[] {
  if (!/\d/.test(text)) return [];
  const backstop = [...text.matchAll(runs())].flatMap((run) => numbersInRun(run[0], run.index));
  const ranges = [...backstop];
  for (const candidate of text.matchAll(digitRun)) {
    if (candidate[0].replace(/\D/g, '').length < 7) continue;
    // Digits the backstop has already flagged need no parser: it would only find them again
    // (and its first use in a session is the costliest part of the check).
    if (digitsWithin(text, candidate.index, candidate.index + candidate[0].length, backstop)) continue;
    for (const found of findPhoneNumbersInText(candidate[0], 'GB')) {
      ranges.push({ start: candidate.index + found.startsAt, end: candidate.index + found.endsAt });
    }
  }
  return mergeOverlapping(ranges).map((range) => ({ ...balanced(text, range), reason }));
}

/** True when every digit from `start` to `end` lies inside one of `ranges`. */
function digitsWithin(text: string, start: number, end: number, ranges: readonly Range[]): boolean {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) continue;
    if (!ranges.some((range) => index >= range.start && index < range.end)) return false;
  }
  return true;
}

/** One hit per number even when the parser and the backstop disagree about where it ends. */
function mergeOverlapping(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last !== undefined && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
