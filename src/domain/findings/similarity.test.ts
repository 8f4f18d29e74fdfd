import { describe, expect, it } from 'vitest';
import { groupSimilarNotes, suggestFindingsForNote, type SimilarityFinding, type SimilarityNote } from './similarity';

const theme = 'theme-a';
const otherTheme = 'theme-b';
const note = (id: string, text: string, themeIds = [theme]): SimilarityNote => ({ id, text, themeIds });
const finding = (id: string, headline: string, extra: Partial<SimilarityFinding> = {}): SimilarityFinding => ({
  id,
  themeId: theme,
  headline,
  explanation: '',
  noteIds: [],
  ...extra,
});

describe('suggestFindingsForNote', () => {
  const cited = note('n-cited', 'Families wait months for a care assessment');
  const notesById = new Map([cited].map((n) => [n.id, n]));
  const findings = [
    finding('f-panel', 'Panel decisions are slow', { explanation: 'The funding panel meets monthly.' }),
    finding('f-triage', 'Triage line is valued by staff'),
    finding('f-waits', 'Long waits', { noteIds: [cited.id] }),
    finding('f-elsewhere', 'Panel decisions are slow', { themeId: otherTheme }),
  ];

  it.each([
    { text: 'Carers said the funding panel is slow', expected: ['f-panel'] },
    { text: 'Staff praised the new triage line', expected: ['f-triage'] },
    // Matched through the text of a note the finding already cites.
    { text: 'A care assessment took months', expected: ['f-waits'] },
    { text: 'Nothing here resembles anything', expected: [] },
    { text: '', expected: [] },
  ])('suggests $expected for “$text”', ({ text, expected }) => {
    expect(suggestFindingsForNote(note('n', text), findings, notesById).map((s) => s.findingId)).toEqual(expected);
  });

  it('ranks best first, ties by id, within the limit', () => {
    const twins = [finding('f-2', 'Panel is slow'), finding('f-1', 'Panel is slow'), finding('f-3', 'Panel')];
    const ranked = suggestFindingsForNote(note('n', 'the panel is slow'), twins, new Map(), { limit: 2 });
    expect(ranked.map((s) => s.findingId)).toEqual(['f-1', 'f-2']);
    expect(ranked[0]?.score).toBeCloseTo(ranked[1]?.score ?? 0);
  });

  it.each([
    { why: 'a finding of another theme', f: finding('f', 'Panel is slow', { themeId: otherTheme }) },
    { why: 'a finding already citing the note', f: finding('f', 'Panel is slow', { noteIds: ['n'] }) },
  ])('never suggests $why', ({ f }) => {
    expect(suggestFindingsForNote(note('n', 'Panel is slow'), [f], new Map())).toEqual([]);
  });

  it('suggests nothing for a note with no theme', () => {
    expect(suggestFindingsForNote(note('n', 'Panel is slow', []), findings, notesById)).toEqual([]);
  });
});

describe('groupSimilarNotes', () => {
  const pile = [
    note('a', 'The funding panel is slow to decide'),
    note('b', 'Funding panel decisions are slow'),
    note('c', 'Staff praised the triage line'),
    note('d', 'The triage line is praised by staff'),
    note('e', 'Parking at the civic centre is hard'),
  ];

  it.each([
    {
      name: 'pairs of notes that say similar things',
      notes: pile,
      expected: [
        ['c', 'd'],
        ['a', 'b'],
      ],
    },
    {
      name: 'nothing when nothing is similar',
      notes: [note('x', 'Panel slow'), note('y', 'Triage valued'), note('z', 'Parking hard')],
      expected: [],
    },
    { name: 'nothing for one note', notes: [note('x', 'Panel slow')], expected: [] },
    { name: 'nothing for notes of stop words only', notes: [note('x', 'the and'), note('y', 'and the')], expected: [] },
  ])('gives $name', ({ notes, expected }) => {
    expect(groupSimilarNotes(notes).map((g) => [...g.noteIds].sort())).toEqual(expected);
  });

  it('gives the same groups whatever order the notes come in', () => {
    const forwards = groupSimilarNotes(pile);
    expect(groupSimilarNotes([...pile].reverse())).toEqual(forwards);
  });

  it('keeps groups to the largest size asked for', () => {
    const same = ['1', '2', '3', '4', '5'].map((id) => note(id, 'Panel decisions are slow'));
    const groups = groupSimilarNotes(same, { maxGroupSize: 3 });
    expect(groups.map((g) => g.noteIds)).toEqual([
      ['1', '2', '3'],
      ['4', '5'],
    ]);
  });

  it('breaks ties by note id', () => {
    const same = ['q', 'p', 'r'].map((id) => note(id, 'Panel decisions are slow'));
    expect(groupSimilarNotes(same, { maxGroupSize: 2 }).map((g) => g.noteIds)).toEqual([['p', 'q']]);
  });
});
