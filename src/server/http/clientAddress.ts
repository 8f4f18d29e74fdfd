import type { Context } from 'hono';

/** Stands for every caller whose address is unknown (in-process requests in tests). */
export const unknownAddress = 'unknown';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The TCP peer's address, from @hono/node-server's `c.env.incoming`. X-Forwarded-For is
 * not trusted: anyone can send it, so it would let a guesser pick a fresh address per try.
 * Behind a reverse proxy every caller therefore shares the proxy's address.
 */
export function clientAddress(c: Context): string {
  const env: unknown = c.env;
  const incoming = isRecord(env) ? env.incoming : undefined;
  const socket = isRecord(incoming) ? incoming.socket : undefined;
  const address = isRecord(socket) ? socket.remoteAddress : undefined;
  return typeof address === 'string' && address !== '' ? address : unknownAddress;
}
