import { Hono } from 'hono';
import { emptyDeletedNotes } from '../../erasure/emptyDeletedNotes';
import type { Storage } from '../../storage/storage';
import { bearerAuth, type AuthEnv } from '../bearerAuth';

/** Erasure the manager starts: the deleted notes' undo window emptied at once. */
export function erasureRoutes(storage: Storage, now: () => Date): Hono<AuthEnv> {
  return new Hono<AuthEnv>()
    .use('/engagements/*', bearerAuth(storage, now))
    .post('/engagements/:id/deleted-notes/erase', async (c) =>
      c.json(await emptyDeletedNotes(storage, c.var.caller, c.req.param('id'), now())),
    );
}
