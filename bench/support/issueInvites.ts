import { createInvite } from '../../src/server/auth/invites';
import { openStorage } from '../../src/server/storage/openStorage';

export type InviteTarget = {
  /** The server's DATA_DIR (SQLite) … */
  dataDir: string;
  /** … or its DATABASE_URL (PostgreSQL). */
  databaseUrl?: string;
};

/**
 * Fallback for the benchmarks while the server has no invite route: issues one
 * single-use invite per member with the server's own code (as the first-start demo
 * does), written straight into the running server's database. The devices still join
 * through `POST /api/join`, so every client holds a real, distinct device token.
 */
export async function issueInvites(target: InviteTarget, engagementId: string, memberIds: string[]): Promise<string[]> {
  const storage = await openStorage(target.databaseUrl ? { dataDir: target.dataDir, databaseUrl: target.databaseUrl } : { dataDir: target.dataDir });
  try {
    return await storage.transaction(async (tx) => {
      const codes: string[] = [];
      for (const memberId of memberIds) codes.push(await createInvite(tx, { engagementId, memberId, now: new Date() }));
      return codes;
    });
  } finally {
    await storage.close();
  }
}
