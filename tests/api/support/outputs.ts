import { randomUUID } from 'node:crypto';
import type { Mutation } from '../../../src/domain/sync/protocol';
import { edit } from './mutations';

/** A body of two sections, the first with two blocks, as the presentation model fills it. */
export const snapshotBody = {
  sections: [
    {
      heading: 'Financial planning',
      blocks: [
        { kind: 'paragraph', text: 'The medium-term plan is credible.' },
        { kind: 'bullets', items: ['Reserves are low'] },
      ],
    },
    { heading: 'Next steps', blocks: [{ kind: 'paragraph', text: 'The team will write the letter.' }] },
  ],
};

/** A new published snapshot (the manager's), `number` left to the server. */
export const publish = (
  seq: number,
  id = randomUUID(),
  kind = 'presentation',
  title = 'Feedback presentation',
): Mutation =>
  edit(seq, 'publishedSnapshot', id, { title, kind, publishedAt: '2026-12-04T16:00:00.000Z', body: snapshotBody });

/** A new accuracy comment on a snapshot. */
export const newComment = (
  seq: number,
  snapshotId: string,
  fields: Record<string, unknown> = {},
  id = randomUUID(),
): Mutation =>
  edit(seq, 'accuracyComment', id, {
    snapshotId,
    text: 'The service opened in 2024, not 2023.',
    sectionIndex: 0,
    blockIndex: 1,
    createdAt: '2026-12-05T09:00:00.000Z',
    ...fields,
  });

/** The manager's own words of an output. */
export const newOutputDraft = (seq: number, id = randomUUID()): Mutation =>
  edit(seq, 'outputDraft', id, {
    kind: 'summary letter',
    introduction: 'Draft introduction only the team reads.',
    summary: 'Draft summary only the team reads.',
    nextSteps: 'Draft next steps.',
    contacts: 'Adviser: adviser@example.org',
  });

/** The manager's acceptance of one hit of the non-attribution check. */
export const newAcceptance = (seq: number, recordId: string, id = randomUUID()): Mutation =>
  edit(seq, 'attributionAcceptance', id, {
    outputKind: 'summary letter',
    recordType: 'outputDraft',
    recordId,
    field: 'summary',
    span: 'the Leader',
    reason: 'The role, held jointly: no one person.',
    acceptedAt: '2026-12-04T12:00:00.000Z',
  });
