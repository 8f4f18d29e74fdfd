import { describe, expect, it } from 'vitest';
import { reviewTeamAuthorId } from '../records/accuracyComment';
import { changesCouncilView, councilView } from './councilView';

const councilMember = 'c0000000-0000-4000-8000-000000000001';
const teamMember = 'a0000000-0000-4000-8000-000000000002';
const isCouncil = (id: unknown) => id === councilMember;
const comment = {
  id: 'b0000000-0000-4000-8000-000000000003',
  rev: 90,
  deleted: false,
  updatedAt: '2026-12-05T09:00:00.000Z',
  text: 'It opened in 2024.',
  answer: '',
  authorId: councilMember,
  conflicts: [{ field: 'answer', value: 'x', memberId: teamMember, rev: 88, at: '2026-12-05T09:00:00.000Z' }],
};

describe('councilView', () => {
  it('gives the council its own number, no conflicts, and keeps a council member as author', () => {
    expect(councilView('accuracyComment', comment, 4, isCouncil)).toEqual({ ...comment, rev: 4, conflicts: [] });
  });

  it('shows a team member’s comment as the review team’s', () => {
    const view = councilView('accuracyComment', { ...comment, authorId: teamMember }, 4, isCouncil);
    expect(view).toMatchObject({ authorId: reviewTeamAuthorId });
  });

  it('erases a deleted record to {id, rev, deleted}', () => {
    expect(councilView('publishedSnapshot', { ...comment, deleted: true, title: 'T' }, 5, isCouncil)).toEqual({
      id: comment.id,
      rev: 5,
      deleted: true,
    });
  });

  it('gives nothing of a type the council may not read', () => {
    for (const type of ['note', 'finding', 'outputDraft', 'attributionAcceptance', 'member'] as const) {
      expect(councilView(type, comment, 1, isCouncil)).toBeUndefined();
    }
  });
});

describe('changesCouncilView', () => {
  it('is true for what the council would see change, false for conflicts, revs and times alone', () => {
    expect(changesCouncilView('accuracyComment', undefined, comment)).toBe(true);
    expect(changesCouncilView('accuracyComment', comment, { ...comment, answer: 'Corrected.' })).toBe(true);
    expect(changesCouncilView('accuracyComment', comment, { ...comment, deleted: true })).toBe(true);
    const settled = { ...comment, rev: 95, updatedAt: '2026-12-06T09:00:00.000Z', conflicts: [] };
    expect(changesCouncilView('accuracyComment', comment, settled)).toBe(false);
    expect(changesCouncilView('note', undefined, comment)).toBe(false);
  });
});
