import type { Note } from '../../domain/records/note';
import type { PackedNoteIndex } from '../../domain/search/noteSearchIndex';
import { builderMessageSchema, type BuildRequest } from './noteIndexWorkerProtocol';

/** Builds the index of an engagement's notes somewhere else than the page's thread. */
export type BuildElsewhere = (
  request: Omit<BuildRequest, 'type'>,
  onProgress: (progress: { done: number; total: number }) => void,
  signal: AbortSignal,
) => Promise<PackedNoteIndex<Note>>;

const makeNoteIndexWorker = () =>
  new Worker(new URL('./noteIndex.worker.ts', import.meta.url), { type: 'module', name: 'note-index' });

/**
 * Builds in a Web Worker, one per build, ended when it answers: the page's thread only
 * takes the finished index over. Null where there is no Worker (tests under jsdom): the
 * index is then built on the page, in slices.
 */
export function workerIndexBuilder(makeWorker: () => Worker = makeNoteIndexWorker): BuildElsewhere | null {
  if (typeof Worker === 'undefined') return null;
  return (request, onProgress, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new Error('The search index is no longer needed.'));
      const worker = makeWorker();
      const end = (error?: Error) => {
        worker.terminate();
        signal.removeEventListener('abort', aborted);
        if (error) reject(error);
      };
      const aborted = () => end(new Error('The search index is no longer needed.'));
      signal.addEventListener('abort', aborted);
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        performance.mark('note-index-worker-answered');
        const message = builderMessageSchema.safeParse(event.data);
        if (!message.success) return end(new Error('The search index came back unreadable.'));
        const data = message.data;
        if (data.type === 'progress') return onProgress({ done: data.done, total: data.total });
        if (data.type === 'failed') return end(new Error(data.message));
        // For the benchmark: where the worker's time went.
        performance.mark('note-index-worker-built', { detail: { readMs: data.readMs, indexMs: data.indexMs } });
        end();
        resolve(data.index);
      });
      worker.addEventListener('error', (event) => end(new Error(event.message || 'The search index worker failed.')));
      const question: BuildRequest = { type: 'build', ...request };
      worker.postMessage(question);
    });
}
