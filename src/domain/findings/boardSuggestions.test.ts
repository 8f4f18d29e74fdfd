import { describe, expect, it } from 'vitest';
import { makeBoardSuggester, suggestForBoard, type SuggestionRequest } from './boardSuggestions';
import type { SimilarityNote } from './similarity';

const theme = 'theme-a';
const note = (id: string, text: string): SimilarityNote => ({ id, text, themeIds: [theme] });
const pile = [
  note('a', 'The funding panel is slow to decide'),
  note('b', 'Funding panel decisions are slow'),
  note('c', 'Staff praised the triage line'),
  note('d', 'The triage line is praised by staff'),
  note('e', 'Carers wait months for an assessment'),
];
const cited = note('n-cited', 'Families wait months for a care assessment');
const request = (unassigned: SimilarityNote[], selected: SimilarityNote[]): SuggestionRequest => ({
  unassigned,
  selected,
  findings: [
    { id: 'f-panel', themeId: theme, headline: 'Panel decisions are slow', explanation: '', noteIds: [] },
    { id: 'f-waits', themeId: theme, headline: 'Long waits', explanation: '', noteIds: [cited.id] },
  ],
  citedNotes: [cited],
});

describe('makeBoardSuggester', () => {
  // The board's questions over an evening: selections, a move, an edited note, a new note.
  const [a, b, c, d, e] = pile as [SimilarityNote, SimilarityNote, SimilarityNote, SimilarityNote, SimilarityNote];
  const questions = [
    request(pile, []),
    request(pile, [a]),
    request(pile, [a, e]),
    request([b, c, d, e], [e]),
    request([b, c, { ...d, text: 'Parking at the civic centre is hard' }, e], [e]),
    request([b, c, d, e, note('f', 'The triage line staff praised')], [b]),
    request(pile, [a]),
  ];

  it('answers each question as a fresh computation would, though it remembers what it read', () => {
    const suggest = makeBoardSuggester();
    for (const question of questions) expect(suggest(question)).toEqual(suggestForBoard(question));
  });

  it('finds the groups and the findings a selected note may support', () => {
    const answer = makeBoardSuggester()(questions[2] as SuggestionRequest);
    expect(answer.groups.map((g) => [...g.noteIds].sort())).toEqual([
      ['c', 'd'],
      ['a', 'b'],
    ]);
    expect(answer.forNotes.map((n) => [n.noteId, n.findings.map((f) => f.findingId)])).toEqual([
      ['a', ['f-panel']],
      ['e', ['f-waits']],
    ]);
  });
});
