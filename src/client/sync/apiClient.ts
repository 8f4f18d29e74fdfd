import type { z } from 'zod';
import {
  apiErrorSchema,
  joinResponseSchema,
  protocolVersion,
  pullResponseSchema,
  pushResponseSchema,
  schemaVersion,
  type JoinResponse,
  type Mutation,
  type PullResponse,
  type PushResponse,
} from '../../domain/sync/protocol';
import { SyncError, type SyncErrorCode } from './syncError';

/** The only code that talks HTTP to the API. Every response is parsed, not trusted. */
export type ApiClient = {
  join(code: string): Promise<JoinResponse>;
  push(engagementId: string, token: string, mutations: Mutation[]): Promise<PushResponse>;
  pull(engagementId: string, token: string, since: number): Promise<PullResponse>;
};

const statusCodes: Record<number, SyncErrorCode> = {
  400: 'rejected',
  401: 'unauthorized',
  403: 'rejected',
  404: 'not_found',
  409: 'rejected',
  413: 'rejected',
  426: 'upgrade_required',
};

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

async function call<S extends z.ZodType>(
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

/** `fetchLike` lets tests call the server app in process; browsers use fetch. */
export function createApiClient(baseUrl = '', fetchLike: FetchLike = (url, init) => fetch(url, init)): ApiClient {
  const json = { 'content-type': 'application/json' };
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    join: (code) =>
      call(
        fetchLike,
        `${baseUrl}/api/join`,
        { method: 'POST', headers: json, body: JSON.stringify({ code }) },
        joinResponseSchema,
      ),
    push: (engagementId, token, mutations) =>
      call(
        fetchLike,
        `${baseUrl}/api/engagements/${engagementId}/push`,
        {
          method: 'POST',
          headers: { ...json, ...auth(token) },
          body: JSON.stringify({ protocolVersion, schemaVersion, mutations }),
        },
        pushResponseSchema,
      ),
    pull: (engagementId, token, since) =>
      call(
        fetchLike,
        `${baseUrl}/api/engagements/${engagementId}/pull?since=${since}`,
        { headers: { ...auth(token), 'x-protocol-version': String(protocolVersion) } },
        pullResponseSchema,
      ),
  };
}
