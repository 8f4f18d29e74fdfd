import type { ApiClient } from './apiClient';
import type { TeamApiClient } from './teamApiClient';

/**
 * The API clients as the app starts them: each loads its code, and with it the wire
 * schemas it parses answers with, on its first call. A tablet opening offline never
 * calls the server in its first second, and building those schemas was a good part of
 * a slow tablet's cold start (bench/RESULTS.md "Capture"). Every chunk is precached.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed load is tried again on the next call
      throw error;
    }));
}

export function createLazyApiClient(): ApiClient {
  const client = loadOnce(() => import('./apiClient').then((module) => module.createApiClient()));
  return {
    join: async (code) => (await client()).join(code),
    push: async (engagementId, token, mutations) => (await client()).push(engagementId, token, mutations),
    pull: async (engagementId, token, since) => (await client()).pull(engagementId, token, since),
    putPhoto: async (engagementId, token, photoId, bytes) =>
      (await client()).putPhoto(engagementId, token, photoId, bytes),
    getPhoto: async (engagementId, token, photoId) => (await client()).getPhoto(engagementId, token, photoId),
  };
}

export function createLazyTeamApiClient(): TeamApiClient {
  const client = loadOnce(() => import('./teamApiClient').then((module) => module.createTeamApiClient()));
  return {
    createInvite: async (engagementId, token, memberId) => (await client()).createInvite(engagementId, token, memberId),
    listInvites: async (engagementId, token) => (await client()).listInvites(engagementId, token),
    revokeInvite: async (engagementId, token, inviteId) => (await client()).revokeInvite(engagementId, token, inviteId),
    listDevices: async (engagementId, token) => (await client()).listDevices(engagementId, token),
    revokeDevice: async (engagementId, token, deviceId) => (await client()).revokeDevice(engagementId, token, deviceId),
    emptyDeletedNotes: async (engagementId, token) => (await client()).emptyDeletedNotes(engagementId, token),
  };
}
