import fc from 'fast-check';
import type { Finding } from '../../../src/domain/records/finding';
import { saveEdit } from '../../../src/client/store/saveEdit';
import type { SimClient, SyncWorld } from './syncWorld';

/** Steps of the evening merge: indices pick a finding or a note modulo what exists. */
export type FindingCommand =
  | { kind: 'proposeFinding'; client: number; note: number }
  | { kind: 'moveNote'; client: number; from: number; to: number; note: number }
  | { kind: 'mergeFindings'; client: number; survivor: number; merged: number };

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

/** Runs one finding step the way the board would: only what the person may do. */
export async function runFindingCommand(world: SyncWorld, command: FindingCommand, step: number): Promise<void> {
  const simClient = world.clients[command.client % world.clients.length];
  if (!simClient) return;
  const base = { engagementId: world.engagementId, recordType: 'finding' as const, op: 'upsert' as const };
  switch (command.kind) {
    case 'proposeFinding': {
      const note = at(await liveNoteIds(simClient), command.note);
      await saveEdit(simClient.db, {
        ...base,
        recordId: crypto.randomUUID(),
        changes: {
          themeId: world.themeIds[0] ?? '',
          lane: 'strength',
          headline: `c${simClient.index} step ${step} finding`,
          explanation: '',
          status: 'proposed',
          position: step,
          noteIds: note ? [note] : [],
          mergedFromIds: [],
          authorId: simClient.memberId,
          createdAt: new Date().toISOString(),
        },
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
      if (moving && from) {
        await saveEdit(simClient.db, {
          ...base,
          recordId: from.id,
          changes: { noteIds: from.noteIds.filter((id) => id !== note) },
        });
      }
      await saveEdit(simClient.db, { ...base, recordId: to.id, changes: { noteIds: [...to.noteIds, note] } });
      return;
    }
    case 'mergeFindings': {
      if (simClient.role !== 'manager') return;
      const findings = await editableFindings(simClient);
      const survivor = at(findings, command.survivor);
      const merged = at(findings, command.merged);
      if (!survivor || !merged || survivor.id === merged.id) return;
      // One finding keeps all their evidence and remembers what it was merged from.
      await saveEdit(simClient.db, {
        ...base,
        recordId: survivor.id,
        changes: {
          noteIds: [...new Set([...survivor.noteIds, ...merged.noteIds])],
          mergedFromIds: [...new Set([...survivor.mergedFromIds, merged.id])],
        },
      });
      await saveEdit(simClient.db, { ...base, op: 'delete', recordId: merged.id, changes: {} });
      return;
    }
  }
}
