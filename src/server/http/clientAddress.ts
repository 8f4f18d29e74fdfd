import type { Context } from 'hono';
import { normalizeAddress, type IsTrustedProxy } from './trustedProxies';

/** Stands for every caller whose address is unknown (in-process requests in tests). */
export const unknownAddress = 'unknown';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The TCP peer's address, from @hono/node-server's `c.env.incoming`. */
function peerAddress(c: Context): string {
  const env: unknown = c.env;
  const incoming = isRecord(env) ? env.incoming : undefined;
  const socket = isRecord(incoming) ? incoming.socket : undefined;
  const address = isRecord(socket) ? socket.remoteAddress : undefined;
  return typeof address === 'string' && address !== '' ? (normalizeAddress(address) ?? address) : unknownAddress;
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy (TRUSTED_PROXIES),
 * in which case X-Forwarded-For is read from the right, past every trusted proxy, to the
 * first address a trusted proxy did not write. X-Forwarded-For from anyone else is ignored:
 * anyone can send it, so it would let a guesser pick a fresh address per try.
 */
export function clientAddress(c: Context, isTrustedProxy: IsTrustedProxy): string {
  let address = peerAddress(c);
  if (address === unknownAddress || !isTrustedProxy(address)) return address;
  const hops = (c.req.header('X-Forwarded-For') ?? '').split(',').filter((hop) => hop.trim() !== '');
  for (const hop of hops.reverse()) {
    const reported = normalizeAddress(hop);
    // A trusted proxy passed on something that is not an address: that proxy is the client.
    if (!reported) return address;
    address = reported;
    if (!isTrustedProxy(address)) return address;
  }
  return address;
}
