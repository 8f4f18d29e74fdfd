import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushResponseSchema, type JoinResponse } from '../../src/domain/sync/protocol';
import { call, errorOf } from './support/call';
import { joinAs } from './support/devices';
import { edit, newNote, pushBody } from './support/mutations';
import { pull, push, pushRaw, refusalOf } from './support/sync';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let manager: JoinResponse;
let lead: JoinResponse;

beforeEach(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  lead = await joinAs(t, 'lead peer');
});
afterEach(async () => {
  await t.close();
});

const pushPath = () => `/api/engagements/${t.demo.engagementId}/push`;

/** A push body as text with `"__proto__": …` written into the named part of its one mutation. */
function withProtoKey(part: 'changes' | 'setChanges', mutation: object): string {
  const text = JSON.stringify(pushBody([mutation]));
  const marked = text.replace(`"${part}":{`, `"${part}":{"__proto__":{"add":["x"],"remove":[]},`);
  expect(marked).not.toBe(text);
  return marked;
}

describe('base revisions', () => {
  it('refuses a base revision past the engagement’s last change, naming the field', async () => {
    const note = newNote(1);
    await push(t, lead, [note]);
    const { cursor } = await pull(t, lead);
    const future = { ...edit(2, 'note', note.recordId, { text: 'From the future' }), baseRevs: { text: cursor + 50 } };
    const reply = await pushRaw(t, lead, pushBody([future]));
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: 'bad_request', field: 'mutations.0.baseRevs.text' });

    // Nothing of it applied, and the seq is still free: the current revision goes.
    const current = { ...future, baseRevs: { text: cursor } };
    expect((await push(t, lead, [current])).results[0]?.status).toBe('applied');
  });

  it('a future base cannot override a concurrent edit: the manager’s edit stays and no conflict is lost', async () => {
    const note = newNote(1);
    const created = await push(t, lead, [note]);
    const base = created.results[0]?.rev ?? 0;
    await push(t, manager, [
      { ...edit(1, 'note', note.recordId, { text: 'Manager’s wording' }), baseRevs: { text: base } },
    ]);
    const sneaky = { ...edit(2, 'note', note.recordId, { text: 'Lead’s wording' }), baseRevs: { text: base + 1000 } };
    expect((await pushRaw(t, lead, pushBody([sneaky]))).status).toBe(400);
    const stored = (await pull(t, manager, t.demoCursor)).changes.find((change) => change.record.id === note.recordId);
    expect(stored?.record).toMatchObject({ text: 'Manager’s wording' });
  });
});

describe('__proto__ in a mutation', () => {
  it('is refused by name in changes, like any field the record does not have', async () => {
    const note = newNote(1);
    await push(t, lead, [note]);
    const reply = await call(t.app, 'POST', pushPath(), {
      token: lead.deviceToken,
      rawBody: withProtoKey('changes', edit(2, 'note', note.recordId, { text: 'Also changed' })),
    });
    expect(reply.status).toBe(200);
    const response = pushResponseSchema.parse(reply.json);
    expect(refusalOf(response, 2)).toMatchObject({ code: 'bad_request', field: 'mutations.0.changes.__proto__' });
    // The same answer as any other unknown field.
    const unknown = await push(t, lead, [edit(3, 'note', note.recordId, { text: 'Also changed', colour: 'red' })]);
    expect(refusalOf(unknown, 3)).toMatchObject({ code: 'bad_request', field: 'mutations.0.changes.colour' });
  });

  it('is refused by name in setChanges', async () => {
    const note = newNote(1);
    await push(t, lead, [note]);
    const reply = await call(t.app, 'POST', pushPath(), {
      token: lead.deviceToken,
      rawBody: withProtoKey('setChanges', {
        ...edit(2, 'note', note.recordId, {}),
        setChanges: { themeIds: { add: [], remove: [] } },
      }),
    });
    expect(reply.status).toBe(200);
    const response = pushResponseSchema.parse(reply.json);
    expect(refusalOf(response, 2)).toMatchObject({ code: 'bad_request', field: 'mutations.0.setChanges.__proto__' });
  });
});
