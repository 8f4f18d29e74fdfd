import { describe, expect, it } from 'vitest';
import type { IndexedNote } from '../../src/domain/search/indexedNote';
import { tokenise } from '../../src/domain/search/normalise';
import { NoteSearchIndex } from '../../src/domain/search/noteSearchIndex';
import { parseQuery } from '../../src/domain/search/parseQuery';
import { noFilters, type SearchFilters, type SessionGroups } from '../../src/domain/search/searchFilters';
import {
  makeTestNotes,
  testAuthorIds,
  testScopeQuestionIds,
  testSessionGroups,
  testSessionIds,
  testThemeIds,
} from '../support/testNotes';

const note = (id: string, text: string, extra: Partial<IndexedNote> = {}): IndexedNote => ({
  id,
  sessionId: 's1',
  text,
  evidenceType: 'heard',
  themeIds: [],
  scopeQuestionIds: [],
  stance: 'neutral',
  isQuote: false,
  authorId: 'a1',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  ...extra,
});

const ids = (index: NoteSearchIndex, text: string, filters: SearchFilters = noFilters, sessionGroups?: SessionGroups) =>
  index.search({ text, filters, sessionGroups }).hits.map((hit) => hit.note.id);

/** The slow, obvious answer the index must agree with. */
function bruteForce(
  notes: readonly IndexedNote[],
  text: string,
  filters: SearchFilters,
  groups: SessionGroups,
): Set<string> {
  const query = parseQuery(text);
  const any = <T>(wanted: readonly T[], values: readonly T[]) =>
    wanted.length === 0 || values.some((v) => wanted.includes(v));
  return new Set(
    notes
      .filter((n) => {
        const words = tokenise(`${n.text} ${n.documentReference ?? ''}`);
        return (
          query.exact.every((w) => words.includes(w)) &&
          (query.prefix === null || words.some((w) => w.startsWith(query.prefix ?? ''))) &&
          any(filters.themeIds, n.themeIds) &&
          any(filters.scopeQuestionIds, n.scopeQuestionIds) &&
          any(filters.sessionIds, [n.sessionId]) &&
          any(filters.stakeholderGroups, groups.get(n.sessionId) ?? []) &&
          any(filters.evidenceTypes, [n.evidenceType]) &&
          any(filters.stances, [n.stance]) &&
          any(filters.authorIds, [n.authorId])
        );
      })
      .map((n) => n.id),
  );
}

