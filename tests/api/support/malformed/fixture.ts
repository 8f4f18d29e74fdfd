import { randomUUID } from 'node:crypto';
import type { JoinResponse } from '../../../../src/domain/sync/protocol';
import { call } from '../call';
import { joinAs } from '../devices';
import { jpeg } from '../images';
import { joinCouncil, teamPath } from '../team';
import { startTestApp, type TestApp } from '../testApp';

/** A demo engagement with a device of every kind the malformed requests need. */
export type Fixture = {
  t: TestApp;
  engagementId: string;
  manager: JoinResponse;
  peer: JoinResponse;
  council: JoinResponse;
  /** A token whose device the manager revoked. */
  revokedToken: string;
  /** A photo the peer uploaded, for reads. */
  photoId: string;
  /** An invite that exists, for revocations by the wrong role. */
  inviteId: string;
};

export async function startFixture(): Promise<Fixture> {
  const t = await startTestApp();
  const manager = await joinAs(t, 'challenge manager');
  const peer = await joinAs(t, 'lead peer');
  const revoked = await joinAs(t, 'officer peer');
  const council = await joinCouncil(t, manager, 1);
  await call(t.app, 'POST', teamPath(t, `devices/${revoked.deviceId}/revoke`), { token: manager.deviceToken });
  const photoId = randomUUID();
  await call(t.app, 'PUT', teamPath(t, `photos/${photoId}`), { token: peer.deviceToken, bytes: jpeg() });
  const invites = await call(t.app, 'GET', teamPath(t, 'invites'), { token: manager.deviceToken });
  const inviteId = (invites.json as { invites: { id: string }[] }).invites[0]?.id ?? '';
  return {
    t,
    engagementId: t.demo.engagementId,
    manager,
    peer,
    council,
    revokedToken: revoked.deviceToken,
    photoId,
    inviteId,
  };
}
