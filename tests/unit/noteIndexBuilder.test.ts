// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveNoteIndex } from '../../src/client/services/liveNoteIndex';
import { workerIndexBuilder, type BuildElsewhere } from '../../src/client/services/noteIndexBuilder';
import { buildRequestSchema, type BuilderMessage } from '../../src/client/services/noteIndexWorkerProtocol';
import { NoteSearchIndex } from '../../src/domain/search/noteSearchIndex';
import type { Note } from '../../src/domain/records/note';
import { makeNote } from '../component/searchFixtures';
import { engagementId, joinedDb } from './storeFixtures';

/** Stands in for the worker: records what the page asks, answers what the test says. */
class FakeWorker extends EventTarget {
  asked: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.asked.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const packedOf = (notes: Note[]) => {
  const index = new NoteSearchIndex<Note>();
  notes.forEach((note) => index.upsert(note));
  return index.pack();
};

let worker: FakeWorker;
let build: BuildElsewhere;
beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  worker = new FakeWorker();
  const made = workerIndexBuilder(() => worker as unknown as Worker);
  if (!made) throw new Error('no builder');
  build = made;
});
afterEach(() => vi.unstubAllGlobals());

const request = { databaseName: 'triangulate', engagementId };

describe('building the note index in a worker', () => {
  it('asks with a valid request, reports progress, and ends the worker with the index', async () => {
    const progress: { done: number; total: number }[] = [];
    const built = build(request, (p) => progress.push(p), new AbortController().signal);
    expect(buildRequestSchema.parse(worker.asked[0])).toEqual({ type: 'build', ...request });
    worker.answer({ type: 'progress', done: 1000, total: 2500 } satisfies BuilderMessage);
    const index = packedOf([makeNote('Carers said the panel is slow')]);
    worker.answer({ type: 'built', index, readMs: 1, indexMs: 2 } satisfies BuilderMessage);
    expect((await built).notes.map((note) => note.text)).toEqual(['Carers said the panel is slow']);
    expect(progress).toEqual([{ done: 1000, total: 2500 }]);
    expect(worker.terminated).toBe(true);
  });

  it('fails with the worker’s reason, and on an answer that does not match the protocol', async () => {
    const failed = build(request, () => undefined, new AbortController().signal);
    worker.answer({ type: 'failed', message: 'no notes table' });
    await expect(failed).rejects.toThrow('no notes table');

    worker = new FakeWorker();
    const garbled = build(request, () => undefined, new AbortController().signal);
    const index = packedOf([makeNote('Carers')]);
    worker.answer({
      type: 'built',
      index: { ...index, postings: { ...index.postings, keys: [] } },
      readMs: 0,
      indexMs: 0,
    });
    await expect(garbled).rejects.toThrow('unreadable');
    expect(worker.terminated).toBe(true);
  });

  it('ends the worker when the index is no longer wanted', async () => {
    const stop = new AbortController();
    const built = build(request, () => undefined, stop.signal);
    stop.abort();
    await expect(built).rejects.toThrow('no longer needed');
    expect(worker.terminated).toBe(true);
  });
});

describe('LiveNoteIndex with a worker', () => {
  it('takes over the index the worker built, and keeps it current from writes', async () => {
    const db = await joinedDb();
    const notes = [makeNote('Carers said the panel is slow'), makeNote('Front door triage works well')];
    await db.note.bulkPut(notes);
    const asked: unknown[] = [];
    const keeper = new LiveNoteIndex(db, engagementId, {
      quietMs: 0,
      buildElsewhere: (request) => {
        asked.push(request);
        return Promise.resolve(packedOf(notes));
      },
    });
    await keeper.start();
    expect(asked).toEqual([{ databaseName: db.name, engagementId }]);
    const texts = (text: string) =>
      keeper
        .getSnapshot()
        .index?.search({ text })
        .hits.map((hit) => hit.note.text);
    expect(texts('panel')).toEqual(['Carers said the panel is slow']);
    await db.note.put(makeNote('The panel meets weekly'));
    await keeper.catchUp();
    expect(texts('panel')?.sort()).toEqual(['Carers said the panel is slow', 'The panel meets weekly']);
    keeper.stop();
  });

  it('builds on the page when the worker fails', async () => {
    const db = await joinedDb();
    await db.note.bulkPut([makeNote('Carers said the panel is slow')]);
    const keeper = new LiveNoteIndex(db, engagementId, {
      buildElsewhere: () => Promise.reject(new Error('worker chunk not cached')),
    });
    await keeper.start();
    const { index, error } = keeper.getSnapshot();
    expect(error).toBeNull();
    expect(index?.search({ text: 'carers' }).hits.map((hit) => hit.note.text)).toEqual([
      'Carers said the panel is slow',
    ]);
    keeper.stop();
  });
});
