import type { TeamPosition } from '../../../src/domain/records/member';
import { joinResponseSchema, type JoinResponse } from '../../../src/domain/sync/protocol';
import { call } from './call';
import type { TestApp } from './testApp';

/** The join code inside a demo link for the member with this position. */
export function codeFor(t: TestApp, position: TeamPosition): string {
  const link = t.demo.links.find((candidate) => candidate.position === position);
  if (!link) throw new Error(`no demo member is a ${position}`);
  return link.url.split('/join/')[1] ?? '';
}

/** Joins a new device as the demo member with this position. */
export async function joinAs(t: TestApp, position: TeamPosition): Promise<JoinResponse> {
  const reply = await call(t.app, 'POST', '/api/join', { body: { code: codeFor(t, position) } });
  if (reply.status !== 200) throw new Error(`join failed: ${reply.status} ${reply.text}`);
  return joinResponseSchema.parse(reply.json);
}
