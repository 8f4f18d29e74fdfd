import { isOrdinaryWord } from './ordinaryWords';
import { allCapitals, foldName, opensSentence, startsWithCapital, textWords, withoutPossessive } from './textWords';
import type { TextWord } from './textWords';

/** A span of a text the check flags, before it is tied to its record. */
export type FoundSpan = { start: number; end: number; reason: string };

/** Titles that put a person's name after them ("Cllr Patel", "Dr. A. Jones"). Compared folded. */
export const nameTitles: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'doctor',
  'cllr',
  'councillor',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'revd',
  'reverend',
  'baroness',
  'baron',
  'canon',
  'rabbi',
  'imam',
];
const titles = new Set(nameTitles);

/**
 * Titles that still mark a name when written in lower case ("councillor Smith", "cllr
 * Jones", "dr Patel"): all but those that are also ordinary words before a capital ("we
 * miss Fridays", "a doctor Who fan", "the lady Chapel"), which need their capital.
 */
const ordinaryBeforeCapital = new Set(['miss', 'doctor', 'lord', 'lady', 'baron', 'canon']);
const titlesInLowerCase = new Set(nameTitles.filter((title) => !ordinaryBeforeCapital.has(title)));

/**
 * Words that are never treated as part of a name even when the manager recorded them with
 * one ("Sarah Jones, Head of HR"): titles, linking words and the words of job titles.
 * Without this every "Head" or "Finance" in the letter would be flagged as a name.
 */
const notNameParts = new Set([
  ...nameTitles,
  'and',
  'of',
  'the',
  'for',
  'from',
  'with',
  'head',
  'director',
  'deputy',
  'assistant',
  'chief',
  'executive',
  'officer',
  'manager',
  'lead',
  'leader',
  'member',
  'cabinet',
  'portfolio',
  'holder',
  'council',
  'councillors',
  'chair',
  'mayor',
  'service',
  'services',
  'team',
  'staff',
  'hr',
  'finance',
]);

/**
 * Particles of a surname ("van" in Ludwig van Beethoven, "al" in Omar al Rashid): left out
 * only in the middle of a name, where they join the surname, and as the particle piece of
 * a joined one ("bin" in "bin-Laden"). As a person's first name, or a part they are called
 * by alone (Ben Carter, Di Evans, Al Hassan, Del Mason), they are names like any other.
 */
const particles = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ben',
]);

/** Months that are also first names: "in May 2025" is a date, not a person. */
const monthNames = new Set(['april', 'may', 'june', 'july', 'august']);

export type NameList = {
  /** Every folded part of every name ("grace", "hope", "okonkwo-smith", "okonkwo", "smith"). */
  parts: ReadonlySet<string>;
  /** The parts that are not ordinary English words: flagged in lower case too ("okonkwo", not "hope"). */
  notWords: ReadonlySet<string>;
  /** Whole names of two or more parts, by their first part: flagged even in lower case. */
  wholeNames: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Every folded word that may start a hit (parts, first parts of whole names, titles): the rest are passed over at once. */
  lookFor: ReadonlySet<string>;
};

/** The names to look for, folded once for the whole output. */
export function prepareNames(names: readonly string[]): NameList {
  const parts = new Set<string>();
  const wholeNames = new Map<string, string[][]>();
  for (const name of names) {
    const words = textWords(name)
      .map((word) => foldName(word.raw))
      .filter((word) => !titles.has(word) && word.length >= 2);
    words.forEach((word, index) => {
      const insideName = index > 0 && index < words.length - 1;
      if (!(insideName && particles.has(word)) && !notNameParts.has(word)) parts.add(word);
      if (!word.includes('-')) return;
      for (const piece of word.split('-')) {
        if (piece.length >= 2 && !particles.has(piece) && !notNameParts.has(piece)) parts.add(piece);
      }
    });
    const first = words[0];
    if (first !== undefined && words.length >= 2) {
      const list = wholeNames.get(first) ?? [];
      list.push(words);
      wholeNames.set(first, list);
    }
  }
  const notWords = new Set([...parts].filter((part) => !isOrdinaryWord(part)));
  return { parts, notWords, wholeNames, lookFor: new Set([...parts, ...wholeNames.keys(), ...titles]) };
}

