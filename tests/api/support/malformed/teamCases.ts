import fc from 'fast-check';
import type { Fixture } from './fixture';
import { expectError, type RequestCase } from './requestCase';

const notUuid = fc
  .stringMatching(/^[a-z0-9-]{1,40}$/)
  .filter((text) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text));
const notAnObject = fc.constantFrom<unknown>([], 'x', 42, null, true);

/** Invite bodies with one wrong field (manager token): 400 naming it. */
function inviteBodyCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const memberId = f.peer.memberId;
  const wrongMember = fc.oneof(fc.constantFrom<unknown>(42, null, '', [], {}), notUuid, fc.uuid()).map((value) => ({
    fault: `memberId ${JSON.stringify(value)}`,
    body: { memberId: value } as unknown,
    field: 'memberId' as string | undefined,
  }));
  const wrongDays = fc
    .oneof(
      fc.constantFrom<unknown>(0, 61, 1.5, '7', null, -1, 1e9, [], {}),
      fc.integer({ min: 61, max: 100_000 }),
      fc.integer({ max: 0 }),
    )
    .map((value) => ({
      fault: `expiresInDays ${JSON.stringify(value)}`,
      body: { memberId, expiresInDays: value },
      field: 'expiresInDays',
    }));
  const unknownKey = fc
    .stringMatching(/^[a-z][A-Za-z]{0,19}$/)
    .filter((key) => key !== 'memberId' && key !== 'expiresInDays')
    .map((key) => ({ fault: `unknown key ${key}`, body: { memberId, [key]: 'x' }, field: key }));
  const noObject = notAnObject.map((value) => ({
    fault: `body ${JSON.stringify(value)}`,
    body: value,
    field: undefined,
  }));
  return fc.oneof(wrongMember, wrongDays, unknownKey, noObject).map(({ fault, body, field }) => ({
    family: 'invite field',
    fault,
    method: 'POST',
    path: `/api/engagements/${f.engagementId}/invites`,
    options: { token: f.manager.deviceToken, body },
    expected: expectError(400, 'bad_request', field),
  }));
}

/** Invite, device and photo ids in the path: 400 when not a UUID, 404 when unknown. */
function pathIdCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const kinds = [
    { name: 'inviteId', method: 'POST', path: (id: string) => `invites/${id}/revoke` },
    { name: 'deviceId', method: 'POST', path: (id: string) => `devices/${id}/revoke` },
    { name: 'photoId', method: 'GET', path: (id: string) => `photos/${id}` },
  ];
  const id = fc.oneof(
    notUuid.map((value) => ({ value, status: 400 as const })),
    fc.uuid().map((value) => ({ value, status: 404 as const })),
  );
  return fc.tuple(fc.constantFrom(...kinds), id).map(([kind, { value, status }]) => ({
    family: 'path id',
    fault: `${kind.name} ${value}`,
    method: kind.method,
    path: `/api/engagements/${f.engagementId}/${kind.path(value)}`,
    options: { token: f.manager.deviceToken },
    expected: expectError(status, status === 400 ? 'bad_request' : 'not_found', kind.name),
  }));
}

/** A pull cursor that is not a whole number. */
function sinceCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const since = fc.oneof(
    fc.constantFrom('-1', 'abc', '1.5', '1e3', '9'.repeat(16), '', '%20', '0x10'),
    fc.integer({ max: -1 }).map(String),
  );
  return since.map((value) => ({
    family: 'pull since',
    fault: `since=${value}`,
    method: 'GET',
    path: `/api/engagements/${f.engagementId}/pull?since=${value}`,
    options: { token: f.peer.deviceToken },
    expected: expectError(400, 'bad_request', 'since'),
  }));
}

/** Join bodies: a code of the wrong type or length, or none: 400 naming `code`. */
function joinCases(): fc.Arbitrary<RequestCase> {
  const body = fc.oneof(
    fc.constantFrom<unknown>(12345678, null, true, [], {}).map((code) => ({ code })),
    fc.string({ maxLength: 7 }).map((code) => ({ code })),
    fc.integer({ min: 129, max: 5000 }).map((length) => ({ code: 'c'.repeat(length) })),
    fc.stringMatching(/^[A-Za-z0-9_-]{8,128}$/).map((code) => ({ code })),
    fc.constant({ invite: 'abcdefghijkl' }),
  );
  const noObject = notAnObject.map((value) => ({ body: value, field: undefined }));
  return fc
    .oneof(
      body.map((b) => ({ body: b as unknown, field: 'code' as string | undefined })),
      noObject,
    )
    .map(({ body: sent, field }) => ({
      family: 'join field',
      fault: `join ${JSON.stringify(sent).slice(0, 60)}`,
      method: 'POST',
      path: '/api/join',
      options: { body: sent },
      expected: expectError(400, 'bad_request', field),
    }));
}

export function teamCases(f: Fixture): fc.Arbitrary<RequestCase> {
  return fc.oneof(inviteBodyCases(f), pathIdCases(f), sinceCases(f), joinCases());
}
