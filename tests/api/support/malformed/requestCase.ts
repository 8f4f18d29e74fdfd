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
  expected: { status: number; code: ApiErrorCode; field: string | undefined };
};

export const expectError = (status: number, code: ApiErrorCode, field?: string): RequestCase['expected'] => ({
  status,
  code,
  field,
});