const isNamePart = (list: NameList, folded: string) =>
  list.parts.has(folded) || withoutPossessive(folded).some((form) => list.parts.has(form));

/** A name part that is no ordinary English word, so in lower case it is still the name ("okonkwo’s"). */
const isNameNotWord = (list: NameList, raw: string) =>
  withoutPossessive(foldName(raw)).some((form) => list.notWords.has(form));

const hasHyphen = (raw: string) => raw.includes('-') || raw.includes('‐');

/**
 * Whether a word can start a hit at all: a listed part or first name, a title, or a joined
 * word whose pieces may be. Most words of a letter are none, and are passed over with one
 * or two look-ups, which keeps the first check of a session quick too.
 */
function mayStartHit(list: NameList, folded: string, raw: string): boolean {
  if (list.lookFor.has(folded) || hasHyphen(raw)) return true;
  const last = folded.charCodeAt(folded.length - 1);
  // "hope's", "jones'": only words ending in an apostrophe or 's can be possessives.
  if (last !== 39 && !(last === 115 && folded.charCodeAt(folded.length - 2) === 39)) return false;
  return withoutPossessive(folded).some((form) => list.lookFor.has(form));
}

/** A word's own span, or the spans of its hyphen-joined pieces, that match a name part. */
function namePartSpans(word: TextWord, folded: string, list: NameList): TextWord[] {
  if (isNamePart(list, folded)) return [word];
  if (!hasHyphen(word.raw)) return [];
  const pieces: TextWord[] = [];
  let offset = 0;
  for (const piece of word.raw.split(/[-‐]/)) {
    const found = { start: word.start + offset, end: word.start + offset + piece.length, raw: piece };
    if (piece.length > 0 && isNamePart(list, foldName(piece))) pieces.push(found);
    offset += piece.length + 1;
  }
  return pieces;
}

/** "Jenkins et al.": the Latin "and others", not Al. */
const isEtAl = (words: readonly TextWord[], index: number, folded: string) =>
  folded === 'al' && words[index - 1]?.raw.toLowerCase() === 'et';

/** "May 2025", "12 May", "1st June": a month, not a person ("May said" is still May). */
function isDate(text: string, span: TextWord): boolean {
  if (!monthNames.has(foldName(span.raw))) return false;
  const after = text.slice(span.end, span.end + 3);
  const before = text.slice(Math.max(0, span.start - 8), span.start);
  return /^[ \u00a0,]*\d/.test(after) || /(?:^|\D)\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+$/.test(before);
}

const spaces = /^[ \t\u00a0]+$/;
const dotThenSpaces = /^\.[ \t\u00a0]+$/;

/**
 * A title and the capitalised words after it, up to four ("Dr. A. B. Jones", "cllr Jones"). A full stop
 * may follow the title or an initial only, so "…met Mr Smith. The council…" stops at Smith.
 * A title in capitals ("MS") needs a name in capitals, so "MS Society" is not a person.
 */
function nameAfterTitle(
  text: string,
  words: readonly TextWord[],
  folded: string,
  index: number,
): { end: number; next: number } | null {
  const title = words[index];
  if (title === undefined || !titles.has(folded)) return null;
  if (!(startsWithCapital(title.raw) ? titles.has(folded) : titlesInLowerCase.has(folded))) return null;
  const titleInCapitals = allCapitals(title.raw);
  let previous = title;
  let end = -1;
  let next = index + 1;
  while (next < words.length && next <= index + 4) {
    const word = words[next];
    if (word === undefined) break;
    const gap = text.slice(previous.end, word.start);
    const mayHaveStop = previous === title || previous.raw.length === 1;
    if (!spaces.test(gap) && !(mayHaveStop && dotThenSpaces.test(gap))) break;
    if (!startsWithCapital(word.raw) || (titleInCapitals && !allCapitals(word.raw) && word.raw.length > 1)) break;
    end = word.end;
    previous = word;
    next += 1;
  }
  return end < 0 ? null : { end, next };
}

