import type { z } from 'zod';
import { apiErrorSchema } from '../../domain/sync/protocol';
import { SyncError, type SyncErrorCode } from './syncError';

const statusCodes: Record<number, SyncErrorCode> = {
  400: 'rejected',
  401: 'unauthorized',
  403: 'rejected',
  404: 'not_found',
  409: 'rejected',
  413: 'rejected',
  415: 'rejected',
  429: 'rejected',
  426: 'upgrade_required',
};

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Sends one request and parses the answer with its schema: responses are checked, not trusted. */
export async function call<S extends z.ZodType>(
  fetchLike: FetchLike,
  url: string,
  init: RequestInit,
  schema: S,
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetchLike(url, init);
  } catch {
    throw new SyncError('offline', 'No connection to the server');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    const code = statusCodes[response.status] ?? 'server_error';
    const message = parsed.success ? parsed.data.error.message : `The server answered ${response.status}`;
    throw new SyncError(code, message, parsed.success ? parsed.data.error.field : undefined);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new SyncError('bad_response', 'The server sent an answer this app does not understand');
  return parsed.data;
}

/** The Authorization header of a device token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
