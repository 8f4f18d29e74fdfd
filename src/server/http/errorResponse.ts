import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ApiErrorCode } from '../../domain/sync/protocol';

/** The HTTP status for each error code: one table so routes never pick statuses ad hoc. */
export const statusOfCode: Record<ApiErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  upgrade_required: 426,
  sequence_gap: 409,
  rate_limited: 429,
  internal: 500,
};

/** The one error body shape of the API: `{error:{code,message,field?}}`, never a stack. */
export function errorBody(code: ApiErrorCode, message: string, field?: string): ApiError {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}

/** A JSON error response with the status that belongs to the code. */
export function errorResponse(code: ApiErrorCode, message: string, field?: string): Response {
  return Response.json(errorBody(code, message, field), {
    status: statusOfCode[code],
    headers: { 'Cache-Control': 'no-store' },
  });
}
