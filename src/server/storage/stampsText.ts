import type { FieldStamp, FieldStamps } from '../../domain/sync/mergeMutation';

/**
 * Field stamps as stored in `field_stamps`. An edit stamps every field it writes with the
 * same stamp (change number, device, member, time), so a new note's 13 fields held 13
 * copies of it: more text than the note. Stored as `[[stamp, …], {field: index}]`, each
 * distinct stamp once. Rows written before hold the plain `{field: stamp}` object, which
 * is still read.
 */
export function stampsToText(stamps: FieldStamps): string {
  const distinct: FieldStamp[] = [];
  const indexes = new Map<FieldStamp, number>();
  const fields: Record<string, number> = {};
  for (const [field, stamp] of Object.entries(stamps)) {
    let index = indexes.get(stamp);
    if (index === undefined) {
      index = distinct.length;
      distinct.push(stamp);
      indexes.set(stamp, index);
    }
    fields[field] = index;
  }
  return JSON.stringify([distinct, fields]);
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
