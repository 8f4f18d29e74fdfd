import { randomUUID } from 'node:crypto';
import { protocolVersion, schemaVersion, type Mutation } from '../../../src/domain/sync/protocol';
import type { TriangulateServer } from './server';

/** A device joined through the API: its token and who it is. */
export type ApiDevice = { deviceToken: string; memberId: string; engagementId: string };

/** Trades a join link's code for a device through the API (not a browser). */
export async function joinByApi(server: TriangulateServer, url: string): Promise<ApiDevice> {
  const code = url.split('/join/')[1] ?? '';
  const response = await fetch(`${server.url}/api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!response.ok) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as ApiDevice;
}

/** A request with the device's token; the answer's status and parsed or raw body. */
export async function apiCall(
  server: TriangulateServer,
  device: Pick<ApiDevice, 'deviceToken'>,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${device.deviceToken}`,
      'X-Protocol-Version': String(protocolVersion),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/** One mutation of a record, as a device would push it. */
export function mutation(
  seq: number,
  recordType: Mutation['recordType'],
  recordId: string,
  changes: Record<string, unknown>,
  op: Mutation['op'] = 'upsert',
): Mutation {
  return {
    seq,
    recordType,
    recordId,
    op,
    changes,
    setChanges: {},
    baseRevs: {},
    editedAt: new Date().toISOString(),
    resolvedConflicts: [],
  };
}

/** Pushes mutations; every one must apply. */
export async function pushAll(server: TriangulateServer, device: ApiDevice, mutations: Mutation[]): Promise<void> {
  const reply = await apiCall(server, device, 'POST', `/engagements/${device.engagementId}/push`, {
    protocolVersion,
    schemaVersion,
    mutations,
  });
  if (reply.status !== 200) throw new Error(`push failed: ${reply.status} ${reply.text}`);
  const results = (JSON.parse(reply.text) as { results: { status: string }[] }).results;
  if (results.some((result) => result.status !== 'applied')) throw new Error(`push not applied: ${reply.text}`);
}

export type PulledChange = { recordType: string; record: Record<string, unknown> };

/** Every change the server sends this device from cursor 0 (all pages). */
export async function pullEverything(server: TriangulateServer, device: ApiDevice): Promise<PulledChange[]> {
  const changes: PulledChange[] = [];
  let since = 0;
  for (;;) {
    const reply = await apiCall(server, device, 'GET', `/engagements/${device.engagementId}/pull?since=${since}`);
    if (reply.status !== 200) throw new Error(`pull failed: ${reply.status} ${reply.text}`);
    const page = JSON.parse(reply.text) as { changes: PulledChange[]; cursor: number; hasMore: boolean };
    changes.push(...page.changes);
    if (!page.hasMore) return changes;
    since = page.cursor;
  }
}

/** A fresh UUID, for records a journey creates through the API. */
export const newId = (): string => randomUUID();