describe('NoteSearchIndex', () => {
  it('needs every word, matching the last as a prefix, ignoring case and accents', () => {
    const index = new NoteSearchIndex();
    index.upsert(note('n1', 'Carers said the panel is slow'));
    index.upsert(note('n2', 'The panel at the Café was quick'));
    index.upsert(note('n3', 'Carers praised the café'));
    expect(ids(index, 'panel')).toEqual(expect.arrayContaining(['n1', 'n2']));
    expect(ids(index, 'panel')).toHaveLength(2);
    expect(ids(index, 'carers CAFE')).toEqual(['n3']);
    expect(ids(index, 'carers pa')).toEqual(['n1']);
    expect(ids(index, 'carers pa ')).toEqual([]);
    expect(ids(index, 'nothing')).toEqual([]);
  });

  it('searches the document reference too', () => {
    const index = new NoteSearchIndex();
    index.upsert(note('n1', 'Read it', { documentReference: 'Self-assessment 2026' }));
    expect(ids(index, 'self assessment')).toEqual(['n1']);
  });

  it('ranks notes using a word more often first, then the newest', () => {
    const index = new NoteSearchIndex();
    index.upsert(note('old', 'delays', { updatedAt: '2026-11-23T09:00:00.000Z' }));
    index.upsert(note('new', 'delays', { updatedAt: '2026-11-23T11:00:00.000Z' }));
    index.upsert(note('many', 'delays delays delays and more delays', { updatedAt: '2026-11-22T09:00:00.000Z' }));
    expect(ids(index, 'delays')).toEqual(['many', 'new', 'old']);
  });

  it('lists every note newest first for an empty query', () => {
    const index = new NoteSearchIndex();
    index.upsert(note('a', 'x', { updatedAt: '2026-11-23T09:00:00.000Z' }));
    index.upsert(note('b', 'y', { updatedAt: '2026-11-23T10:00:00.000Z' }));
    expect(ids(index, '  ')).toEqual(['b', 'a']);
  });

  it('replaces an edited note and forgets its old words', () => {
    const index = new NoteSearchIndex();
    index.upsert(note('n1', 'waiting list'));
    index.upsert(note('n1', 'reablement works', { updatedAt: '2026-11-23T12:00:00.000Z' }));
    expect(ids(index, 'waiting')).toEqual([]);
    expect(ids(index, 'reablement')).toEqual(['n1']);
    expect(index.size).toBe(1);
  });

  it('removes a deleted note', () => {
    const index = new NoteSearchIndex();
    index.upsert(note('n1', 'waiting list'));
    index.upsert(note('n1', 'waiting list', { deleted: true, updatedAt: '2026-11-23T12:00:00.000Z' }));
    expect(ids(index, 'waiting')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('narrows by each kind of tag, any value within a kind and every kind together', () => {
    const index = new NoteSearchIndex();
    index.upsert(note('n1', 'panel', { themeIds: ['t1'], evidenceType: 'read', sessionId: 's1' }));
    index.upsert(note('n2', 'panel', { themeIds: ['t2'], stance: 'strength', authorId: 'a2', sessionId: 's2' }));
    index.upsert(note('n3', 'panel', { scopeQuestionIds: ['q1'], sessionId: 's3' }));
    const groups: SessionGroups = new Map([
      ['s1', ['carers']],
      ['s2', ['councillors']],
      ['s3', ['carers', 'managers']],
    ]);
    const only = (filters: Partial<SearchFilters>) => ids(index, 'panel', { ...noFilters, ...filters }, groups).sort();
    expect(only({ themeIds: ['t1'] })).toEqual(['n1']);
    expect(only({ themeIds: ['t1', 't2'] })).toEqual(['n1', 'n2']);
    expect(only({ scopeQuestionIds: ['q1'] })).toEqual(['n3']);
    expect(only({ sessionIds: ['s2'] })).toEqual(['n2']);
    expect(only({ stakeholderGroups: ['carers'] })).toEqual(['n1', 'n3']);
    expect(only({ evidenceTypes: ['read'] })).toEqual(['n1']);
    expect(only({ stances: ['strength'] })).toEqual(['n2']);
    expect(only({ authorIds: ['a2'] })).toEqual(['n2']);
    expect(only({ stakeholderGroups: ['carers'], themeIds: ['t1'] })).toEqual(['n1']);
  });

  it('sync applies only what changed', () => {
    const index = new NoteSearchIndex();
    const three = note('n3', 'three');
    const notes = [note('n1', 'one'), note('n2', 'two'), three];
    expect(index.sync(notes)).toEqual({ added: 3, replaced: 0, removed: 0 });
    expect(index.sync(notes)).toEqual({ added: 0, replaced: 0, removed: 0 });
    const edited = [note('n1', 'uno', { updatedAt: '2026-11-23T12:00:00.000Z' }), three, note('n4', 'four')];
    expect(index.sync(edited)).toEqual({ added: 1, replaced: 1, removed: 1 });
    expect(ids(index, 'one')).toEqual([]);
    expect(ids(index, 'uno')).toEqual(['n1']);
    expect(ids(index, 'two')).toEqual([]);
  });
});

describe('NoteSearchIndex over 5,000 notes', () => {
  const notes = makeTestNotes(5000, 7);
  const index = new NoteSearchIndex();
  index.sync(notes);
  const queries = [
    'carers',
    'carers pan',
    'panel waiting',
    'ca',
    'c',
    'cafe',
    'safeguarding backlog referrals',
    'zzz',
    '',
    'nhs discharge hosp',
  ];
  const filterSets: SearchFilters[] = [
    noFilters,
    { ...noFilters, themeIds: testThemeIds.slice(0, 1) },
    { ...noFilters, scopeQuestionIds: testScopeQuestionIds.slice(1, 2), evidenceTypes: ['heard'] },
    { ...noFilters, sessionIds: testSessionIds.slice(0, 3) },
    { ...noFilters, stakeholderGroups: ['carers'], stances: ['strength'] },
    { ...noFilters, authorIds: testAuthorIds.slice(2, 3), evidenceTypes: ['seen', 'read'] },
  ];

  it.each(queries)('finds exactly the notes a full scan finds for "%s", with every filter set', (text) => {
    for (const filters of filterSets) {
      const expected = bruteForce(notes, text, filters, testSessionGroups);
      const found = ids(index, text, filters, testSessionGroups);
      expect(new Set(found)).toEqual(expected);
      expect(found).toHaveLength(expected.size);
    }
  });

  it('after edits, removals and additions agrees with an index built from scratch', () => {
    const incremental = new NoteSearchIndex();
    incremental.sync(notes);
    const later = '2026-11-24T08:00:00.000Z';
    const changed = notes
      .filter((_, i) => i % 7 !== 0)
      .map((n, i) => (i % 5 === 0 ? { ...n, text: `${n.text} reablement edited`, updatedAt: later } : n))
      .concat(makeTestNotes(200, 99).map((n) => ({ ...n, id: `pulled-${n.id}` })));
    incremental.sync(changed);
    const fresh = new NoteSearchIndex();
    fresh.sync(changed);
    expect(incremental.size).toBe(fresh.size);
    for (const text of [...queries, 'edited', 'reablement ed']) {
      expect(ids(incremental, text, noFilters)).toEqual(ids(fresh, text, noFilters));
    }
  });

  it('stays correct after so many edits that its lists are compacted', () => {
    const index = new NoteSearchIndex();
    index.sync(notes.slice(0, 1500));
    let current = notes.slice(0, 1500);
    for (const round of [1, 2, 3]) {
      current = current.map((n) => ({
        ...n,
        text: `${n.text} round${round}`,
        updatedAt: `2026-11-2${4 + round}T08:00:00.000Z`,
      }));
      index.sync(current);
    }
    const fresh = new NoteSearchIndex();
    fresh.sync(current);
    for (const text of ['carers', 'round3', 'round1', 'ro', 'c', 'panel wa', '']) {
      expect(ids(index, text, noFilters)).toEqual(ids(fresh, text, noFilters));
    }
    expect(ids(index, 'round1')).toHaveLength(1500);
  });
});
