import { describe, expect, it } from 'vitest';
import { mergeMutation, type MergeContext } from './mergeMutation';
import type { Mutation } from './protocol';

const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';
const councillor = '5d1c3c1e-0b7a-4f0e-9a55-2c3d4e5f6a7b';
const snapshotId = '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9';
const context: MergeContext = {
  engagementId,
  rev: 9,
  memberId: councillor,
  deviceId: 'dev-c',
  now: '2026-12-05T10:00:00.000Z',
};

const mutation = (recordType: Mutation['recordType'], changes: Mutation['changes']): Mutation => ({
  seq: 1,
  recordType,
  recordId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  op: 'upsert',
  changes,
  setChanges: {},
  baseRevs: {},
  editedAt: '2026-12-05T09:00:00.000Z',
  resolvedConflicts: [],
});

const comment = (changes: Mutation['changes'] = {}) =>
  mutation('accuracyComment', {
    snapshotId,
    text: 'The reablement service opened in 2024, not 2023.',
    createdAt: '2026-12-05T09:00:00.000Z',
    ...changes,
  });

describe('mergeMutation on accuracy comments', () => {
  it('takes the author from the token, not the body', () => {
    const outcome = mergeMutation(undefined, {}, comment({ authorId: snapshotId }), context);
    expect(outcome).toMatchObject({ ok: true, record: { authorId: councillor, snapshotId } });
  });
});

describe('mergeMutation field checks', () => {
  it('refuses a field the record type does not have, naming it', () => {
    expect(mergeMutation(undefined, {}, comment({ colour: 'red' }), context)).toMatchObject({
      ok: false,
      field: 'changes.colour',
    });
  });

  it('refuses a value its field refuses, even one that would only be kept as a conflict', () => {
    expect(mergeMutation(undefined, {}, comment({ text: 'x'.repeat(5001) }), context)).toMatchObject({
      ok: false,
      field: 'changes.text',
    });
  });

  it('names the path inside a structured field', () => {
    const snapshot = mutation('publishedSnapshot', {
      title: 'Feedback presentation',
      kind: 'presentation',
      publishedAt: '2026-12-04T16:00:00.000Z',
      body: { sections: [{ heading: 'Working together', blocks: [{ kind: 'bullets', items: [7] }] }] },
    });
    expect(mergeMutation(undefined, {}, snapshot, context)).toMatchObject({
      ok: false,
      field: 'changes.body.sections.0.blocks.0.items.0',
    });
  });

  it('stores a valid published snapshot', () => {
    const body = {
      sections: [{ heading: 'Working together', blocks: [{ kind: 'paragraph', text: 'Partners trust the council.' }] }],
    };
    const snapshot = mutation('publishedSnapshot', {
      title: 'Feedback presentation',
      kind: 'presentation',
      publishedAt: '2026-12-04T16:00:00.000Z',
      body,
    });
    expect(mergeMutation(undefined, {}, snapshot, context)).toMatchObject({ ok: true, record: { body, rev: 9 } });
  });
});
