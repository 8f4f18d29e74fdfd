import { describe, expect, it } from 'vitest';
import { reviewTeamAuthorId } from '../records/accuracyComment';
import { engagementSchema } from '../records/engagement';
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
const engagement = {
  id: 'e0000000-0000-4000-8000-000000000004',
  engagementId: 'e0000000-0000-4000-8000-000000000004',
  rev: 12,
  deleted: false,
  updatedAt: '2026-11-20T09:00:00.000Z',
  conflicts: [],
  council: 'Borsetshire County Council',
  title: 'Adult social care peer challenge',
  onSiteFrom: '2026-12-01',
  onSiteTo: '2026-12-04',
  rolesToCheck: ['the Head of Commissioning'],
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

  it('shows the engagement (which council, what, when) without the team’s roles to check', () => {
    const view = councilView('engagement', engagement, 3, isCouncil);
    expect(view).toEqual({ ...engagement, rev: 3, rolesToCheck: [] });
    // Still a whole engagement record: the council's device stores it as any other.
    expect(engagementSchema.safeParse(view).success).toBe(true);
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

  it('does not number a change to the roles to check, which the council never sees', () => {
    expect(changesCouncilView('engagement', undefined, engagement)).toBe(true);
    expect(changesCouncilView('engagement', engagement, { ...engagement, rolesToCheck: ['the Director'] })).toBe(false);
    expect(changesCouncilView('engagement', engagement, { ...engagement, onSiteTo: '2026-12-05' })).toBe(true);
  });
});
