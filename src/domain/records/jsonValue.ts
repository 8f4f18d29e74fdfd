import { z } from 'zod';

type JsonValue = z.core.util.JSONType;

/**
 * Whether `value` is a JSON value as `z.json()` takes one: a string, a finite number, a
 * boolean, null, or an array or plain object of JSON values (a cycle is not one).
 */
export function isJsonValue(value: unknown): value is JsonValue {
  return isJsonTree(value, new Set());
}

/** `ancestors`: the arrays and objects above `value`, so a cycle ends the walk. */
function isJsonTree(value: unknown, ancestors: Set<object>): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || ancestors.has(value)) return false;
  const items = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : undefined;
  if (!items) return false;
  ancestors.add(value);
  // By index, not `every`: a hole in an array is undefined, as zod reads it.
  let every = true;
  for (let index = 0; every && index < items.length; index += 1) every = isJsonTree(items[index], ancestors);
  ancestors.delete(value);
  return every;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Any JSON value, as `z.json()`, checked by a function instead of a schema that refers to
 * itself. zod takes a schema that can reach itself for a cycle: it then tracks every
 * object and array of each parse (its memoizer), and `zod/compile` will not compile it.
 * One `z.json()` in a conflict made every record schema so (bench/RESULTS.md, issue 11).
 */
export const jsonValueSchema = z.custom<JsonValue>((value) => isJsonValue(value), 'Expected a JSON value');
