import { describe, expect, it } from 'vitest';
import type { SnapshotKind } from '../records/publishedSnapshot';
import type { OutputText } from './outputDocument';
import { outputTexts } from './outputTexts';
import { draft, fullSources, scopeQuestion, theme, uuid } from './outputSources.fixture';
import { prepareOutput } from './prepareOutput';

/** "recordType id field" for each text: what the check reports against. */
const where = (texts: OutputText[]) =>
  texts.map((text) => `${text.recordType} ${text.recordId.slice(-2)} ${text.field}`);

describe('outputTexts', () => {
  it.each<{ kind: SnapshotKind; expected: string[] }>([
    {
      kind: 'presentation',
      expected: [
        'engagement 01 title',
        'engagement 01 council',
        'outputDraft 80 introduction',
        'scopeQuestion 40 text',
        'scopeQuestion 41 text',
        'outputDraft 80 summary',
        'theme 30 name',
        'finding 51 headline',
        'finding 52 headline',
        'finding 53 headline',
        'theme 31 name',
        'finding 57 headline',
        'recommendation 61 text',
        'recommendation 60 text',
        'recommendation 62 text',
        'outputDraft 80 nextSteps',
      ],
    },
    {
      kind: 'summary letter',
      expected: [
        'outputDraft 81 introduction',
        'scopeQuestion 40 text',
        'scopeQuestion 41 text',
        'engagement 01 title',
        'engagement 01 council',
        'outputDraft 81 summary',
        'theme 30 name',
        'finding 51 headline',
        'finding 51 explanation',
        'finding 52 headline',
        'finding 52 explanation',
        'finding 53 headline',
        'finding 53 explanation',
        'theme 31 name',
        'finding 57 headline',
        'finding 57 explanation',
        'recommendation 61 text',
        'recommendation 60 text',
        'recommendation 62 text',
        'outputDraft 81 nextSteps',
      ],
    },
  ])('lists every checked text of the $kind, in order, and never the contacts', ({ kind, expected }) => {
    const texts = outputTexts(fullSources({ draft: draft(kind) }), kind);
    expect(where(texts)).toEqual(expected);
    expect(texts.some((text) => text.field === 'contacts' || text.text.includes('Jo Example'))).toBe(false);
  });

  it('gives each field as the record holds it, so a hit is found where the manager edits it', () => {
    const sources = fullSources({ draft: draft('summary letter', { summary: '  Two lines\n- and a list ' }) });
    const texts = outputTexts(sources, 'summary letter');
    expect(texts).toContainEqual({
      recordType: 'outputDraft',
      recordId: uuid(81),
      field: 'summary',
      text: '  Two lines\n- and a list ',
    });
    expect(texts).toContainEqual({
      recordType: 'finding',
      recordId: uuid(53),
      field: 'explanation',
      text: 'Lists are long.',
    });
  });

  it.each<SnapshotKind>(['presentation', 'summary letter'])(
    'checks the scope questions and theme names the %s shows, with their record and field, and blocks on a hit in them',
    (kind) => {
      const sources = fullSources({
        scopeQuestions: [scopeQuestion(40, 'How do the Leader and the Chief Executive work together?', 0)],
        themes: [theme(30, 'Working with Cllr Patel', 0), theme(32, 'Unused theme, Cllr Unseen', 1)],
      });
      const texts = outputTexts(sources, kind);
      expect(texts).toContainEqual({
        recordType: 'scopeQuestion',
        recordId: uuid(40),
        field: 'text',
        text: 'How do the Leader and the Chief Executive work together?',
      });
      expect(texts).toContainEqual({
        recordType: 'theme',
        recordId: uuid(30),
        field: 'name',
        text: 'Working with Cllr Patel',
      });
      // A theme with no agreed finding is not in the output, so it is not checked either.
      expect(texts.some((text) => text.recordId === uuid(32))).toBe(false);

      const { unresolved } = prepareOutput(sources, kind, []);
      expect(unresolved.map(({ recordType, field, text }) => [recordType, field, text])).toEqual(
        expect.arrayContaining([
          ['scopeQuestion', 'text', 'the Leader'],
          ['scopeQuestion', 'text', 'the Chief Executive'],
          ['theme', 'name', 'Cllr Patel'],
        ]),
      );
    },
  );

  it('leaves out what the output leaves out: proposed, dropped and deleted findings, deleted recommendations, another kind of draft', () => {
    const texts = outputTexts(fullSources({ draft: draft('summary letter') }), 'presentation');
    const ids = new Set(texts.map((text) => text.recordId));
    for (const left of [54, 55, 56, 58, 63, 81]) expect(ids.has(uuid(left))).toBe(false);
  });
});
