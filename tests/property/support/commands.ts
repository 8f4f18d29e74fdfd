import fc from 'fast-check';
import type { Note } from '../../../src/domain/records/note';
import { stances } from '../../../src/domain/records/note';
import { saveEdit } from '../../../src/client/store/saveEdit';
import { findingCommandArbitrary, runFindingCommand, type FindingCommand } from './findingCommands';
import type { SimClient, SyncWorld } from './syncWorld';

/** One step of a random interleaving. Indices pick a client or a note modulo what exists. */
export type Command =
  | FindingCommand
  | { kind: 'create'; client: number }
  | { kind: 'editText'; client: number; note: number }
  | { kind: 'editStance'; client: number; note: number; stance: number }
  | { kind: 'toggleTheme'; client: number; note: number; theme: number }
  | { kind: 'delete'; client: number; note: number }
  | { kind: 'goOffline'; client: number }
  | { kind: 'goOnline'; client: number }
  | { kind: 'sync'; client: number }
  | { kind: 'syncTogether'; client: number; other: number }
  | { kind: 'loseNextAnswer'; client: number }
  | { kind: 'restart'; client: number };

const client = fc.nat({ max: 9 });
const note = fc.nat({ max: 19 });

export const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), client }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('editText' as const), client, note }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('editStance' as const), client, note, stance: fc.nat({ max: 2 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('toggleTheme' as const), client, note, theme: fc.nat({ max: 4 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), client, note }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('goOffline' as const), client }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('goOnline' as const), client }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), client }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('syncTogether' as const), client, other: client }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('loseNextAnswer' as const), client }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), client }) },
  // The evening merge: findings proposed, notes moved between them, duplicates merged.
  { weight: 4, arbitrary: findingCommandArbitrary },
);

/** Notes this client's person may edit, as the app would offer them (own notes; all for the manager). */
async function editableNotes(simClient: SimClient): Promise<Note[]> {
  const notes = await simClient.db.note.orderBy('id').toArray();
  return notes.filter((candidate) => simClient.role === 'manager' || candidate.authorId === simClient.memberId);
}

async function pickNote(simClient: SimClient, index: number): Promise<Note | undefined> {
  const notes = await editableNotes(simClient);
  return notes.length === 0 ? undefined : notes[index % notes.length];
}

/** Runs one command against the world; `step` makes every typed text unique. */
export async function runCommand(world: SyncWorld, command: Command, step: number): Promise<void> {
  const simClient = world.clients[command.client % world.clients.length];
  if (!simClient) return;
  const base = { engagementId: world.engagementId, recordType: 'note' as const };
  switch (command.kind) {
    case 'proposeFinding':
    case 'moveNote':
    case 'mergeFindings':
      return runFindingCommand(world, command, step);
    case 'create': {
      await saveEdit(simClient.db, {
        ...base,
        recordId: crypto.randomUUID(),
        op: 'upsert',
        changes: {
          sessionId: world.sessionId,
          text: `c${simClient.index} step ${step} new`,
          evidenceType: 'heard',
          themeIds: [],
          scopeQuestionIds: [],
          stance: 'neutral',
          isQuote: false,
          authorId: simClient.memberId,
          createdAt: new Date().toISOString(),
          documentReference: '',
        },
      });
      return;
    }
    case 'editText':
    case 'editStance':
    case 'toggleTheme':
    case 'delete': {
      const target = await pickNote(simClient, command.note);
      if (!target) return;
      const edit = { ...base, recordId: target.id };
      if (command.kind === 'delete') await saveEdit(simClient.db, { ...edit, op: 'delete', changes: {} });
      else if (command.kind === 'editText') {
        await saveEdit(simClient.db, { ...edit, op: 'upsert', changes: { text: `c${simClient.index} step ${step}` } });
      } else if (command.kind === 'editStance') {
        await saveEdit(simClient.db, {
          ...edit,
          op: 'upsert',
          changes: { stance: stances[command.stance] ?? 'neutral' },
        });
      } else {
        const theme = world.themeIds[command.theme % world.themeIds.length] ?? '';
        const themeIds = target.themeIds.includes(theme)
          ? target.themeIds.filter((id) => id !== theme)
          : [...target.themeIds, theme];
        await saveEdit(simClient.db, { ...edit, op: 'upsert', changes: { themeIds } });
      }
      return;
    }
    case 'goOffline':
      simClient.offline = true;
      return;
    case 'goOnline':
      simClient.offline = false;
      return;
    case 'sync':
      await simClient.engine.syncNow();
      return;
    case 'syncTogether': {
      const other = world.clients[command.other % world.clients.length];
      await Promise.all([simClient.engine.syncNow(), other?.engine.syncNow()]);
      return;
    }
    case 'loseNextAnswer':
      simClient.loseNextPushAnswer = true;
      return;
    case 'restart':
      world.restart(simClient);
      return;
  }
}

/** Everyone back online and synced until nothing moves: two full rounds. */
export async function settle(world: SyncWorld): Promise<void> {
  for (const simClient of world.clients) {
    simClient.offline = false;
    simClient.loseNextPushAnswer = false;
  }
  for (let round = 0; round < 2; round += 1) {
    for (const simClient of world.clients) await simClient.engine.syncNow();
  }
}
