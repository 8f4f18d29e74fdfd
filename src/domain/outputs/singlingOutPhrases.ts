import type { FoundSpan } from './nameMatcher';

/**
 * Roles one person holds at a council or its partners: naming the role names the person.
 * "…" means the role needs what follows ("the Head of Housing"); any role may take an
 * "of …"/"for …" ("the Director of Children's Services", "the Portfolio Holder for Adults").
 */
export const defaultSingleRoles: readonly string[] = [
  'leader',
  'deputy leader',
  'council leader',
  'deputy council leader',
  'opposition leader',
  'chief executive',
  'deputy chief executive',
  'chief exec',
  'deputy chief exec',
  'ceo',
  'deputy ceo',
  'managing director',
  'chief operating officer',
  'chief finance officer',
  'chief financial officer',
  'director',
  'executive director',
  'corporate director',
  'strategic director',
  'assistant director',
  'deputy director',
  'finance director',
  'dcs',
  'dass',
  'dph',
  'head of …',
  'portfolio holder',
  'cabinet member',
  'lead member',
  'monitoring officer',
  'section 151 officer',
  's151 officer',
  's.151 officer',
  'statutory scrutiny officer',
  'mayor',
  'lord mayor',
  'deputy mayor',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'vice-chair',
  'co-chair',
  'deputy chair',
  'chief whip',
  'chief constable',
  'police and crime commissioner',
  'principal social worker',
  'caldicott guardian',
  'senior information risk owner',
  'data protection officer',
  'returning officer',
  'town clerk',
  'chief nurse',
  'accountable officer',
];

/** After "the only", words that make it about a thing, not a person ("the only way forward"). */
const notAPerson = new Set([
  'way',
  'ways',
  'option',
  'options',
  'thing',
  'things',
  'time',
  'place',
  'exception',
  'reason',
  'issue',
  'area',
  'answer',
  'solution',
  'choice',
  'route',
  'difference',
  'question',
  'means',
  'source',
  'risk',
  'problem',
  'concern',
  'change',
  'evidence',
  'example',
  'factor',
  'measure',
  'document',
  'plan',
  'priority',
  'strategy',
  'guarantee',
  'requirement',
  'constraint',
  'barrier',
  'council',
  'councils',
  'authority',
  'authorities',
  'organisation',
  'borough',
  'county',
]);

/** Words that end an "only …" phrase (linking words and common verbs): what follows says more about the person, not who. */
const phraseEnds = new Set(
  'who whom whose that which to in of on at for with is was are were has had have and or but not from by as than be been being will would can could should may might did does do said says told felt feels spoke speaks noted described raised explained reported left agreed thought believes believed mentioned commented suggested'.split(
    ' ',
  ),
);

const space = '[ \\t\\u00a0]+';
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrasePattern = (phrase: string) =>
  phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.split('-').map(escape).join('[-‐ ]'))
    .join(space);

/**
 * The default roles and "the only" are English words, so their patterns use Latin letter
 * classes: a case-insensitive Unicode pattern this size costs V8 about 10 ms to compile on
 * first use, a tenth of the check's budget on a slow tablet.
 */
const letter = 'A-Za-z\\u00C0-\\u024F';
const determiners = `the|your|our|their|its|this|that|his|her|whose|(?:the${space})?[${letter}]+['’]s`;
const connectors = new Set(['and', '&', 'of', 'the', 'for', 'in']);

type Word = { start: number; end: number; raw: string };

