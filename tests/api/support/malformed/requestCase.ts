import type { ApiErrorCode } from '../../../../src/domain/sync/protocol';
import type { CallOptions } from '../call';

/** One malformed request and exactly what the API must answer. */
export type RequestCase = {
  /** The family it belongs to, e.g. "auth" or "push field": coverage is checked per family. */
  family: string;
  /** What is wrong, for the failure report. */
  fault: string;
  method: string;
  path: string;
  options: CallOptions;
  /**
   * A push the server answers 200, refusing the mutation at `refusedIndex` on its own:
   * each such push uses up the peer's seqs, so the runner numbers its mutations afresh.
   */
  expected: { status: number; code: ApiErrorCode; field: string | undefined; refusedIndex?: number };
};

export const expectError = (status: number, code: ApiErrorCode, field?: string): RequestCase['expected'] => ({
  status,
  code,
  field,
});

/** The push applies the others and refuses the mutation at `index`, naming `field`. */
export const expectRefusal = (index: number, code: 'forbidden' | 'bad_request', field: string) => ({
  status: 200,
  code,
  field,
  refusedIndex: index,
});
