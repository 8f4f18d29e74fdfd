import type { z } from 'zod';
import { ApiFailure } from './apiFailure';

/** Validates untrusted input, naming the first problem's path (e.g. `mutations.0.recordId`). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, fieldPrefix = ''): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // An unknown key is reported on its parent object; name the key itself.
  const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
  const path = [fieldPrefix, ...(issue?.path ?? []).map(String), ...unknownKey].filter((part) => part !== '').join('.');
  throw new ApiFailure('bad_request', issue?.message ?? 'invalid request', path || undefined);
}
