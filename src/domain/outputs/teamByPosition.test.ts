import { describe, expect, it } from 'vitest';
import type { TeamPosition } from '../records/member';
import { member } from './outputSources.fixture';
import { teamByPosition } from './teamByPosition';

const team = (...positions: TeamPosition[]) =>
  positions.map((position, index) => member(100 + index, `Name ${index}`, position));

describe('teamByPosition', () => {
  it.each([
    {
      positions: ['challenge manager', 'member peer', 'lead peer', 'officer peer', 'member peer'] as TeamPosition[],
      expected: 'a lead peer, two member peers, an officer peer and the challenge manager',
    },
    { positions: ['lead peer'] as TeamPosition[], expected: 'a lead peer' },
    {
      positions: [
        'officer peer',
        'officer peer',
        'lived-experience peer',
        'challenge manager',
        'challenge manager',
      ] as TeamPosition[],
      expected: 'two officer peers, a lived-experience peer and two challenge managers',
    },
    { positions: ['council contact', 'lead peer', 'council contact'] as TeamPosition[], expected: 'a lead peer' },
    { positions: ['council contact'] as TeamPosition[], expected: '' },
    { positions: [] as TeamPosition[], expected: '' },
  ])('$positions → "$expected"', ({ positions, expected }) => {
    expect(teamByPosition(team(...positions))).toBe(expected);
  });

  it('leaves out deleted members and anyone with the council role, and never names anyone', () => {
    const members = [
      member(1, 'Zebedee Quartermaine', 'lead peer'),
      { ...member(2, 'Gone Peer', 'member peer'), deleted: true },
      { ...member(3, 'Council Officer', 'officer peer'), role: 'council' as const },
    ];
    const words = teamByPosition(members);
    expect(words).toBe('a lead peer');
    expect(words).not.toMatch(/Quartermaine|Gone|Council/);
  });
});
