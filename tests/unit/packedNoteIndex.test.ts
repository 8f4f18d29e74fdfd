import { describe, expect, it } from 'vitest';
import { NoteSearchIndex } from '../../src/domain/search/noteSearchIndex';
import { packedPostingsSchema } from '../../src/domain/search/packedPostings';
import { makeTestNotes } from '../support/testNotes';

const queries = ['', 'c', 'ca', 'carers', 'carers pan', 'panel waiting', 'cafe', 'zzz', 'nhs discharge hosp'];
const answer = (index: NoteSearchIndex, text: string) =>
  index.search({ text }).hits.map((hit) => `${hit.note.id}:${hit.score.toFixed(9)}`);

describe('a packed note index (built in a worker, taken over by the page)', () => {
  it('answers every search exactly as the index it was packed from', () => {
    const notes = makeTestNotes(400);
    const built = new NoteSearchIndex();
    notes.forEach((note) => built.upsert(note));
    // Dead slots too: an edited and a removed note must not come back.
    const edited = notes[0];
    if (edited) built.upsert({ ...edited, text: 'reablement', updatedAt: '2026-12-01T09:00:00.000Z' });
    built.remove(notes[1]?.id ?? '');
    const restored = new NoteSearchIndex();
    restored.restore(built.pack());
    expect(restored.size).toBe(built.size);
    for (const text of [...queries, 'reablement']) expect(answer(restored, text)).toEqual(answer(built, text));
  });

  it('takes edits after it was taken over, as one built on the page does', () => {
    const notes = makeTestNotes(200, 7);
    const restored = new NoteSearchIndex();
    const packed = new NoteSearchIndex();
    notes.forEach((note) => packed.upsert(note));
    restored.restore(packed.pack());
    const fresh = new NoteSearchIndex();
    notes.forEach((note) => fresh.upsert(note));
    const [first, second, third] = notes.slice(3, 6);
    if (!first || !second || !third) throw new Error('too few notes');
    const changes = [
      { ...first, text: 'carers panel again', updatedAt: '2026-12-01T10:00:00.000Z' },
      { ...second, deleted: true },
      { ...third, id: 'a-new-note', text: 'panel carers cafe' },
    ];
    for (const note of changes) {
      restored.upsert(note);
      fresh.upsert(note);
    }
    for (const text of queries) expect(answer(restored, text)).toEqual(answer(fresh, text));
  });

  it('refuses postings whose lists do not line up', () => {
    const good = {
      keys: ['a'],
      starts: Uint32Array.of(0, 2),
      slots: Uint32Array.of(0, 1),
      counts: Uint32Array.of(1, 1),
    };
    expect(packedPostingsSchema.safeParse(good).success).toBe(true);
    expect(packedPostingsSchema.safeParse({ ...good, starts: Uint32Array.of(0, 3) }).success).toBe(false);
    expect(packedPostingsSchema.safeParse({ ...good, counts: Uint32Array.of(1) }).success).toBe(false);
    expect(packedPostingsSchema.safeParse({ ...good, slots: [0, 1] }).success).toBe(false);
  });
});
