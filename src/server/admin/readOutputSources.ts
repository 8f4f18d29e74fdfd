import type { SnapshotKind } from '../../domain/records/publishedSnapshot';
import { outputSourcesIn, type ServerOutputSources } from '../records/outputSourcesIn';
import type { Storage } from '../storage/storage';
import { AdminError } from './adminError';
import { assertEngagement, uuid } from './adminDevices';

/**
 * The server's copy of what one output is built from, and the manager's acceptances, read
 * in one consistent read (outputSourcesIn: the same read a push that publishes makes).
 */
export async function readOutputSources(
  storage: Storage,
  engagementIdArg: string,
  kind: SnapshotKind,
): Promise<ServerOutputSources> {
  const engagementId = uuid('engagement', engagementIdArg);
  const read = await storage.read(async (tx) => {
    await assertEngagement(tx, engagementId);
    return outputSourcesIn(tx, engagementId, kind);
  });
  if (!read) throw new AdminError(`engagement ${engagementId} has no engagement record`);
  return read;
}
