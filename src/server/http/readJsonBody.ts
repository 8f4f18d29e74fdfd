import type { Context } from 'hono';
import { ApiFailure } from '../apiFailure';

/**
 * Reads a JSON body: 415 unless the content type is application/json (so a form
 * post or a mislabelled upload never reaches a protocol function), 400 if it does
 * not parse.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new ApiFailure('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  const text = await c.req.text();
  try {
    const body: unknown = JSON.parse(text);
    return body;
  } catch {
    throw new ApiFailure('bad_request', 'The body is not valid JSON.');
  }
}
