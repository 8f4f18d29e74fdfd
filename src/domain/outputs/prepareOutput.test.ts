import { describe, expect, it } from 'vitest';
import type { AttributionAcceptance } from '../records/attributionAcceptance';
import { draft, engagement, fullSources, uuid } from './outputSources.fixture';
import { prepareOutput } from './prepareOutput';

const accepted = (span: string, extra: Partial<AttributionAcceptance> = {}): AttributionAcceptance => ({
  id: uuid(700),
  engagementId: engagement.id,
  rev: 9,
  updatedAt: '2026-11-26T09:00:00.000Z',
  deleted: false,
  conflicts: [],
  outputKind: 'summary letter',
  recordType: 'outputDraft',
  recordId: uuid(81),
  field: 'summary',
  span,
  reason: 'The role is shared by three officers here.',
  acceptedById: uuid(14),
  acceptedAt: '2026-11-26T09:00:00.000Z',
  ...extra,
});

describe('prepareOutput', () => {
  const summary = 'The Virtual School Head praised the plan, as did Zebedee Quartermaine.';
  const sources = (rolesToCheck: string[]) =>
    fullSources({ engagement: { ...engagement, rolesToCheck }, draft: draft('summary letter', { summary }) });

  it('flags the engagement’s own roles to check, beside member names', () => {
    const without = prepareOutput(sources([]), 'summary letter', []);
    expect(without.unresolved.map((hit) => [hit.kind, hit.text])).toEqual([['name', 'Zebedee Quartermaine']]);
    const withRole = prepareOutput(sources(['the Virtual School Head']), 'summary letter', []);
    expect(withRole.unresolved.map((hit) => [hit.kind, hit.text, hit.field])).toEqual([
      ['role', 'The Virtual School Head', 'summary'],
      ['name', 'Zebedee Quartermaine', 'summary'],
    ]);
    expect(withRole.document.kind).toBe('summary letter');
  });

  it('counts a hit accepted for this output kind, record, field and span as resolved', () => {
    const prepared = prepareOutput(sources(['the Virtual School Head']), 'summary letter', [
      accepted('The Virtual School Head'),
      accepted('Zebedee Quartermaine', { outputKind: 'presentation' }),
    ]);
    expect(prepared.hits).toHaveLength(2);
    expect(prepared.unresolved.map((hit) => hit.text)).toEqual(['Zebedee Quartermaine']);
  });
});
