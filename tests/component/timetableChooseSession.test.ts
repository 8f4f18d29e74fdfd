import { describe, expect, it } from 'vitest';
import { chooseSession, sessionsOnDay } from '../../src/client/features/timetable/chooseSession';

const s = (id: string, from: string, to: string) => ({
  id,
  startsAt: `2026-11-23T${from}:00.000Z`,
  endsAt: `2026-11-23T${to}:00.000Z`,
});
const reading = s('reading', '09:00', '10:30');
const interview = s('interview', '11:00', '12:00');
const focusGroup = s('focus', '14:00', '15:30');
const at = (time: string) => new Date(`2026-11-23T${time}:00.000Z`);

describe('chooseSession', () => {
  it('opens on the session running now', () => {
    expect(chooseSession([focusGroup, reading, interview], at('11:15'))).toEqual({ session: interview, when: 'now' });
  });

  it('counts the start minute as running and the end minute as over', () => {
    expect(chooseSession([reading, interview], at('11:00'))?.when).toBe('now');
    expect(chooseSession([reading, interview], at('12:00'))).toEqual({ session: interview, when: 'last' });
    expect(chooseSession([reading, interview, focusGroup], at('12:00'))).toEqual({ session: focusGroup, when: 'next' });
  });

  it('takes the later-started of two overlapping sessions', () => {
    const visit = s('visit', '10:00', '11:30');
    expect(chooseSession([reading, visit], at('10:15'))).toEqual({ session: visit, when: 'now' });
  });

  it('opens on the next session between sessions and before the day starts', () => {
    expect(chooseSession([reading, interview, focusGroup], at('12:30'))).toEqual({ session: focusGroup, when: 'next' });
    expect(chooseSession([focusGroup, reading], at('07:00'))).toEqual({ session: reading, when: 'next' });
  });

  it('opens on the last session once everything is over, and on nothing without sessions', () => {
    expect(chooseSession([interview, focusGroup, reading], at('18:00'))).toEqual({ session: focusGroup, when: 'last' });
    expect(chooseSession([], at('18:00'))).toBeNull();
  });
});

describe('sessionsOnDay', () => {
  it('keeps the sessions that start on the same local day', () => {
    const tomorrow = { id: 'tomorrow', startsAt: '2026-11-24T12:00:00.000Z', endsAt: '2026-11-24T13:00:00.000Z' };
    expect(sessionsOnDay([reading, tomorrow, interview], at('12:00')).map((x) => x.id)).toEqual([
      'reading',
      'interview',
    ]);
  });
});
