import { useEffect, useRef, useState } from 'react';
import type { BoardSuggestions, SuggestionRequest } from '../../../domain/findings/boardSuggestions';
import { createSuggestionClient, type SuggestionClient } from '../../services/suggestionClient';

/**
 * The suggestions for the latest request, computed off the main thread; an answer to an
 * older request (the board changed meanwhile) is dropped. Null until the first answer.
 */
export function useSuggestions(request: SuggestionRequest): BoardSuggestions | null {
  const client = useRef<SuggestionClient | null>(null);
  const [suggestions, setSuggestions] = useState<BoardSuggestions | null>(null);
  useEffect(() => {
    const made = createSuggestionClient();
    client.current = made;
    return () => {
      made.dispose();
      client.current = null;
    };
  }, []);
  useEffect(() => {
    const asked = client.current;
    if (!asked) return;
    let current = true;
    asked.suggest(request).then(
      (answer) => {
        if (current) setSuggestions(answer);
      },
      // A suggestion that fails is a suggestion not made: the board works without it.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [request]);
  return suggestions;
}
