import type { PoolClient, QueryResult } from 'pg';

/**
 * A connection whose transaction begins with its first statement: when that statement has
 * no parameters, BEGIN travels with it in one simple query (one round trip instead of
 * two); otherwise BEGIN is sent on its own just before it. `begun` says whether anything
 * was sent, so a transaction that ran nothing needs no COMMIT.
 */
export function beginWithFirstQuery(connection: PoolClient, begin: string): { client: PoolClient; begun(): boolean } {
  let started = false;
  const client = new Proxy(connection, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver) as unknown;
      if (started) return target.query.bind(target);
      return async (...args: unknown[]): Promise<unknown> => {
        started = true;
        const [text, values] = args;
        if (typeof text === 'string' && args.length <= 2 && (values === undefined || isEmptyArray(values))) {
          // A simple query of two statements answers with both results; the caller asked for the second.
          const results = (await target.query(`${begin}; ${text}`)) as unknown as QueryResult[];
          return results[1];
        }
        await target.query(begin);
        return Reflect.apply(target.query, target, args) as unknown;
      };
    },
  });
  return { client, begun: () => started };
}

const isEmptyArray = (value: unknown) => Array.isArray(value) && value.length === 0;
