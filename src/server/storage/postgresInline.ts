import { escapeLiteral } from 'pg';

/** A value a statement's parameter may hold: text, a whole number, null, or an array of them. */
type Inlinable = string | number | null | readonly (string | number | null)[];

function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`not a whole number to inline: ${value}`);
    return String(value);
  }
  return escapeLiteral(value);
}

/**
 * A statement with its parameters written into the text as escaped literals (pg's own
 * escaping), so it needs no bind step and can travel in one simple query with other
 * statements (BEGIN before it, COMMIT after it): one round trip instead of two. `text`
 * must use its parameters only as `$n`, never inside quotes; each keeps any cast after it.
 */
export function inlineParameters(text: string, values: readonly Inlinable[]): string {
  return text.replace(/\$(\d+)/g, (_, number: string) => {
    const value = values[Number(number) - 1];
    if (value === undefined) throw new Error(`no value for parameter $${number}`);
    return Array.isArray(value) ? `ARRAY[${value.map(literal).join(',')}]` : literal(value as string | number | null);
  });
}
