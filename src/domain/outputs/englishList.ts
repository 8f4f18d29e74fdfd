/** Words for the small counts a team is made of ("two member peers"); numerals above twenty. */
const numberWords = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** A count in words, as a letter writes it: "two", "eleven", "34". */
export function countInWords(count: number): string {
  return numberWords[count] ?? String(count);
}

/** "a", "a and b", "a, b and c": a list as a sentence says it (no serial comma, as in UK usage). */
export function joinAsList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The first letter in capitals, for a phrase that starts a sentence, line or bullet. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 interview", "34 interviews". */
export function counted(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
