/**
 * JSON.parse keeps a `__proto__` key as an own property, but zod's records copy fields by
 * assignment and so drop it without a word. Looked for in the body as sent, so such a
 * field is refused by name like any other field the record does not have.
 * Returns which part of the mutation held one, if any.
 */
export function protoKeyPart(rawMutation: unknown): 'changes' | 'setChanges' | undefined {
  if (typeof rawMutation !== 'object' || rawMutation === null) return undefined;
  for (const part of ['changes', 'setChanges'] as const) {
    const fields: unknown = Reflect.get(rawMutation, part);
    if (typeof fields === 'object' && fields !== null && Object.hasOwn(fields, '__proto__')) return part;
  }
  return undefined;
}

/** The mutations of a push body as sent, before parsing; empty when there are none. */
export function rawMutationsOf(body: unknown): readonly unknown[] {
  if (typeof body !== 'object' || body === null) return [];
  const mutations: unknown = Reflect.get(body, 'mutations');
  return Array.isArray(mutations) ? (mutations as unknown[]) : [];
}
