import { createHttp, describeFailure, isOk } from './http.mjs';
import { newMember, pushBody } from './mutations.mjs';

const maxPages = 200;
const maxJoinWaits = 2;

/** The loopback address tablet number `index` joins from: 127.0.0.2, 127.0.0.3 … */
export function tabletAddress(index) {
  return `127.0.${Math.floor((index + 2) / 250)}.${((index + 2) % 250) + 1}`;
}

/**
 * Joins one device with an invite code, from its own loopback address: the server
 * allows each address only a few joins a minute (joinRateLimit.ts), and 50 tablets
 * joining from one address is not what happens. A 429 is waited out (Retry-After) at
 * most twice. Throws with the server's answer on failure.
 */
async function join(baseUrl, code, index) {
  const http = createHttp(baseUrl, { localAddress: tabletAddress(index) });
  try {
    for (let attempt = 0; ; attempt += 1) {
      const reply = await http.request('POST', '/api/join', { body: { code } });
      if (reply.status === 429 && attempt < maxJoinWaits) {
        const seconds = Math.min(61, Number(reply.headers?.['retry-after']) || 61);
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        continue;
      }
      if (!isOk(reply)) throw new Error(describeFailure('join', reply));
      const { deviceToken, deviceId, engagementId, memberId, role } = reply.json;
      return { token: deviceToken, deviceId, engagementId, memberId, role, nextSeq: 1, address: tabletAddress(index) };
    }
  } finally {
    http.close();
  }
}

/** Pushes mutations for a device, checking the answer; moves its seq counter. */
export async function pushOrThrow(http, device, mutations) {
  const reply = await http.request('POST', `/api/engagements/${device.engagementId}/push`, {
    token: device.token,
    body: pushBody(mutations),
  });
  if (!isOk(reply)) throw new Error(describeFailure('push', reply));
  return reply.json.results;
}

/** Pulls every page from `since`; returns the records and the final cursor. */
export async function pullAll(http, device, since = 0) {
  const records = [];
  let cursor = since;
  for (let page = 0; page < maxPages; page += 1) {
    const reply = await http.request('GET', `/api/engagements/${device.engagementId}/pull?since=${cursor}`, {
      token: device.token,
    });
    if (!isOk(reply)) throw new Error(describeFailure('pull', reply));
    records.push(...reply.json.changes);
    cursor = reply.json.cursor;
    if (!reply.json.hasMore) return { records, cursor };
  }
  throw new Error(`pull did not finish within ${maxPages} pages`);
}

/**
 * Invite codes for members the manager has already pushed, from the manager's
 * `POST /api/engagements/:id/invites` (docs/api.md, "Team").
 */
async function inviteCodes(http, manager, memberIds) {
  const codes = [];
  for (const memberId of memberIds) {
    const reply = await http.request('POST', `/api/engagements/${manager.engagementId}/invites`, {
      token: manager.token,
      body: { memberId },
    });
    if (!isOk(reply) || typeof reply.json?.code !== 'string') throw new Error(describeFailure('create invite', reply));
    codes.push(reply.json.code);
  }
  return codes;
}

/**
 * `count` devices of the demo engagement, each with its own token and member:
 * the three printed links (manager, lead peer, officer peer) are joined first; for more,
 * the manager pushes new peer member records and gets an invite per member.
 * Also returns the demo's first session and theme ids (notes need a session).
 */
export async function joinTeam(http, server, count) {
  const byRole = (role) => server.links.find((link) => link.role === role);
  const printed = [
    byRole('challenge manager'),
    ...server.links.filter((link) => link.role !== 'challenge manager'),
  ].filter(Boolean);
  const manager = await join(http.baseUrl, printed[0].code, 0);
  const devices = [manager];
  for (const link of printed.slice(1, count)) devices.push(await join(http.baseUrl, link.code, devices.length));

  const { records } = await pullAll(http, manager);
  const session = records.find((change) => change.recordType === 'session' && !change.record.deleted);
  if (!session) throw new Error('the demo engagement has no session to write notes in');
  const themeIds = records.filter((change) => change.recordType === 'theme').map((change) => change.record.id);

  let invitesVia = 'printed first-start join links only';
  const extra = count - devices.length;
  if (extra > 0) {
    const members = Array.from({ length: extra }, (_, index) =>
      newMember(manager.nextSeq + index, { displayName: `Bench peer ${index + 1}` }),
    );
    for (let start = 0; start < members.length; start += 500)
      await pushOrThrow(http, manager, members.slice(start, start + 500));
    manager.nextSeq += members.length;
    const codes = await inviteCodes(
      http,
      manager,
      members.map((member) => member.recordId),
    );
    invitesVia = `${printed.length} printed links + ${extra} new member${extra === 1 ? '' : 's'} invited with POST /api/engagements/:id/invites (manager token)`;
    for (const code of codes) devices.push(await join(http.baseUrl, code, devices.length));
  }
  return { devices, sessionId: session.record.id, themeIds, invitesVia };
}