/** The words from `from`, one space apart, up to `max`: the tail of a role or of "the only". */
function followingWords(text: string, from: number, max: number): Word[] {
  const words: Word[] = [];
  const pattern = /[ \t\u00a0]+([\p{L}\p{N}&][\p{L}\p{N}&'’-]*)/uy;
  pattern.lastIndex = from;
  while (words.length < max) {
    const match = pattern.exec(text);
    const raw = match?.[1];
    if (match === null || raw === undefined) break;
    const end = pattern.lastIndex;
    words.push({ start: end - raw.length, end, raw });
  }
  return words;
}

const capitalised = (word: string) => /^[\p{Lu}\p{N}]/u.test(word);

/**
 * Where "of …"/"for …" after a role ends: the capitalised words of a department ("of
 * Children's Services and Education"); for "of" in lower case, the next word ("of finance").
 * Returns `from` when there is no tail.
 */
function tailEnd(text: string, from: number): number {
  const link = /[ \t\u00a0]+(of|for)(?=[ \t\u00a0])/iy;
  link.lastIndex = from;
  const linked = link.exec(text);
  if (linked === null) return from;
  const words = followingWords(text, link.lastIndex, 7);
  let end = -1;
  for (const word of words) {
    if (capitalised(word.raw)) end = word.end;
    else if (!connectors.has(word.raw.toLowerCase())) break;
  }
  if (end >= 0) return end;
  if (linked[1]?.toLowerCase() !== 'of') return from;
  const plain = words.find((word) => word.raw.toLowerCase() !== 'the');
  return plain === undefined ? from : plain.end;
}

const roleReason = 'A role that one person holds: naming the role points at them.';
const onlyReason = '“The only …” points at one person.';
const extraReason = 'A role the manager listed for this engagement: naming it points at the person who holds it.';

export type SinglingOutPatterns = { roles: RegExp; extra: RegExp | null };

/** The default roles' pattern, built once on first use (the same for every output). */
let defaultRoles: RegExp | undefined;
function defaultRolesPattern(): RegExp {
  if (defaultRoles) return defaultRoles;
  const roles = [...defaultSingleRoles]
    .map((role) => role.replace(/ (of|for) …$/, ''))
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
  defaultRoles = new RegExp(
    `(?<![${letter}0-9'’-])(?:(${determiners})${space})?(${roles})(['’]s)?(?![${letter}0-9-])`,
    'gi',
  );
  return defaultRoles;
}

/** The last engagement's own roles and their pattern: the same list is checked again and again. */
let lastExtra: { key: string; pattern: RegExp | null } | undefined;
function extraRolesPattern(extraRoles: readonly string[]): RegExp | null {
  const key = JSON.stringify(extraRoles);
  if (lastExtra?.key === key) return lastExtra.pattern;
  const extras = extraRoles
    .filter((role) => /[\p{L}\p{N}]/u.test(role))
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern);
  const pattern =
    extras.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${extras.join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'giu');
  lastExtra = { key, pattern };
  return pattern;
}

/** The patterns for one output: the default roles and the manager's own. */
export function prepareSinglingOut(extraRoles: readonly string[]): SinglingOutPatterns {
  return { roles: defaultRolesPattern(), extra: extraRolesPattern(extraRoles) };
}

/** "head of …" is matched as "head" and kept only with its "of …". */
const needsTail = new Set(
  defaultSingleRoles.filter((role) => role.endsWith(' …')).map((role) => role.replace(/ (of|for) …$/, '')),
);
const normalRole = (role: string) => role.toLowerCase().replace(/[\s‐-]+/g, ' ');

/** "a CEO", "any Chief Executive": one of many, not the person who holds the role here. */
const afterIndefinite = (text: string, at: number) =>
  /(?:^|[^\p{L}])(?:a|an|any|each|every|another|no|one)[ \t\u00a0]+$/iu.test(text.slice(Math.max(0, at - 12), at));

/**
 * Senior roles with a determiner ("the Leader", "your chief executive", "the council's
 * Monitoring Officer"), in any case; without one only when written as a title ("Chief
 * Executive", "CEO"; not "a CEO"), since "a director" or "leaders" is not one person. Plurals and longer words
 * ("leaders", "leadership") never match.
 */
function findRoles(text: string, pattern: RegExp): FoundSpan[] {
  const found: FoundSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    const [whole, determiner, role = '', possessive] = match;
    const roleWords = role.split(/[\s‐-]+/).filter((word) => !connectors.has(word.toLowerCase()));
    if (determiner === undefined && (!roleWords.every(capitalised) || afterIndefinite(text, match.index))) continue;
    const end = match.index + whole.length;
    const withTail = possessive === undefined ? tailEnd(text, end) : end;
    if (needsTail.has(normalRole(role)) && withTail === end) continue;
    found.push({ start: match.index, end: withTail, reason: roleReason });
  }
  return found;
}

/** "It's only", "that's only": contractions, not possessives. */
const notPossessors = new Set(
  'it that there here what who he she let where how this which one everyone everybody someone somebody nobody'.split(
    ' ',
  ),
);

/**
 * "the only woman on the panel", "its sole social worker", "the team's only social worker",
 * "Kent's only …": up to three words after "only".
 */
function findOnlyPhrases(text: string): FoundSpan[] {
  // Most paragraphs have neither word; the phrase pattern would try every word of them.
  if (!/only|sole/i.test(text)) return [];
  const found: FoundSpan[] = [];
  for (const match of text.matchAll(
    /(?<![A-Za-z\u00C0-\u024F0-9'’])(?:the|its|their|our|your|his|her|(?:the[ \t\u00a0]+)?([A-Za-z\u00C0-\u024F]+)['’]s)[ \t\u00a0]+(?:only|sole)(?![A-Za-z\u00C0-\u024F0-9])/gi,
  )) {
    const possessor = match[1];
    if (possessor !== undefined && notPossessors.has(possessor.toLowerCase())) continue;
    const after = match.index + match[0].length;
    const words: Word[] = [];
    for (const word of followingWords(text, after, 3)) {
      if (phraseEnds.has(word.raw.toLowerCase())) break;
      words.push(word);
    }
    const first = words[0];
    const last = words.at(-1);
    if (first === undefined || last === undefined || notAPerson.has(first.raw.toLowerCase())) continue;
    found.push({ start: match.index, end: last.end, reason: onlyReason });
  }
  return found;
}

/** Phrases that single one person out: senior roles, "the only …", and the manager's roles. */
export function findSinglingOut(text: string, patterns: SinglingOutPatterns): FoundSpan[] {
  const extra =
    patterns.extra === null
      ? []
      : [...text.matchAll(patterns.extra)].map((match) => ({
          start: match.index,
          end: match.index + match[0].length,
          reason: extraReason,
        }));
  return [...findRoles(text, patterns.roles), ...findOnlyPhrases(text), ...extra];
}
