import { makeBoardSuggester } from '../../domain/findings/boardSuggestions';
import type { SuggestionAnswer, SuggestionQuestion } from './suggestionClient';
import { makeWireDecoder } from './suggestionWire';

/** Computes the board's suggestions off the main thread, so typing and dragging stay quick. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
// One for the worker's life: it remembers the notes it has read between the board's questions.
const suggestForBoard = makeBoardSuggester();
const decode = makeWireDecoder();
scope.addEventListener('message', (event: MessageEvent<SuggestionQuestion>) => {
  const answer: SuggestionAnswer = { id: event.data.id, suggestions: suggestForBoard(decode(event.data.request)) };
  scope.postMessage(answer);
});
