import { randomUUID } from 'node:crypto';
import type { MemberRole, TeamPosition } from '../../../src/domain/records/member';
import { joinResponseSchema, type JoinResponse } from '../../../src/domain/sync/protocol';
import { createInviteResponseSchema, type CreateInviteResponse } from '../../../src/domain/sync/teamApi';
import { call } from './call';
import { edit } from './mutations';
import { push } from './sync';
import type { TestApp } from './testApp';

export type NewMember = { displayName: string; role: MemberRole; position: TeamPosition };

export const teamPath = (t: TestApp, rest: string) => `/api/engagements/${t.demo.engagementId}/${rest}`;

/** Pushes a new member record as the manager (its `seq`-th mutation) and returns the member id. */
export async function addMember(t: TestApp, manager: JoinResponse, seq: number, member: NewMember): Promise<string> {
  const id = randomUUID();
  await push(t, manager, [edit(seq, 'member', id, member)]);
  return id;
}

/** Makes a join link through the Team route, which must succeed. */
export async function invite(
  t: TestApp,
  manager: JoinResponse,
  memberId: string,
  extra: object = {},
): Promise<CreateInviteResponse> {
  const reply = await call(t.app, 'POST', teamPath(t, 'invites'), {
    token: manager.deviceToken,
    body: { memberId, ...extra },
  });
  if (reply.status !== 201) throw new Error(`invite failed: ${reply.status} ${reply.text}`);
  return createInviteResponseSchema.parse(reply.json);
}

/** Trades a code for a device, which must succeed. */
export async function joinWith(t: TestApp, code: string): Promise<JoinResponse> {
  const reply = await call(t.app, 'POST', '/api/join', { body: { code } });
  if (reply.status !== 200) throw new Error(`join failed: ${reply.status} ${reply.text}`);
  return joinResponseSchema.parse(reply.json);
}

/** A council contact with a joined device: added and invited by the manager (its `seq`-th mutation). */
export async function joinCouncil(t: TestApp, manager: JoinResponse, seq: number): Promise<JoinResponse> {
  const memberId = await addMember(t, manager, seq, {
    displayName: 'Priya Shah',
    role: 'council',
    position: 'council contact',
  });
  return joinWith(t, (await invite(t, manager, memberId)).code);
}
