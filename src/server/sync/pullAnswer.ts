import type { PullResponse, Change } from '../../domain/sync/protocol';
import type { RecordJson } from '../storage/storage';

/** One change of a pull as the server holds it: the record as JSON, stored or made. */
export type ChangeText = { recordType: Change['recordType']; recordJson: RecordJson };

/** A pull's answer before it is written: the PullResponse, its records still as text. */
export type PullAnswer = Omit<PullResponse, 'changes'> & { changes: readonly ChangeText[] };

const starts = new Map<string, { text: string; after: Buffer }>();
/**
 * `{"recordType":"note","record":` as text, and as bytes following a record before it
 * (`},{"recordType":…`), made once per record type: a page of records held as bytes
 * then encodes no text of its own per record.
 */
function changeStart(recordType: Change['recordType']): { text: string; after: Buffer } {
  let start = starts.get(recordType);
  if (start === undefined) {
    const text = `{"recordType":${JSON.stringify(recordType)},"record":`;
    start = { text, after: Buffer.from(`},${text}`) };
    starts.set(recordType, start);
  }
  return start;
}

/**
 * The answer as the UTF-8 bytes of a PullResponse, ready to send. Each record goes out as
 * it was stored (validated when it was written): parsing thousands of records only to
 * stringify them again was a third of a pull's time. A record held as bytes is copied in
 * as it is; the text around and between them is encoded once per run of text.
 */
export function pullAnswerBytes({ changes, ...rest }: PullAnswer): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  // Each record's closing brace is written with what follows it.
  let text = '{"changes":[';
  let first = true;
  for (const change of changes) {
    const start = changeStart(change.recordType);
    if (typeof change.recordJson === 'string') {
      text += `${first ? '' : '},'}${start.text}${change.recordJson}`;
    } else if (text === '' && !first) {
      parts.push(start.after, change.recordJson);
    } else {
      parts.push(Buffer.from(`${text}${first ? '' : '},'}${start.text}`), change.recordJson);
      text = '';
    }
    first = false;
  }
  // `rest` always holds the versions, so its text is never `{}`.
  parts.push(Buffer.from(`${text}${first ? '' : '}'}],${JSON.stringify(rest).slice(1)}`));
  return Buffer.concat(parts);
}
