import {
  pullResponseSchema,
  pushResponseSchema,
  type Mutation,
  type PullResponse,
  type PushResponse,
} from '../../../src/domain/sync/protocol';
import { call, type Reply } from './call';
import { pushBody } from './mutations';
import type { TestApp } from './testApp';

export type Device = { deviceToken: string; engagementId: string };

export function pushRaw(t: TestApp, device: Device, body: unknown, engagementId = device.engagementId): Promise<Reply> {
  return call(t.app, 'POST', `/api/engagements/${engagementId}/push`, { token: device.deviceToken, body });
}

/** A push that must succeed. */
export async function push(t: TestApp, device: Device, mutations: Mutation[]): Promise<PushResponse> {
  const reply = await pushRaw(t, device, pushBody(mutations));
  if (reply.status !== 200) throw new Error(`push failed: ${reply.status} ${reply.text}`);
  return pushResponseSchema.parse(reply.json);
}

/** A pull that must succeed. */
export async function pull(t: TestApp, device: Device, since = 0): Promise<PullResponse> {
  const reply = await call(t.app, 'GET', `/api/engagements/${device.engagementId}/pull?since=${since}`, {
    token: device.deviceToken,
  });
  if (reply.status !== 200) throw new Error(`pull failed: ${reply.status} ${reply.text}`);
  return pullResponseSchema.parse(reply.json);
}

/** Every change from the start, following the cursor across pages. */
export async function pullAll(
  t: TestApp,
  device: Device,
): Promise<{ pages: PullResponse[]; changes: PullResponse['changes'] }> {
  const pages: PullResponse[] = [];
  let since = 0;
  for (;;) {
    const page = await pull(t, device, since);
    pages.push(page);
    since = page.cursor;
    if (!page.hasMore) break;
  }
  return { pages, changes: pages.flatMap((page) => page.changes) };
}

/** The refusal the server answered for one mutation of a push; fails when it was not refused. */
export function refusalOf(response: PushResponse, seq: number) {
  const result = response.results.find((item) => item.seq === seq);
  if (result?.status !== 'refused') throw new Error(`mutation ${seq} was not refused: ${JSON.stringify(result)}`);
  return result.refusal;
}