/** A whole listed name of two or more words from `index`, in any capitalisation. */
function wholeNameAt(text: string, words: readonly TextWord[], folded: string, index: number, list: NameList): number {
  const candidates = list.wholeNames.get(folded) ?? [];
  for (const name of candidates) {
    const matches = name.every((part, offset) => {
      const word = words[index + offset];
      if (word === undefined) return false;
      const previous = words[index + offset - 1];
      if (offset > 0 && previous !== undefined && !/^\s+$/.test(text.slice(previous.end, word.start))) return false;
      const folded = foldName(word.raw);
      return offset === name.length - 1 ? withoutPossessive(folded).includes(part) : folded === part;
    });
    if (matches) return name.length;
  }
  return 0;
}

type NameHit = TextWord & { why: 'title' | 'listed' | 'lower case' | 'lower case part' | 'sentence start' };

const reasons: Record<NameHit['why'], string> = {
  title:
    'A title (Mr, Ms, Dr, Cllr …) followed by a name: it names a person, whether or not they are on the team’s lists.',
  listed: 'The name, or part of the name, of a team member or of someone the team met.',
  'lower case': 'The full name of a team member or of someone the team met, written in lower case.',
  'lower case part':
    'Written in lower case, but the name, or part of the name, of a team member or of someone the team met, and not an ordinary English word.',
  'sentence start':
    'Starts a sentence and is also the name, or part of the name, of a team member or of someone the team met: if it is the ordinary word here, accept it with that reason.',
};

/**
 * Names in a text: listed names and their parts written with a capital (any capitalisation
 * from "Hope" to "HOPE", with or without accents, possessives included), whole listed names
 * in any case, and a name after a title. A name part in lower case is flagged unless it is
 * an ordinary English word: "there is hope" is the word, "okonkwo" is still the name. At the
 * start of a sentence a capital proves nothing, so a lone name part there is flagged with
 * its own reason: missing a name is the worse error.
 */
export function findNames(text: string, list: NameList): FoundSpan[] {
  const words = textWords(text);
  const hits: NameHit[] = [];
  let index = 0;
  while (index < words.length) {
    const word = words[index];
    if (word === undefined) break;
    const folded = foldName(word.raw);
    if (!mayStartHit(list, folded, word.raw)) {
      index += 1;
      continue;
    }
    const titled = nameAfterTitle(text, words, folded, index);
    if (titled !== null) {
      hits.push({ start: word.start, end: titled.end, raw: text.slice(word.start, titled.end), why: 'title' });
      index = titled.next;
      continue;
    }
    const wholeLength = wholeNameAt(text, words, folded, index, list);
    if (wholeLength > 0) {
      const last = words[index + wholeLength - 1] ?? word;
      const raw = text.slice(word.start, last.end);
      hits.push({ start: word.start, end: last.end, raw, why: startsWithCapital(raw) ? 'listed' : 'lower case' });
      index += wholeLength;
      continue;
    }
    for (const span of namePartSpans(word, folded, list)) {
      if (isDate(text, span)) continue;
      if (startsWithCapital(span.raw)) {
        hits.push({ ...span, why: opensSentence(text, span.start) ? 'sentence start' : 'listed' });
      } else if (isNameNotWord(list, span.raw) && !isEtAl(words, index, folded)) {
        hits.push({ ...span, why: 'lower case part' });
      }
    }
    index += 1;
  }
  return mergeNeighbours(text, hits).map(({ start, end, why }) => ({ start, end, reason: reasons[why] }));
}

/** "Grace Hope" is one hit, not two: names next to each other on one line are one name. */
function mergeNeighbours(text: string, hits: readonly NameHit[]): NameHit[] {
  const merged: NameHit[] = [];
  for (const hit of hits) {
    const previous = merged.at(-1);
    if (previous !== undefined && spaces.test(text.slice(previous.end, hit.start))) {
      const why = previous.why === 'title' || hit.why === 'title' ? 'title' : 'listed';
      merged[merged.length - 1] = {
        start: previous.start,
        end: hit.end,
        raw: text.slice(previous.start, hit.end),
        why,
      };
    } else {
      merged.push(hit);
    }
  }
  return merged;
}
