import { BlockList, isIP } from 'node:net';

/** Whether an address is one of the proxies whose X-Forwarded-For the server believes. */
export type IsTrustedProxy = (address: string) => boolean;

export type TrustedProxiesResult = { ok: true; entries: string[] } | { ok: false; message: string };

/**
 * An address as a peer or a proxy reports it, in one spelling: IPv4-mapped IPv6
 * (`::ffff:10.0.0.1`, how a dual-stack socket shows IPv4) as plain IPv4, brackets and
 * ports dropped, lower case. Undefined when it is not an IP address at all.
 */
export function normalizeAddress(raw: string): string | undefined {
  let address = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) === 0 ? undefined : address;
}

/**
 * Reads TRUSTED_PROXIES: IP addresses and CIDR ranges, separated by commas or spaces,
 * e.g. `10.0.0.0/8, 192.168.1.10, fd00::/8`. An empty value trusts no proxy.
 */
export function parseTrustedProxies(value: string): TrustedProxiesResult {
  const entries: string[] = [];
  for (const entry of value.split(/[\s,]+/).filter((part) => part !== '')) {
    const [host = '', prefix, extra] = entry.split('/');
    // A bare address only: no brackets or port, which mean nothing in a list of proxies.
    const address = isIP(host) === 0 ? undefined : normalizeAddress(host);
    const bits = address ? (isIP(address) === 4 ? 32 : 128) : 0;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (!address || extra !== undefined || !prefixOk) {
      return {
        ok: false,
        message: `"${entry}" is not an IP address or range; use e.g. 10.0.0.0/8, 192.168.1.10 or fd00::/8`,
      };
    }
    entries.push(prefix === undefined ? address : `${address}/${Number(prefix)}`);
  }
  return { ok: true, entries };
}

/** The check for a parsed list; addresses are normalized first, as the entries were. */
export function trustedProxyCheck(entries: readonly string[]): IsTrustedProxy {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (raw) => {
    const address = normalizeAddress(raw);
    if (!address) return false;
    return list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
  };
}
