import fc from 'fast-check';
import { maxMutationsPerPush } from '../../../../src/domain/sync/limits';
import { protocolVersion } from '../../../../src/domain/sync/protocol';
import { newNote, pushBody } from '../mutations';
import type { Fixture } from './fixture';
import { expectError, expectRefusal, type RequestCase } from './requestCase';

type Fault = { fault: string; field: string; apply: (mutation: Record<string, unknown>) => Record<string, unknown> };

const set =
  (key: string, value: unknown): Fault['apply'] =>
  (mutation) => ({ ...mutation, [key]: value });
const change =
  (key: string, value: unknown): Fault['apply'] =>
  (mutation) => ({
    ...mutation,
    changes: { ...(mutation.changes as object), [key]: value },
  });
const long = (length: number) => 'x'.repeat(length);

/** A wrong value for one field of the mutation envelope: the schema names it. */
const envelopeFaults: Fault[] = [
  ...['one', null, 0, -3, 1.5, true].map((value) => ({
    fault: `seq ${JSON.stringify(value)}`,
    field: 'seq',
    apply: set('seq', value),
  })),
  ...['finding', 'Note', '', 42, null].map((value) => ({
    fault: `recordType ${JSON.stringify(value)}`,
    field: 'recordType',
    apply: set('recordType', value),
  })),
  ...['not-a-uuid', 42, '', long(500)].map((value) => ({
    fault: `recordId ${JSON.stringify(value).slice(0, 20)}`,
    field: 'recordId',
    apply: set('recordId', value),
  })),
  ...['remove', 1, null].map((value) => ({
    fault: `op ${JSON.stringify(value)}`,
    field: 'op',
    apply: set('op', value),
  })),
  ...[[], 'x', null, 5].map((value) => ({
    fault: `changes ${JSON.stringify(value)}`,
    field: 'changes',
    apply: set('changes', value),
  })),
  ...['x', []].map((value) => ({
    fault: `baseRevs ${JSON.stringify(value)}`,
    field: 'baseRevs',
    apply: set('baseRevs', value),
  })),
  ...['x', -1, 0.5].map((value) => ({
    fault: `baseRevs.text ${JSON.stringify(value)}`,
    field: 'baseRevs.text',
    apply: set('baseRevs', { text: value }),
  })),
  ...['yesterday', 0, '2026-13-01T00:00:00Z', long(300)].map((value) => ({
    fault: `editedAt ${JSON.stringify(value).slice(0, 20)}`,
    field: 'editedAt',
    apply: set('editedAt', value),
  })),
  { fault: 'setChanges not an object', field: 'setChanges', apply: set('setChanges', 'x') },
  {
    fault: 'set add not a list',
    field: 'setChanges.themeIds.add',
    apply: set('setChanges', { themeIds: { add: 'x', remove: [] } }),
  },
  {
    fault: 'set item over 100',
    field: 'setChanges.themeIds.add.0',
    apply: set('setChanges', { themeIds: { add: [long(101)], remove: [] } }),
  },
  {
    fault: 'set of 201 items',
    field: 'setChanges.themeIds.remove',
    apply: set('setChanges', { themeIds: { add: [], remove: Array.from({ length: 201 }, (_, i) => `t${i}`) } }),
  },
  { fault: 'field name over 64', field: `changes.${long(65)}`, apply: change(long(65), 'x') },
];

