import { useState } from 'react';

/**
 * The latest value read, passed through `keep` with the value kept before (to reuse what did
 * not change); the value before while nothing new is read (`read` undefined).
 */
export function useKept<T>(read: T | undefined, keep: (before: T | undefined, next: T) => T): T | undefined {
  const [kept, setKept] = useState<T | undefined>(undefined);
  const [lastRead, setLastRead] = useState<T | undefined>(undefined);
  if (read === undefined || read === lastRead) return kept;
  // Stored during render (React's pattern for state derived from a changed input).
  const next = keep(kept, read);
  setLastRead(read);
  setKept(next);
  return next;
}
