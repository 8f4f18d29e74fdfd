import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createHttp, describeFailure, isOk } from './http.mjs';
import { newMember, pushBody } from './mutations.mjs';
import { repoRoot } from './paths.mjs';
import { tabletAddress } from './team.mjs';

const adminEntry = path.join(repoRoot, 'dist', 'server', 'admin.js');
/** Admin commands run side by side: each is a Node start-up, mostly waiting. */
const adminAtOnce = 5;
const managerLink = /challenge manager: .+? — (https?:\/\/\S+)/;

/** `npm run admin -- create-engagement` against the server's database; resolves the manager's join code. */
function createEngagement(server, number) {
  const args = [
    adminEntry,
    'create-engagement',
    '--council',
    `Bench council ${number}`,
    '--title',
    `Load engagement ${number}`,
    '--from',
    '2026-03-02',
    '--to',
    '2026-03-06',
    '--manager',
    `Manager ${number}`,
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: server.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const link = managerLink.exec(out);
      if (code === 0 && link) resolve(link[1].split('/join/')[1]);
      else reject(new Error(`admin create-engagement exited ${code}: ${out.slice(0, 500)}`));
    });
  });
}

async function join(baseUrl, code, index, sessionId) {
  const address = tabletAddress(index);
  const http = createHttp(baseUrl, { localAddress: address });
  try {
    const reply = await http.request('POST', '/api/join', { body: { code } });
    if (!isOk(reply)) throw new Error(describeFailure('join', reply));
    const { deviceToken, deviceId, engagementId, memberId, role } = reply.json;
    return { token: deviceToken, deviceId, engagementId, memberId, role, nextSeq: 1, address, sessionId };
  } finally {
    http.close();
  }
}

/**
 * `count` engagements of `perEngagement` devices each: each made with the admin command
 * line, its manager joined from the printed link, then `perEngagement - 1` peers the manager
 * adds and invites (POST /api/engagements/:id/invites), each joining from its own loopback
 * address. Devices get a session id of their own engagement (the server does not
 * check that the session exists: notes are all the load writes).
 */
export async function joinEngagements(server, count, perEngagement) {
  const codes = [];
  for (let start = 0; start < count; start += adminAtOnce) {
    const batch = Array.from({ length: Math.min(adminAtOnce, count - start) }, (_, n) =>
      createEngagement(server, start + n + 1),
    );
    codes.push(...(await Promise.all(batch)));
  }
  const http = createHttp(server.baseUrl);
  const devices = [];
  try {
    for (const [number, code] of codes.entries()) {
      const sessionId = randomUUID();
      const first = number * perEngagement;
      const manager = await join(server.baseUrl, code, first, sessionId);
      const members = Array.from({ length: perEngagement - 1 }, (_, n) =>
        newMember(manager.nextSeq + n, { displayName: `Peer ${number + 1}.${n + 1}` }),
      );
      const pushed = await http.request('POST', `/api/engagements/${manager.engagementId}/push`, {
        token: manager.token,
        body: pushBody(members),
      });
      if (!isOk(pushed)) throw new Error(describeFailure('push members', pushed));
      manager.nextSeq += members.length;
      devices.push(manager);
      for (const [n, member] of members.entries()) {
        const invite = await http.request('POST', `/api/engagements/${manager.engagementId}/invites`, {
          token: manager.token,
          body: { memberId: member.recordId },
        });
        if (!isOk(invite) || typeof invite.json?.code !== 'string') throw new Error(describeFailure('invite', invite));
        devices.push(await join(server.baseUrl, invite.json.code, first + n + 1, sessionId));
      }
    }
  } finally {
    http.close();
  }
  return {
    devices,
    invitesVia: `${count} engagements made with admin create-engagement; in each the manager's printed link + ${perEngagement - 1} members invited with POST /api/engagements/:id/invites`,
  };
}
