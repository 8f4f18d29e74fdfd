import type { PullResponse, Change } from '../../domain/sync/protocol';
import type { RecordJson } from '../storage/storage';

/** One change of a pull as the server holds it: the record as JSON, stored or made. */
export type ChangeText = { recordType: Change['recordType']; recordJson: RecordJson };

/** A pull's answer before it is written: the PullResponse, its records still as text. */
export type PullAnswer = Omit<PullResponse, 'changes'> & { changes: readonly ChangeText[] };

const starts = new Map<string, string>();
/** `{"recordType":"note","record":`, made once per record type. */
function changeStart(recordType: Change['recordType']): string {
  let start = starts.get(recordType);
  if (start === undefined) {
    start = `{"recordType":${JSON.stringify(recordType)},"record":`;
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
  let text = '{"changes":[';
  let separator = '';
  for (const change of changes) {
    text += `${separator}${changeStart(change.recordType)}`;
    separator = ',';
    if (typeof change.recordJson === 'string') {
      text += change.recordJson;
    } else {
      parts.push(Buffer.from(text), change.recordJson);
      text = '';
    }
    text += '}';
  }
  // `rest` always holds the versions, so its text is never `{}`.
  parts.push(Buffer.from(`${text}],${JSON.stringify(rest).slice(1)}`));
  return Buffer.concat(parts);
}
