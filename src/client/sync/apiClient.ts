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
import type { SyncedWith } from '../store/serverHistory';
import { bearer, call, type FetchLike } from './httpCall';
import { createPhotoApi, type PhotoApi } from './photoApiClient';

/** The only code that talks HTTP to the API. Every response is parsed, not trusted. */
export type ApiClient = {
  join(code: string): Promise<JoinResponse>;
  /** `syncedWith`: the history the device last synced with, so the server can tell a restore. */
  push(engagementId: string, token: string, mutations: Mutation[], syncedWith?: SyncedWith): Promise<PushResponse>;
  pull(engagementId: string, token: string, since: number, syncedWith?: SyncedWith): Promise<PullResponse>;
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
    push: (engagementId, token, mutations, syncedWith = {}) =>
      call(
        fetchLike,
        `${baseUrl}/api/engagements/${engagementId}/push`,
        {
          method: 'POST',
          headers: { ...json, ...bearer(token) },
          body: JSON.stringify({ protocolVersion, schemaVersion, ...syncedWith, mutations }),
        },
        pushResponseSchema,
      ),
    pull: (engagementId, token, since, syncedWith = {}) =>
      call(
        fetchLike,
        `${baseUrl}/api/engagements/${engagementId}/pull?${pullQuery(since, syncedWith)}`,
        { headers: { ...bearer(token), 'x-protocol-version': String(protocolVersion) } },
        pullResponseSchema,
      ),
  };
}

/** `since`, and the history the device synced with when it has heard one. */
function pullQuery(since: number, { serverIdentity, acknowledgedSeq }: SyncedWith): string {
  const query = new URLSearchParams({ since: String(since) });
  if (serverIdentity !== undefined) query.set('serverIdentity', serverIdentity);
  if (acknowledgedSeq !== undefined) query.set('acknowledgedSeq', String(acknowledgedSeq));
  return query.toString();
}
