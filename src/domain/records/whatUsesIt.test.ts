import { describe, expect, it } from 'vitest';
import { deletedSessionsHoldingNotes, isUsed, removedThemesInUse, scopeQuestionUsage, themeUsage } from './whatUsesIt';

const note = (sessionId: string, themeIds: string[], scopeQuestionIds: string[] = [], deleted = false) => ({
  sessionId,
  themeIds,
  scopeQuestionIds,
  deleted,
});

describe('what uses a record', () => {
  const notes = [note('s1', ['t1']), note('s1', ['t1', 't2'], ['q1']), note('s2', ['t1'], ['q1'], true)];
  const findings = [
    { themeId: 't1', deleted: false },
    { themeId: 't2', deleted: true },
  ];

  it('counts the live notes and findings of a theme, and the live notes of a scope question', () => {
    expect(themeUsage('t1', notes, findings)).toEqual({ notes: 2, findings: 1 });
    expect(themeUsage('t2', notes, findings)).toEqual({ notes: 1, findings: 0 });
    expect(themeUsage('t3', notes, findings)).toEqual({ notes: 0, findings: 0 });
    expect(scopeQuestionUsage('q1', notes)).toEqual({ notes: 1, findings: 0 });
    expect(isUsed({ notes: 0, findings: 0 })).toBe(false);
    expect(isUsed({ notes: 0, findings: 1 })).toBe(true);
  });

  it('finds deleted sessions that still hold a live note, and removed themes still in use', () => {
    const sessions = [
      { id: 's1', deleted: true },
      { id: 's2', deleted: true },
      { id: 's3', deleted: false },
    ];
    expect(deletedSessionsHoldingNotes(sessions, notes)).toEqual([{ id: 's1', deleted: true }]);
    const themes = [
      { id: 't1', deleted: true },
      { id: 't2', deleted: false },
      { id: 't3', deleted: true },
    ];
    expect(removedThemesInUse(themes, notes, findings)).toEqual([{ id: 't1', deleted: true }]);
  });
});
