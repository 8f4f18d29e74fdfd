import { suggestForBoard, type BoardSuggestions, type SuggestionRequest } from '../../domain/findings/boardSuggestions';

export type SuggestionQuestion = { id: number; request: SuggestionRequest };
export type SuggestionAnswer = { id: number; suggestions: BoardSuggestions };

export type SuggestionClient = {
  /** The suggestions for a request; computed in a worker where the browser has one. */
  suggest(request: SuggestionRequest): Promise<BoardSuggestions>;
  dispose(): void;
};

/**
 * Asks a Web Worker for suggestions (local text similarity, no network). Where there is
 * no Worker (tests under jsdom), the same code runs on the main thread.
 */
export function createSuggestionClient(): SuggestionClient {
  if (typeof Worker === 'undefined') {
    return { suggest: (request) => Promise.resolve(suggestForBoard(request)), dispose: () => {} };
  }
  const worker = new Worker(new URL('./suggestion.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (s: BoardSuggestions) => void; reject: (e: unknown) => void }>();
  let next = 0;
  worker.addEventListener('message', (event: MessageEvent<SuggestionAnswer>) => {
    waiting.get(event.data.id)?.resolve(event.data.suggestions);
    waiting.delete(event.data.id);
  });
  worker.addEventListener('error', (event) => {
    for (const { reject } of waiting.values()) reject(event);
    waiting.clear();
  });
  return {
    suggest(request) {
      next += 1;
      const question: SuggestionQuestion = { id: next, request };
      return new Promise((resolve, reject) => {
        waiting.set(question.id, { resolve, reject });
        worker.postMessage(question);
      });
    },
    dispose() {
      worker.terminate();
      for (const { reject } of waiting.values()) reject(new Error('suggestions closed'));
      waiting.clear();
    },
  };
}
