import type { FieldStamp, FieldStamps } from '../../domain/sync/mergeMutation';

/**
 * Field stamps as stored in `field_stamps`. An edit stamps every field it writes with the
 * same stamp (change number, device, member, time), so a new note's 13 fields held 13
 * copies of it: more text than the note. Stored as `[[stamp, …], {field: index}]`, each
 * distinct stamp once. Rows written before hold the plain `{field: stamp}` object, which
 * is still read.
 */
const quotedFields = new Map<string, string>();
/** `"field":`, kept per field name: records have a few dozen. */
function quoted(field: string): string {
  let text = quotedFields.get(field);
  if (text === undefined) {
    text = `${JSON.stringify(field)}:`;
    if (quotedFields.size < 1000) quotedFields.set(field, text);
  }
  return text;
}

/** `{"field":0,…}` by the field names (as JSON) of records whose every field has one stamp. */
const oneStampFields = new Map<string, string>();
/**
 * The last field list and its text: a push's records are mostly of one type with the same
 * fields, and comparing names costs less than the JSON of the list as a key.
 */
let lastFields: readonly string[] = [];
let lastText = '';
function sameFields(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The usual case, a new record: every field has the one stamp of the edit that made it.
 * Its text is put together by native calls and a cached field list, with no loop of our
 * own: a server just started runs its JavaScript unoptimised for thousands of notes, and
 * there the general loop below cost ~5 µs a note, against ~1 µs once optimised.
 */
function oneStampText(stamps: FieldStamps, fields: string[]): string | undefined {
  const first = fields.length > 0 ? stamps[fields[0] ?? ''] : undefined;
  if (first === undefined || !fields.every((field) => stamps[field] === first)) return undefined;
  let text = sameFields(lastFields, fields) ? lastText : undefined;
  if (text === undefined) {
    const names = JSON.stringify(fields);
    text = oneStampFields.get(names);
    if (text === undefined) {
      text = `{${fields.map((field) => `${quoted(field)}0`).join(',')}}`;
      if (oneStampFields.size < 1000) oneStampFields.set(names, text);
    }
    lastFields = fields;
    lastText = text;
  }
  return `[[${JSON.stringify(first)}],${text}]`;
}

export function stampsToText(stamps: FieldStamps): string {
  // Written as text directly: a push stores hundreds of these, and building the two
  // objects for JSON.stringify cost more than the note's own text. Same JSON.
  const fieldNames = Object.keys(stamps);
  const oneStamp = oneStampText(stamps, fieldNames);
  if (oneStamp !== undefined) return oneStamp;
  const distinct: string[] = [];
  const indexes = new Map<FieldStamp, number>();
  let fields = '';
  let last: FieldStamp | undefined;
  let lastIndex = -1;
  for (const field of fieldNames) {
    const stamp = stamps[field];
    if (stamp === undefined) continue;
    // The fields one edit wrote share one stamp, and come one after another.
    if (stamp !== last) {
      let index = indexes.get(stamp);
      if (index === undefined) {
        index = distinct.length;
        distinct.push(JSON.stringify(stamp));
        indexes.set(stamp, index);
      }
      last = stamp;
      lastIndex = index;
    }
    fields += `${fields ? ',' : ''}${quoted(field)}${lastIndex}`;
  }
  return `[[${distinct.join(',')}],{${fields}}]`;
}

type SharedStamps = [FieldStamp[], Record<string, number>];

export function stampsFromText(text: string): FieldStamps {
  const parsed = JSON.parse(text) as SharedStamps | FieldStamps;
  if (!Array.isArray(parsed)) return parsed;
  const [distinct, fields] = parsed;
  const stamps: FieldStamps = {};
  for (const [field, index] of Object.entries(fields)) {
    const stamp = distinct[index];
    if (!stamp) throw new Error(`stored field stamp ${index} of ${field} is missing`);
    stamps[field] = stamp;
  }
  return stamps;
}
