import fc from 'fast-check';
import type { Finding } from '../../../src/domain/records/finding';
import {
  createFinding,
  mergeFindingsInto,
  moveNotesToFinding,
  unmergeFindingsFrom,
} from '../../../src/client/store/findingRepository';
import { StoreError } from '../../../src/client/store/storeError';
import type { SimClient, SyncWorld } from './syncWorld';

/** Steps of the evening merge: indices pick a finding or a note modulo what exists. */
export type FindingCommand =
  | { kind: 'proposeFinding'; client: number; note: number }
  | { kind: 'moveNote'; client: number; from: number; to: number; note: number }
  | { kind: 'mergeFindings'; client: number; survivor: number; merged: number }
  | { kind: 'undoMerge'; client: number; survivor: number; merged: number };

const client = fc.nat({ max: 9 });
const pick = fc.nat({ max: 19 });

export const findingCommandArbitrary: fc.Arbitrary<FindingCommand> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('proposeFinding' as const), client, note: pick }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('moveNote' as const), client, from: pick, to: pick, note: pick }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('mergeFindings' as const), client, survivor: pick, merged: pick }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('undoMerge' as const), client, survivor: pick, merged: pick }),
  },
);

/** Live findings this client's person may change, as the board offers them. */
async function editableFindings(simClient: SimClient): Promise<Finding[]> {
  const findings = await simClient.db.finding.orderBy('id').toArray();
  return findings.filter(
    (finding) =>
      !finding.deleted &&
      (simClient.role === 'manager' || (finding.authorId === simClient.memberId && finding.status === 'proposed')),
  );
}

async function liveNoteIds(simClient: SimClient): Promise<string[]> {
  const notes = await simClient.db.note.orderBy('id').toArray();
  return notes.filter((note) => !note.deleted).map((note) => note.id);
}

const at = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

/** Each finding's notes on this device, as "findingId:noteId" pairs. */
async function evidencePairs(simClient: SimClient): Promise<Set<string>> {
  const findings = await simClient.db.finding.toArray();
  return new Set(findings.flatMap((finding) => finding.noteIds.map((noteId) => `${finding.id}:${noteId}`)));
}

/**
 * Runs one finding step through the board's own repository, so only what the person may
 * do is written; a change the board would refuse with a message (say, undoing a merge
 * whose finding has not synced here yet) is skipped as the person would see it refused.
 * Every note the step takes out of a finding is remembered: the invariant allows only
 * those to be missing from the server.
 */
export async function runFindingCommand(world: SyncWorld, command: FindingCommand, step: number): Promise<void> {
  const simClient = world.clients[command.client % world.clients.length];
  if (!simClient || simClient.role === 'council') return;
  const before = await evidencePairs(simClient);
  try {
    await runOnBoard(world, simClient, command, step);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
  }
  const after = await evidencePairs(simClient);
  for (const pair of before) if (!after.has(pair)) world.evidenceRemoved.add(pair);
}

async function runOnBoard(world: SyncWorld, simClient: SimClient, command: FindingCommand, step: number) {
  const actor = { memberId: simClient.memberId, role: simClient.role };
  switch (command.kind) {
    case 'proposeFinding': {
      const note = at(await liveNoteIds(simClient), command.note);
      await createFinding(simClient.db, actor, {
        engagementId: world.engagementId,
        themeId: world.themeIds[0] ?? '',
        lane: 'strength',
        headline: `c${simClient.index} step ${step} finding`,
        noteIds: note ? [note] : [],
      });
      return;
    }
    case 'moveNote': {
      // Out of one finding into another; from a finding with no notes, a note is added.
      const findings = await editableFindings(simClient);
      const to = at(findings, command.to);
      const from = at(findings, command.from);
      if (!to) return;
      const moving = from && from.id !== to.id ? at(from.noteIds, command.note) : undefined;
      const note = moving ?? at(await liveNoteIds(simClient), command.note);
      if (!note || to.noteIds.includes(note)) return;
      await moveNotesToFinding(simClient.db, actor, [note], moving && from ? from.id : null, to.id);
      return;
    }
    case 'mergeFindings': {
      if (simClient.role !== 'manager') return;
      const findings = await editableFindings(simClient);
      const survivor = at(findings, command.survivor);
      const merged = at(findings, command.merged);
      if (!survivor || !merged || survivor.id === merged.id) return;
      await mergeFindingsInto(simClient.db, actor, survivor.id, [merged.id]);
      return;
    }
    case 'undoMerge': {
      if (simClient.role !== 'manager') return;
      const survivor = at(
        (await editableFindings(simClient)).filter((finding) => finding.mergedFromIds.length > 0),
        command.survivor,
      );
      const revived = survivor ? at(survivor.mergedFromIds, command.merged) : undefined;
      if (!survivor || !revived) return;
      await unmergeFindingsFrom(simClient.db, actor, survivor.id, [revived]);
      return;
    }
  }
}
