import fc from 'fast-check';
import { photoMaxBytes } from '../../../../src/domain/photos/photoLimits';
import { maxBodyBytes } from '../../../../src/server/http/bodyLimits';
import type { CallOptions } from '../call';
import { jpeg } from '../images';
import { newNote, pushBody } from '../mutations';
import type { Fixture } from './fixture';
import { expectError, type RequestCase } from './requestCase';

type JsonRoute = { name: string; path: string; token: string | undefined; body: unknown };

/** The routes that take JSON, each with a body it would accept and a caller allowed to send it. */
function jsonRoutes(f: Fixture): JsonRoute[] {
  return [
    {
      name: 'push',
      path: `/api/engagements/${f.engagementId}/push`,
      token: f.peer.deviceToken,
      body: pushBody([newNote(1)]),
    },
    { name: 'join', path: '/api/join', token: undefined, body: { code: 'abcdefghijkl' } },
    {
      name: 'create invite',
      path: `/api/engagements/${f.engagementId}/invites`,
      token: f.manager.deviceToken,
      body: { memberId: f.peer.memberId },
    },
  ];
}

const notJson = fc.oneof(
  fc.constantFrom('', '{', '{"mutations": [', "{'code': 'x'}", 'undefined', 'NaN', '[1,]', '{"a":1}}'),
  fc.string({ maxLength: 200 }).filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  }),
);

const wrongContentType = fc.constantFrom(
  'text/plain',
  'text/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/jsonp',
  'image/png',
  '',
);

/** Bodies that are not JSON (400), or not labelled JSON (415): no field, the body is the problem. */
export function jsonBodyCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const route = fc.constantFrom(...jsonRoutes(f));
  const broken = fc.tuple(route, notJson).map(([r, rawBody]) => ({
    family: 'not JSON',
    fault: `${r.name}: ${JSON.stringify(rawBody.slice(0, 40))}`,
    method: 'POST',
    path: r.path,
    options: { token: r.token, rawBody },
    expected: expectError(400, 'bad_request'),
  }));
  const mislabelled = fc.tuple(route, wrongContentType).map(([r, contentType]) => ({
    family: 'content type',
    fault: `${r.name} as ${contentType || '(empty)'}`,
    method: 'POST',
    path: r.path,
    options: { token: r.token, rawBody: JSON.stringify(r.body), contentType },
    expected: expectError(415, 'unsupported_media_type'),
  }));
  return fc.oneof(broken, mislabelled);
}

/** A JSON text just over the 5 MB limit, built once for every case that sends it. */
const overFiveMegabytes = JSON.stringify({ code: 'x'.repeat(maxBodyBytes) });

/** JSON over 5 MB and photos over 2 MB, with and without a declared length: 413. */
export function sizeCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const json = fc.tuple(fc.constantFrom(...jsonRoutes(f)), fc.boolean()).map(([r, declared]) => {
    const rawBody = overFiveMegabytes;
    const headers: Record<string, string> = declared ? { 'Content-Length': String(rawBody.length) } : {};
    return {
      family: 'size',
      fault: `${r.name}: JSON over 5 MB${declared ? ' (declared)' : ''}`,
      method: 'POST',
      path: r.path,
      options: { token: r.token, rawBody, headers } satisfies CallOptions,
      expected: expectError(413, 'payload_too_large'),
    };
  });
  const photo = fc.tuple(fc.integer({ min: 1, max: 4096 }), fc.boolean(), fc.uuid()).map(([extra, declared, id]) => {
    const bytes = jpeg(photoMaxBytes + extra);
    const headers: Record<string, string> = declared ? { 'Content-Length': String(bytes.length) } : {};
    return {
      family: 'size',
      fault: `photo ${extra} bytes over 2 MB${declared ? ' (declared)' : ''}`,
      method: 'PUT',
      path: `/api/engagements/${f.engagementId}/photos/${id}`,
      options: { token: f.peer.deviceToken, bytes, headers } satisfies CallOptions,
      expected: expectError(413, 'payload_too_large', 'body'),
    };
  });
  return fc.oneof(json, photo);
}
