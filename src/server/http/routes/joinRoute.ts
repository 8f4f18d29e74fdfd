import { Hono } from 'hono';
import { joinRequestSchema } from '../../../domain/sync/protocol';
import { join } from '../../auth/join';
import { parseInput } from '../../parseInput';
import type { Storage } from '../../storage/storage';
import { readJsonBody } from '../readJsonBody';

/** `POST /join {code}`: the only unauthenticated write; it trades an invite for a device token. */
export function joinRoute(storage: Storage, now: () => Date): Hono {
  return new Hono().post('/join', async (c) => {
    const request = parseInput(joinRequestSchema, await readJsonBody(c));
    return c.json(await join(storage, request, now()));
  });
}
