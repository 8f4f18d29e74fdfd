import { Hono } from 'hono';
import { listTeamDevices, revokeTeamDevice } from '../../auth/teamDevices';
import { createTeamInvite, listTeamInvites, revokeTeamInvite } from '../../auth/teamInvites';
import type { Storage } from '../../storage/storage';
import { bearerAuth, type AuthEnv } from '../bearerAuth';
import { readJsonBody } from '../readJsonBody';

export type TeamRouteOptions = {
  storage: Storage;
  /** Base of join links; when absent, the origin the request came to. */
  publicUrl: string | undefined;
  now: () => Date;
};

/** The manager's Team screen: invites (make, list, revoke) and devices (list, sign out). */
export function teamRoutes({ storage, publicUrl, now }: TeamRouteOptions): Hono<AuthEnv> {
  return new Hono<AuthEnv>()
    .use('/engagements/*', bearerAuth(storage, now))
    .post('/engagements/:id/invites', async (c) => {
      const options = { publicUrl: publicUrl ?? new URL(c.req.url).origin, now: now() };
      const created = await createTeamInvite(storage, c.var.caller, c.req.param('id'), () => readJsonBody(c), options);
      return c.json(created, 201);
    })
    .get('/engagements/:id/invites', async (c) =>
      c.json(await listTeamInvites(storage, c.var.caller, c.req.param('id'), now())),
    )
    .post('/engagements/:id/invites/:inviteId/revoke', async (c) =>
      c.json(await revokeTeamInvite(storage, c.var.caller, c.req.param('id'), c.req.param('inviteId'), now())),
    )
    .get('/engagements/:id/devices', async (c) =>
      c.json(await listTeamDevices(storage, c.var.caller, c.req.param('id'))),
    )
    .post('/engagements/:id/devices/:deviceId/revoke', async (c) =>
      c.json(await revokeTeamDevice(storage, c.var.caller, c.req.param('id'), c.req.param('deviceId'), now())),
    );
}
