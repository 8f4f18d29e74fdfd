import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOfCode } from '../../src/server/http/errorResponse';
import { pushResponseSchema } from '../../src/domain/sync/protocol';
import { call, errorOf, fromAddress, type Reply } from './support/call';
import { authCases, otherEngagementCases, roleCases, unknownRouteCases } from './support/malformed/accessCases';
import { jsonBodyCases, sizeCases } from './support/malformed/bodyCases';
import { startFixture, type Fixture } from './support/malformed/fixture';
import { photoCases } from './support/malformed/photoCases';
import { pushCases } from './support/malformed/pushCases';
import type { RequestCase } from './support/malformed/requestCase';
import { teamCases } from './support/malformed/teamCases';

/** Fixed unless PROPERTY_SEED is set, so a failure is repeatable; fast-check prints seed and path. */
const seed = Number(process.env.PROPERTY_SEED ?? 20261124);
const numRuns = Number(process.env.MALFORMED_RUNS ?? 300);

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => {
  await f.t.close();
});

/** Reported by family and fault: a counterexample must not print a 5 MB body. */
const labelled = (request: RequestCase) =>
  Object.assign(request, { [fc.toStringMethod]: () => `${request.family} — ${request.fault}` });

/** Every family of malformed request, weighted so the cheap ones make up most runs. */
function malformedRequest(fixture: Fixture): fc.Arbitrary<RequestCase> {
  return fc
    .oneof(
      { arbitrary: authCases(fixture), weight: 3 },
      { arbitrary: otherEngagementCases(fixture), weight: 2 },
      { arbitrary: roleCases(fixture), weight: 3 },
      { arbitrary: unknownRouteCases(fixture), weight: 1 },
      { arbitrary: jsonBodyCases(fixture), weight: 3 },
      { arbitrary: sizeCases(fixture), weight: 1 },
      { arbitrary: pushCases(fixture), weight: 5 },
      { arbitrary: teamCases(fixture), weight: 4 },
      { arbitrary: photoCases(fixture), weight: 2 },
    )
    .map(labelled);
}

const families = [
  'auth',
  'other engagement',
  'role',
  'unknown route',
  'not JSON',
  'content type',
  'size',
  'push envelope',
  'push field',
  'record field',
  'invite field',
  'path id',
  'pull since',
  'join field',
  'photo',
];

/** The last seq each device used in a push the server answered 200: refusals use seqs up. */
const lastSeqs = new Map<string, number>();

/** The case's push with its mutations numbered after the device's last seq. */
function numberedAfresh(request: RequestCase): RequestCase {
  const token = request.options.token ?? '';
  const body = request.options.body as { mutations: Record<string, unknown>[] };
  const from = lastSeqs.get(token) ?? 0;
  lastSeqs.set(token, from + body.mutations.length);
  const mutations = body.mutations.map((mutation, index) => ({ ...mutation, seq: from + index + 1 }));
  return { ...request, options: { ...request.options, body: { ...body, mutations } } };
}

/** A 200 push: the refused mutation named as expected, every other one applied. */
function expectRefused(request: RequestCase, reply: Reply, context: string): void {
  const { refusedIndex, code, field } = request.expected;
  expect(reply.status, context).toBe(200);
  const { results } = pushResponseSchema.parse(reply.json);
  results.forEach((result, index) => {
    if (index !== refusedIndex) expect(result.status, context).toBe('applied');
    else expect(result.status === 'refused' && result.refusal, context).toMatchObject({ code, field });
  });
}

describe('malformed requests', () => {
  it(`get their exact status and a JSON error (or a refusal of the one mutation) naming the field, never a 5xx (${numRuns} runs)`, async () => {
    const seen = new Set<string>();
    let joins = 0;
    await fc.assert(
      fc.asyncProperty(malformedRequest(f), async (generated) => {
        seen.add(generated.family);
        const request = generated.expected.refusedIndex === undefined ? generated : numberedAfresh(generated);
        // Each join comes from its own address, so the rate limit never decides the answer.
        const env = request.path === '/api/join' ? fromAddress(`10.0.${joins >> 8}.${(joins += 1) & 255}`) : undefined;
        const reply = await call(f.t.app, request.method, request.path, {
          ...request.options,
          ...(env ? { env } : {}),
        });
        const context = `${request.family} — ${request.fault}: ${reply.status} ${reply.text.slice(0, 300)}`;
        expect(reply.status, context).toBeLessThan(500);
        expect(reply.headers.get('Content-Type'), context).toMatch(/^application\/json/);
        if (request.expected.refusedIndex !== undefined) return expectRefused(request, reply, context);
        const error = errorOf(reply);
        expect({ status: reply.status, code: error.code, field: error.field }, context).toEqual(request.expected);
        expect(statusOfCode[error.code]).toBe(reply.status);
        expect(error.message.length, context).toBeGreaterThan(0);
      }),
      { seed, numRuns, endOnFailure: true },
    );
    expect([...seen].sort()).toEqual([...families].sort());
  });
});
