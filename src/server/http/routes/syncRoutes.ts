import { Hono } from 'hono';
import type { Storage } from '../../storage/storage';
import { pull } from '../../sync/pull';
import type { FaultPausePoint } from '../../sync/faultDrill';
import { pullAnswerBytes } from '../../sync/pullAnswer';
import { push } from '../../sync/push';
import { bearerAuth, type AuthEnv } from '../bearerAuth';
import { readJsonBody } from '../readJsonBody';

/** Push and pull for one engagement; both need a device token of that engagement. */
export function syncRoutes(storage: Storage, faultPause?: FaultPausePoint): Hono<AuthEnv> {
  return new Hono<AuthEnv>()
    .use('/engagements/*', bearerAuth(storage))
    .post('/engagements/:id/push', async (c) =>
      c.json(await push(storage, c.var.caller, c.req.param('id'), await readJsonBody(c), faultPause)),
    )
    .get('/engagements/:id/pull', async (c) =>
      // Encoded once here: a string body would be scanned for its length, then encoded.
      c.body(
        pullAnswerBytes(
          await pull(storage, c.var.caller, c.req.param('id'), {
            since: c.req.query('since'),
            protocolVersion: c.req.header('X-Protocol-Version'),
            serverIdentity: c.req.query('serverIdentity'),
            acknowledgedSeq: c.req.query('acknowledgedSeq'),
          }),
        ),
        200,
        { 'Content-Type': 'application/json' },
      ),
    );
}
