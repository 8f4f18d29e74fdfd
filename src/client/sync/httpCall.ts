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

/** Sends one request; no connection, or a refusal, becomes a SyncError with the server's reason. */
async function send(fetchLike: FetchLike, url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetchLike(url, init);
  } catch {
    throw new SyncError('offline', 'No connection to the server');
  }
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(await response.json().catch(() => undefined));
    const code = statusCodes[response.status] ?? 'server_error';
    const message = parsed.success ? parsed.data.error.message : `The server answered ${response.status}`;
    throw new SyncError(code, message, parsed.success ? parsed.data.error.field : undefined);
  }
  return response;
}

/** Sends one request and parses the answer with its schema: responses are checked, not trusted. */
export async function call<S extends z.ZodType>(
  fetchLike: FetchLike,
  url: string,
  init: RequestInit,
  schema: S,
): Promise<z.infer<S>> {
  const response = await send(fetchLike, url, init);
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new SyncError('bad_response', 'The server sent an answer this app does not understand');
  return parsed.data;
}

/** Sends one request whose answer is bytes (a photo): the caller checks what they are. */
export async function callForBytes(fetchLike: FetchLike, url: string, init: RequestInit): Promise<ArrayBuffer> {
  const response = await send(fetchLike, url, init);
  try {
    return await response.arrayBuffer();
  } catch {
    throw new SyncError('offline', 'The connection to the server broke off');
  }
}

/** The Authorization header of a device token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
