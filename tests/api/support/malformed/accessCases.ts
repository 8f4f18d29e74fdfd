import fc from 'fast-check';
import { newNote, pushBody } from '../mutations';
import type { Fixture } from './fixture';
import { expectError, expectRefusal, type RequestCase } from './requestCase';
import { routes } from './routes';

const anyRoute = fc.constantFrom(...routes);

/** Missing, malformed, unknown and revoked tokens: 401 on every route, before anything else. */
export function authCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const badAuth = fc.oneof(
    fc.constant({ fault: 'no token', headers: {} }),
    fc.constant({ fault: 'wrong scheme', headers: { Authorization: `Basic ${f.peer.deviceToken}` } }),
    fc
      .stringMatching(/^[A-Za-z0-9_-]{20,60}$/)
      .map((token) => ({ fault: 'unknown token', headers: { Authorization: `Bearer ${token}` } })),
    fc
      .integer({ min: 201, max: 5000 })
      .map((length) => ({ fault: 'token too long', headers: { Authorization: `Bearer ${'a'.repeat(length)}` } })),
    fc.constant({ fault: 'revoked token', headers: { Authorization: `Bearer ${f.revokedToken}` } }),
  );
  return fc.tuple(anyRoute, badAuth).map(([route, auth]) => ({
    family: 'auth',
    fault: `${route.name}: ${auth.fault}`,
    method: route.method,
    path: route.path(f.engagementId),
    options: { ...route.options(f), headers: auth.headers },
    expected: expectError(401, 'unauthorized'),
  }));
}

/** Another engagement's id, or one that is no id at all: 404 as if it did not exist. */
export function otherEngagementCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const otherId = fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z0-9-]{1,40}$/)).filter((id) => id !== f.engagementId);
  return fc.tuple(anyRoute, otherId).map(([route, id]) => ({
    family: 'other engagement',
    fault: `${route.name} on ${id}`,
    method: route.method,
    path: route.path(id),
    options: { ...route.options(f), token: f.manager.deviceToken },
    expected: expectError(404, 'not_found'),
  }));
}

/** A role calling a route it may not use: 403, whatever else is wrong with the body. */
export function roleCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const devices = { peer: f.peer, council: f.council };
  const refused = routes.flatMap((route) =>
    (['peer', 'council'] as const).filter((role) => !route.roles.includes(role)).map((role) => ({ route, role })),
  );
  const routeCase = fc.tuple(fc.constantFrom(...refused), fc.jsonValue()).map(([{ route, role }, junk]) => {
    // Bodies are read only after the role check, so even junk gets 403 rather than 400.
    const options = route.options(f);
    const withJunk = 'body' in options && route.name !== 'push' ? { body: junk } : options;
    const field = route.name === 'push' ? 'mutations.0.recordId' : undefined;
    return {
      family: 'role',
      fault: `${role} calls ${route.name}`,
      method: route.method,
      path: route.path(f.engagementId),
      options: { ...withJunk, token: devices[role].deviceToken },
      // The push route lets every role in; the council's note is refused on its own.
      expected: field ? expectRefusal(0, 'forbidden', field) : expectError(403, 'forbidden'),
    };
  });
  const recordTypes = [
    'theme',
    'member',
    'scopeQuestion',
    'session',
    'publishedSnapshot',
    'accuracyComment',
    'engagement',
  ] as const;
  const peerWrite = fc.constantFrom(...recordTypes).map((recordType) => ({
    family: 'role',
    fault: `peer writes a ${recordType}`,
    method: 'POST',
    path: `/api/engagements/${f.engagementId}/push`,
    options: { token: f.peer.deviceToken, body: pushBody([newNote(1, { recordType })]) },
    expected: expectRefusal(0, 'forbidden', 'mutations.0.recordId'),
  }));
  const otherDevice = fc.constantFrom(f.council, f.peer).map((device) => ({
    family: 'role',
    fault: `${device.role} signs out the manager's device`,
    method: 'POST',
    path: `/api/engagements/${f.engagementId}/devices/${f.manager.deviceId}/revoke`,
    options: { token: device.deviceToken },
    expected: expectError(403, 'forbidden', 'deviceId'),
  }));
  return fc.oneof(routeCase, peerWrite, otherDevice);
}

const knownSegments = new Set(['push', 'pull', 'invites', 'devices', 'photos', 'join', 'health', 'engagements']);

/** Paths and methods the API does not have: a JSON 404. */
export function unknownRouteCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const segment = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/).filter((name) => !knownSegments.has(name));
  return fc.oneof(
    fc.tuple(fc.constantFrom('GET', 'POST', 'DELETE'), segment).map(([method, name]) => ({
      family: 'unknown route',
      fault: `${method} /api/engagements/:id/${name}`,
      method,
      path: `/api/engagements/${f.engagementId}/${name}`,
      options: { token: f.manager.deviceToken },
      expected: expectError(404, 'not_found'),
    })),
    fc.constantFrom('DELETE', 'PATCH').map((method) => ({
      family: 'unknown route',
      fault: `${method} invites`,
      method,
      path: `/api/engagements/${f.engagementId}/invites`,
      options: { token: f.manager.deviceToken },
      expected: expectError(404, 'not_found'),
    })),
  );
}
