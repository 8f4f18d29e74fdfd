import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { FoundSpan } from './nameMatcher';

const reason = 'A telephone number: it can identify the person it belongs to.';

/**
 * The backstop: anything shaped like a UK number, valid or not. libphonenumber's validity
 * check drops Ofcom's drama ranges (01632 960xxx, 07700 900xxx …) and numbers from ranges
 * not yet allocated, but a real person may still be reached at, or recognised by, one.
 * National ("07700 900123", "(020) 7946 0123", "0113-496-0123") or international
 * ("+44 (0)20 7946 0123", "0044 7700 900123"); spaces, dots and dashes between digits.
 */
const ukShaped =
  /(?<![\p{L}\p{N}+(])(?:(?:\+|00)[ \u00a0]?44[ \u00a0]?(?:\(0\)[ \u00a0]?)?\(?\d|\(0\d{1,4}\)|0\d)(?:[ .\u00a0-]{0,2}\(?\d\)?)+(?![\p{L}\p{N}])/gu;

/** A UK number has 10 or 11 digits counting its leading 0 (+44 and a "(0)" stand for that 0). */
function hasUkLength(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  const national = /^(\+|00)/.test(match) ? `0${digits.replace(/^(00)?44/, '').replace(/^0/, '')}` : digits;
  return national.length === 10 || national.length === 11;
}

/**
 * Where a number may be: digits with spaces, dots, dashes and brackets between them. The
 * parser only reads these (it costs about a third of a millisecond per paragraph otherwise),
 * which also keeps it from reading "…0123, 0800 123 4567" as one number with extension 0800.
 */
const digitRun = /\+?\(?\d(?:[ \u00a0.()-]{0,3}\d)+\)?/g;

/** Telephone numbers in a text: libphonenumber's finds (GB by default) and the UK-shaped backstop, merged. */
export function findPhoneNumbers(text: string): FoundSpan[] {
  if (!/\d/.test(text)) return [];
  const ranges: { start: number; end: number }[] = [];
  for (const candidate of text.matchAll(digitRun)) {
    if (candidate[0].replace(/\D/g, '').length < 7) continue;
    for (const found of findPhoneNumbersInText(candidate[0], 'GB')) {
      ranges.push({ start: candidate.index + found.startsAt, end: candidate.index + found.endsAt });
    }
  }
  for (const match of text.matchAll(ukShaped)) {
    const trimmed = match[0].replace(/[ .\u00a0-]+$/, '');
    if (hasUkLength(trimmed)) ranges.push({ start: match.index, end: match.index + trimmed.length });
  }
  return mergeOverlapping(ranges).map((range) => ({ ...range, reason }));
}

/** One hit per number even when the parser and the backstop disagree about where it ends. */
function mergeOverlapping(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last !== undefined && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
