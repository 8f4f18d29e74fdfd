import {
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
import { bearer, call, type FetchLike } from './httpCall';
import { createPhotoApi, type PhotoApi } from './photoApiClient';

/** The only code that talks HTTP to the API. Every response is parsed, not trusted. */
export type ApiClient = {
  join(code: string): Promise<JoinResponse>;
  push(engagementId: string, token: string, mutations: Mutation[]): Promise<PushResponse>;
  pull(engagementId: string, token: string, since: number): Promise<PullResponse>;
} & PhotoApi;

/** `fetchLike` lets tests call the server app in process; browsers use fetch. */
export function createApiClient(baseUrl = '', fetchLike: FetchLike = (url, init) => fetch(url, init)): ApiClient {
  const json = { 'content-type': 'application/json' };
  return {
    ...createPhotoApi(baseUrl, fetchLike),
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
          headers: { ...json, ...bearer(token) },
          body: JSON.stringify({ protocolVersion, schemaVersion, mutations }),
        },
        pushResponseSchema,
      ),
    pull: (engagementId, token, since) =>
      call(
        fetchLike,
        `${baseUrl}/api/engagements/${engagementId}/pull?since=${since}`,
        { headers: { ...bearer(token), 'x-protocol-version': String(protocolVersion) } },
        pullResponseSchema,
      ),
  };
}
