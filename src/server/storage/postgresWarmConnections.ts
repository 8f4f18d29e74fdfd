import type { Pool, PoolClient } from 'pg';

/** A pool to ready: all `count` of its connections, each warmed by `warm`. */
export type PoolToWarm = { pool: Pool; count: number; warm: (client: PoolClient) => Promise<void> };

/**
 * Opens every connection of each pool at once (held together, so the pool makes `count`
 * of them) and runs `warm` on each: a backend started under load costs a process start,
 * authentication, cold catalog caches and a first parse of every statement, all while
 * requests wait. The pools keep these connections (`min` = `max`).
 */
export async function warmConnections(pools: readonly PoolToWarm[]): Promise<void> {
  await Promise.all(
    pools.map(async ({ pool, count, warm }) => {
      const clients = await Promise.all(Array.from({ length: count }, () => pool.connect()));
      await Promise.all(
        clients.map(async (client) => {
          let broken: Error | undefined;
          try {
            await warm(client);
          } catch (error) {
            // A connection whose state is unknown is closed, not kept.
            broken = error instanceof Error ? error : new Error(String(error));
          } finally {
            client.release(broken);
          }
        }),
      );
    }),
  );
}
