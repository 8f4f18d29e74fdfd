import type { ApiErrorCode } from '../domain/sync/protocol';

/**
 * An expected failure that the client is told about: protocol functions throw it
 * (rolling back any open transaction) and the HTTP layer turns it into JSON.
 */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode;
  /** Path of the offending input, e.g. `mutations.3.seq`, so the client can point at it. */
  readonly field: string | undefined;

  constructor(code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.field = field;
  }
}
