import {
  createInviteResponseSchema,
  deviceListResponseSchema,
  deviceResponseSchema,
  inviteListResponseSchema,
  inviteResponseSchema,
  type CreateInviteResponse,
  type Device,
  type Invite,
} from '../../domain/sync/teamApi';
import { erasureResponseSchema, type ErasureResponse } from '../../domain/sync/erasureApi';
import { bearer, call, type FetchLike } from './httpCall';

/** The manager's server-only team data: invites and devices (no offline copy by design). */
export type TeamApiClient = {
  createInvite(engagementId: string, token: string, memberId: string): Promise<CreateInviteResponse>;
  listInvites(engagementId: string, token: string): Promise<Invite[]>;
  revokeInvite(engagementId: string, token: string, inviteId: string): Promise<Invite>;
  listDevices(engagementId: string, token: string): Promise<Device[]>;
  revokeDevice(engagementId: string, token: string, deviceId: string): Promise<Device>;
  /** The manager's "Empty deleted notes now": erases every deleted note on the server. */
  emptyDeletedNotes(engagementId: string, token: string): Promise<ErasureResponse['erased']>;
};

export function createTeamApiClient(
  baseUrl = '',
  fetchLike: FetchLike = (url, init) => fetch(url, init),
): TeamApiClient {
  const url = (engagementId: string, rest: string) => `${baseUrl}/api/engagements/${engagementId}/${rest}`;
  const post = (token: string, body?: unknown): RequestInit =>
    body === undefined
      ? { method: 'POST', headers: bearer(token) }
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...bearer(token) },
          body: JSON.stringify(body),
        };
  const get = (token: string): RequestInit => ({ headers: bearer(token) });
  return {
    createInvite: (engagementId, token, memberId) =>
      call(fetchLike, url(engagementId, 'invites'), post(token, { memberId }), createInviteResponseSchema),
    listInvites: async (engagementId, token) =>
      (await call(fetchLike, url(engagementId, 'invites'), get(token), inviteListResponseSchema)).invites,
    revokeInvite: async (engagementId, token, inviteId) =>
      (await call(fetchLike, url(engagementId, `invites/${inviteId}/revoke`), post(token), inviteResponseSchema))
        .invite,
    listDevices: async (engagementId, token) =>
      (await call(fetchLike, url(engagementId, 'devices'), get(token), deviceListResponseSchema)).devices,
    revokeDevice: async (engagementId, token, deviceId) =>
      (await call(fetchLike, url(engagementId, `devices/${deviceId}/revoke`), post(token), deviceResponseSchema))
        .device,
    emptyDeletedNotes: async (engagementId, token) =>
      (await call(fetchLike, url(engagementId, 'deleted-notes/erase'), post(token), erasureResponseSchema)).erased,
  };
}
