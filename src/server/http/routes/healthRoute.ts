import { Hono } from 'hono';
import { protocolVersion, schemaVersion } from '../../../domain/sync/protocol';

/** Liveness plus the versions, so a client can tell before syncing whether it must update. */
export function healthRoute(): Hono {
  return new Hono().get('/health', (c) => c.json({ ok: true, protocolVersion, schemaVersion }));
}
