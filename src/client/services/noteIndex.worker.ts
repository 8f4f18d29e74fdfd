import type { Note } from '../../domain/records/note';
import { NoteSearchIndex } from '../../domain/search/noteSearchIndex';
import { readEngagementNotesDirectly } from '../store/readNotesDirectly';
import { buildRequestSchema, type BuilderMessage } from './noteIndexWorkerProtocol';

/**
 * Builds an engagement's note search index off the page's thread: reads the notes from
 * IndexedDB itself, indexes them and hands the packed index over (its buffers
 * transferred, not copied). Nothing is written anywhere: the index lives only in memory.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const notesPerProgress = 1000;

const send = (message: BuilderMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = buildRequestSchema.safeParse(event.data);
  if (!request.success) {
    send({ type: 'failed', message: 'The search index was asked for something it does not know.' });
    return;
  }
  void build(request.data.databaseName, request.data.engagementId).catch((error: unknown) =>
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});

async function build(databaseName: string, engagementId: string): Promise<void> {
  const started = performance.now();
  const notes = await readEngagementNotesDirectly(databaseName, engagementId);
  const read = performance.now();
  const index = new NoteSearchIndex<Note>();
  notes.forEach((note, i) => {
    index.upsert(note);
    if ((i + 1) % notesPerProgress === 0 && i + 1 < notes.length)
      send({ type: 'progress', done: i + 1, total: notes.length });
  });
  const packed = index.pack();
  const buffers = [packed.postings, packed.shortPrefixes].flatMap((p) => [
    p.starts.buffer,
    p.slots.buffer,
    p.counts.buffer,
  ]);
  send({ type: 'built', index: packed, readMs: read - started, indexMs: performance.now() - read }, buffers);
}
