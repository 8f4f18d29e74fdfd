import {
  makeBoardSuggester,
  type BoardSuggestions,
  type SuggestionRequest,
} from '../../domain/findings/boardSuggestions';
import { makeWireEncoder, type WireRequest } from './suggestionWire';

export type SuggestionQuestion = { id: number; request: WireRequest };
export type SuggestionAnswer = { id: number; suggestions: BoardSuggestions };

export type SuggestionClient = {
  /**
   * The suggestions for a request; computed in a worker where the browser has one. A request
   * still waiting when a newer one comes is dropped (its promise rejects): only the latest
   * board matters, and a worker busy with old boards would answer the new one late.
   */
  suggest(request: SuggestionRequest): Promise<BoardSuggestions>;
  dispose(): void;
};

type Waiting = {
  id: number;
  request: SuggestionRequest;
  resolve: (s: BoardSuggestions) => void;
  reject: (e: unknown) => void;
};

/**
 * Asks a Web Worker for suggestions (local text similarity, no network). Where there is
 * no Worker (tests under jsdom), the same code runs on the main thread.
 */
export function createSuggestionClient(
  makeWorker: () => Worker = () =>
    new Worker(new URL('./suggestion.worker.ts', import.meta.url), { type: 'module', name: 'suggestions' }),
): SuggestionClient {
  if (typeof Worker === 'undefined') {
    const suggestForBoard = makeBoardSuggester();
    return { suggest: (request) => Promise.resolve(suggestForBoard(request)), dispose: () => {} };
  }
  const worker = makeWorker();
  let next = 0;
  let asked: Waiting | null = null;
  let queued: Waiting | null = null;
  const encoder = makeWireEncoder();
  // Encoded only when sent: a request dropped while waiting never reached the worker.
  const send = (waiting: Waiting) => {
    asked = waiting;
    const question: SuggestionQuestion = { id: waiting.id, request: encoder.encode(waiting.request) };
    worker.postMessage(question);
  };
  worker.addEventListener('message', (event: MessageEvent<SuggestionAnswer>) => {
    if (!asked || event.data.id !== asked.id) return;
    asked.resolve(event.data.suggestions);
    asked = null;
    if (queued) {
      send(queued);
      queued = null;
    }
  });
  worker.addEventListener('error', (event) => {
    encoder.forget();
    asked?.reject(event);
    queued?.reject(event);
    asked = queued = null;
  });
  return {
    suggest(request) {
      next += 1;
      const id = next;
      return new Promise((resolve, reject) => {
        const waiting = { id, request, resolve, reject };
        if (!asked) return send(waiting);
        queued?.reject(new Error('a newer request came'));
        queued = waiting;
      });
    },
    dispose() {
      worker.terminate();
      asked?.reject(new Error('suggestions closed'));
      queued?.reject(new Error('suggestions closed'));
      asked = queued = null;
    },
  };
}
