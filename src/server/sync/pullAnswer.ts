import type { PullResponse, Change } from '../../domain/sync/protocol';
import type { RecordJson } from '../storage/storage';

/** One change of a pull as the server holds it: the record as JSON, stored or made. */
export type ChangeText = { recordType: Change['recordType']; recordJson: RecordJson };

/** A pull's answer before it is written: the PullResponse, its records still as text. */
export type PullAnswer = Omit<PullResponse, 'changes'> & { changes: readonly ChangeText[] };

const starts = new Map<string, Buffer>();
/** `{"recordType":"note","record":` as bytes, made once per record type. */
function changeStart(recordType: Change['recordType']): Buffer {
  let start = starts.get(recordType);
  if (start === undefined) {
    start = Buffer.from(`{"recordType":${JSON.stringify(recordType)},"record":`);
    starts.set(recordType, start);
  }
  return start;
}

const opening = Buffer.from('{"changes":[');
const between = Buffer.from('},');
const closing = Buffer.from('}');

/**
 * The answer as the UTF-8 bytes of a PullResponse, ready to send. Each record goes out as
 * it was stored (validated when it was written): parsing thousands of records only to
 * stringify them again was a third of a pull's time. The answer's size is counted first
 * and each record copied or encoded straight into it: a page's text joined into one
 * string and then encoded took 5–10 times as long (bench/RESULTS.md, 3 December).
 */
export function pullAnswerBytes({ changes, ...rest }: PullAnswer): Uint8Array<ArrayBuffer> {
  // `rest` always holds the versions, so its text is never `{}`.
  const end = `],${JSON.stringify(rest).slice(1)}`;
  let size = opening.length + Buffer.byteLength(end) + (changes.length > 0 ? closing.length : 0);
  for (const [index, change] of changes.entries()) {
    const json = change.recordJson;
    size += (index > 0 ? between.length : 0) + changeStart(change.recordType).length;
    size += typeof json === 'string' ? Buffer.byteLength(json) : json.length;
  }
  const answer = Buffer.allocUnsafe(size);
  answer.set(opening, 0);
  let at = opening.length;
  for (const [index, change] of changes.entries()) {
    if (index > 0) {
      answer.set(between, at);
      at += between.length;
    }
    const start = changeStart(change.recordType);
    answer.set(start, at);
    at += start.length;
    const json = change.recordJson;
    if (typeof json === 'string') at += answer.write(json, at);
    else {
      answer.set(json, at);
      at += json.length;
    }
  }
  if (changes.length > 0) {
    answer.set(closing, at);
    at += closing.length;
  }
  at += answer.write(end, at);
  if (at !== size) throw new Error(`pull answer is ${at} bytes, counted ${size}`);
  return answer;
}