/** Values the envelope accepts but the note record refuses: caught when the mutation is merged, refused alone. */
const recordFaults: Fault[] = [
  { fault: 'text over 50,000', field: 'changes.text', apply: change('text', long(50_001)) },
  { fault: 'text a number', field: 'changes.text', apply: change('text', 123) },
  {
    fault: 'documentReference over 500',
    field: 'changes.documentReference',
    apply: change('documentReference', long(501)),
  },
  { fault: 'evidenceType unknown', field: 'changes.evidenceType', apply: change('evidenceType', 'smelt') },
  { fault: 'isQuote a string', field: 'changes.isQuote', apply: change('isQuote', 'yes') },
  { fault: 'sessionId not a UUID', field: 'changes.sessionId', apply: change('sessionId', 'x') },
  { fault: 'unknown field', field: 'changes.colour', apply: change('colour', 'red') },
  { fault: 'sync-owned field', field: 'changes.rev', apply: change('rev', 9) },
  { fault: 'set field sent whole', field: 'changes.themeIds', apply: change('themeIds', []) },
  {
    fault: 'required field missing',
    field: 'changes.createdAt',
    apply: (mutation) => {
      const { createdAt: _dropped, ...changes } = mutation.changes as Record<string, unknown>;
      return { ...mutation, changes };
    },
  },
  {
    fault: 'set change on a plain field',
    field: 'setChanges.text',
    apply: set('setChanges', { text: { add: [], remove: [] } }),
  },
];

/**
 * A push of 1–3 good notes from a peer with one broken: a fault of the envelope is 400
 * naming mutations.N.<field>; one the record refuses is refused on its own, naming it.
 */
function mutationCases(f: Fixture, family: string, faults: Fault[], refused: boolean): fc.Arbitrary<RequestCase> {
  return fc.tuple(fc.integer({ min: 1, max: 3 }), fc.nat(), fc.constantFrom(...faults)).map(([count, pick, fault]) => {
    const index = pick % count;
    const mutations: Record<string, unknown>[] = Array.from({ length: count }, (_, i) => ({ ...newNote(i + 1) }));
    mutations[index] = fault.apply(mutations[index] ?? {});
    return {
      family,
      fault: `mutation ${index} of ${count}: ${fault.fault}`,
      method: 'POST',
      path: `/api/engagements/${f.engagementId}/push`,
      options: { token: f.peer.deviceToken, body: pushBody(mutations) },
      expected: refused
        ? expectRefusal(index, 'bad_request', `mutations.${index}.${fault.field}`)
        : expectError(400, 'bad_request', `mutations.${index}.${fault.field}`),
    };
  });
}

/** The push envelope itself: versions, the mutation list, a body that is no object. */
function envelopeCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const good = pushBody([newNote(1)]);
  const tooMany = pushBody(Array.from({ length: maxMutationsPerPush + 1 }, (_, i) => newNote(i + 1)));
  const cases: [string, unknown, string | undefined][] = [
    ...['1', null, true, [], {}].map((value): [string, unknown, string] => [
      `protocolVersion ${JSON.stringify(value)}`,
      { ...good, protocolVersion: value },
      'protocolVersion',
    ]),
    ...[protocolVersion + 1, 99].map((value): [string, unknown, string] => [
      `protocolVersion ${value} (newer)`,
      { ...good, protocolVersion: value },
      'protocolVersion',
    ]),
    ...['x', 0, null].map((value): [string, unknown, string] => [
      `schemaVersion ${JSON.stringify(value)}`,
      { ...good, schemaVersion: value },
      'schemaVersion',
    ]),
    ...['x', {}, null, []].map((value): [string, unknown, string] => [
      `mutations ${JSON.stringify(value)}`,
      { ...good, mutations: value },
      'mutations',
    ]),
    [`${maxMutationsPerPush + 1} mutations`, tooMany, 'mutations'],
    ...[[], 'x', 42, null].map((value): [string, unknown, undefined] => [
      `body ${JSON.stringify(value)}`,
      value,
      undefined,
    ]),
  ];
  return fc.constantFrom(...cases).map(([fault, body, field]) => ({
    family: 'push envelope',
    fault,
    method: 'POST',
    path: `/api/engagements/${f.engagementId}/push`,
    options: { token: f.peer.deviceToken, body },
    expected: expectError(400, 'bad_request', field),
  }));
}

export function pushCases(f: Fixture): fc.Arbitrary<RequestCase> {
  return fc.oneof(
    envelopeCases(f),
    mutationCases(f, 'push field', envelopeFaults, false),
    mutationCases(f, 'record field', recordFaults, true),
  );
}
