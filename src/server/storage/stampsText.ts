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

export function stampsToText(stamps: FieldStamps): string {
  // Written as text directly: a push stores hundreds of these, and building the two
  // objects for JSON.stringify cost more than the note's own text. Same JSON.
  const distinct: string[] = [];
  const indexes = new Map<FieldStamp, number>();
  let fields = '';
  let last: FieldStamp | undefined;
  let lastIndex = -1;
  for (const field of Object.keys(stamps)) {
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
