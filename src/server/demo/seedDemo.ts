import { createInvite, joinUrl } from '../auth/invites';
import { prepareNewRecords, putPreparedRecords } from '../records/putNewRecords';
import type { Storage } from '../storage/storage';
import { demoEngagement, type DemoMember } from './demoRecords';

export type DemoJoinLink = DemoMember & { url: string };
export type DemoSeed = {
  engagementId: string;
  council: string;
  title: string;
  /** One single-use link per member, manager first: shown once, only hashes are stored. */
  links: DemoJoinLink[];
};

/**
 * On an empty database, stores the demo engagement and one invite per member, in one
 * transaction. Every record takes a rev from the engagement counter, so the first
 * pull of a joined device delivers all of them. Returns undefined if anything exists.
 * The records are built and parsed before the transaction, which then only writes.
 */
export async function seedDemo(
  storage: Storage,
  options: {
    publicUrl: string;
    now: Date;
    /** False leaves out the evening's notes and findings: for tests that seed hundreds of times. */
    evening?: boolean;
  },
): Promise<DemoSeed | undefined> {
  const demo = demoEngagement(options.now, { evening: options.evening ?? true });
  const prepared = prepareNewRecords(demo.engagementId, demo.records, options.now.toISOString());
  return storage.transaction(async (tx) => {
    if (!(await tx.isEmpty())) return undefined;
    await putPreparedRecords(tx, prepared);
    const links: DemoJoinLink[] = [];
    for (const member of demo.members) {
      const code = await createInvite(tx, { engagementId: demo.engagementId, memberId: member.id, now: options.now });
      links.push({ ...member, url: joinUrl(options.publicUrl, code) });
    }
    return { engagementId: demo.engagementId, council: demo.council, title: demo.title, links };
  });
}
