import { joinResponseSchema, type JoinResponse } from '../../../src/domain/sync/protocol';
import { createInvite } from '../../../src/server/auth/invites';
import { call } from './call';
import type { TestApp } from './testApp';

/**
 * Another device for a member who has joined already: the demo has one link per member,
 * so this makes a fresh invite straight in storage and joins with it.
 */
export async function joinAnotherDevice(t: TestApp, memberId: string): Promise<JoinResponse> {
  const code = await t.storage.transaction((tx) =>
    createInvite(tx, { engagementId: t.demo.engagementId, memberId, now: new Date() }),
  );
  const reply = await call(t.app, 'POST', '/api/join', { body: { code } });
  if (reply.status !== 200) throw new Error(`join failed: ${reply.status} ${reply.text}`);
  return joinResponseSchema.parse(reply.json);
}
