import { describe, expect, it } from 'vitest';
import { mayDecideFindings, mayEditFinding, mayProposeFindings, type BoardActor } from './findingPermissions';

const manager: BoardActor = { memberId: 'm', role: 'manager' };
const peer: BoardActor = { memberId: 'p', role: 'peer' };
const council: BoardActor = { memberId: 'c', role: 'council' };

describe('who may change findings', () => {
  it.each([
    [manager, 'x', 'agreed', true],
    [peer, 'p', 'proposed', true],
    [peer, 'p', 'agreed', false],
    [peer, 'x', 'proposed', false],
    [council, 'c', 'proposed', false],
  ] as const)('%o on a finding by %s, %s: %s', (actor, authorId, status, allowed) => {
    expect(mayEditFinding(actor, { authorId, status })).toBe(allowed);
  });

  it('leaves decisions to the manager and proposals to the team', () => {
    expect([manager, peer, council].map(mayDecideFindings)).toEqual([true, false, false]);
    expect([manager, peer, council].map(mayProposeFindings)).toEqual([true, true, false]);
  });
});
