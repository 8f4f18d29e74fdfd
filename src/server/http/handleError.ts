import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ApiErrorCode } from '../../domain/sync/protocol';
import { ApiFailure } from '../apiFailure';
import type { Logger } from '../log/logger';
import { safeError } from '../log/safeError';
import { errorResponse } from './errorResponse';

/** Codes for the HTTP exceptions Hono's own middleware may throw. */
function codeOfStatus(status: number): ApiErrorCode {
  if (status === 413) return 'payload_too_large';
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status >= 400 && status < 500) return 'bad_request';
  return 'internal';
}

/**
 * Expected failures become their JSON error. Anything else is a bug: it is logged (its
 * type, scrubbed message and stack frames: safeError.ts) and the client gets a plain 500,
 * never the stack itself.
 */
export const handleError =
  (logger: Logger): ErrorHandler =>
  (error) => {
    if (error instanceof ApiFailure) return errorResponse(error.code, error.message, error.field);
    if (error instanceof HTTPException && error.status < 500) {
      const code = codeOfStatus(error.status);
      return errorResponse(code, code === 'bad_request' ? 'The request was not understood.' : error.message);
    }
    logger.error({ error: safeError(error) }, 'unexpected error');
    return errorResponse(
      'internal',
      'Something went wrong on the server. Try again; if it keeps happening, tell the operator.',
    );
  };
