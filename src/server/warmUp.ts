import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  joinResponseSchema,
  protocolVersion,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  schemaVersion,
} from '../domain/sync/protocol';
import { createEngagement } from './admin/createEngagement';
import { createApp } from './http/createApp';
import type { Storage } from './storage/storage';

/**
 * Tablets the rehearsal plays at once (each in an engagement and on a connection of its
 * own), the rounds of push and pull each runs, and the most time the rehearsal may take.
 */
const tablets = 4;
const warmUpRounds = 150;
const warmUpBudgetMs = 4_000;
/** Notes each push edits: as many as a tablet's usual batch. */
const notesPerPush = 5;
const noteText = 'Warm-up note: written and rolled back before the server listens. '.repeat(9);

type PushBody = z.input<typeof pushRequestSchema>;
type Mutation = PushBody['mutations'][number];

/**
 * Runs the sync paths a tablet uses (join, push, pull), through the same app and storage
 * code, a few hundred times before the server listens, on a scratch view of the database
 * whose writes are all rolled back (`Storage.rehearse`). A process that starts cold under
 * load spends its first seconds compiling its hot code and opening connections, and
 * requests queue behind that; behind a load balancer a process takes traffic only once it
 * listens, so it should listen warm. Nothing of the rehearsal is kept.
 */
export async function warmUp(
  storage: Storage,
  options: { publicUrl: string; clientDir: string },
): Promise<{ rounds: number } | undefined> {
  if (!storage.rehearse) return undefined;
  let rounds = 0;
  const deadline = performance.now() + warmUpBudgetMs;
  await storage.rehearse(tablets, async (scratch) => {
    const ran = await rehearseSync(scratch, options, deadline);
    rounds += ran;
  });
  return { rounds };
}

/** Resolves how many rounds of push and pull it ran. */
async function rehearseSync(
  scratch: Storage,
  options: { publicUrl: string; clientDir: string },
  deadline: number,
): Promise<number> {
  const app = createApp({ storage: scratch, clientDir: options.clientDir, publicUrl: options.publicUrl });
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  const created = await createEngagement(
    scratch,
    { council: 'Warm-up', title: 'Warm-up', from: day, to: day, manager: 'Warm-up' },
    { publicUrl: options.publicUrl, now },
  );
  // An address no real client has: the join's rate limit locks its address until the
  // rehearsal's transaction ends, and that must hold up no one else's join.
  const peer = { incoming: { socket: { remoteAddress: `rehearsal-${randomUUID()}` } } };
  const call = async (method: string, path: string, token?: string, body?: unknown): Promise<unknown> => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const init = { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
    const response = await app.request(path, init, peer);
    if (!response.ok) throw new Error(`warm-up ${method} ${path.split('?')[0]} answered ${response.status}`);
    return response.json();
  };

  const code = created.url.split('/join/')[1] ?? '';
  const joined = joinResponseSchema.parse(await call('POST', '/api/join', undefined, { code }));
  const { deviceToken: token, engagementId } = joined;
  let seq = 1;
  let cursor = 0;
  const synced: Pick<PushBody, 'serverIdentity' | 'acknowledgedSeq'> = { serverIdentity: joined.serverIdentity };
  const push = async (mutations: Mutation[]) => {
    const body: PushBody = { protocolVersion, schemaVersion, ...synced, mutations };
    const answer = pushResponseSchema.parse(await call('POST', `/api/engagements/${engagementId}/push`, token, body));
    seq += mutations.length;
    synced.acknowledgedSeq = seq - 1;
    return answer.results;
  };
  const pull = async () => {
    const query = new URLSearchParams({ since: String(cursor) });
    if (synced.serverIdentity !== undefined) query.set('serverIdentity', synced.serverIdentity);
    if (synced.acknowledgedSeq !== undefined) query.set('acknowledgedSeq', String(synced.acknowledgedSeq));
    const answer = pullResponseSchema.parse(await call('GET', `/api/engagements/${engagementId}/pull?${query}`, token));
    cursor = answer.cursor;
  };

  const editedAt = () => new Date().toISOString();
  const sessionId = randomUUID();
  const notes = Array.from({ length: notesPerPush }, () => ({ id: randomUUID(), rev: 0 }));
  /** One push editing every note as `edit` says, then a pull; each note keeps its new rev. */
  const pushAndPull = async (
    edit: (note: { rev: number }) => Pick<Mutation, 'changes' | 'setChanges' | 'baseRevs'>,
  ) => {
    const results = await push(
      notes.map((note, n) => ({
        seq: seq + n,
        recordType: 'note',
        recordId: note.id,
        op: 'upsert',
        ...edit(note),
        editedAt: editedAt(),
      })),
    );
    results.forEach((result, n) => {
      const note = notes[n];
      if (note && result.rev !== null) note.rev = result.rev;
    });
    await pull();
  };
  await pushAndPull(() => ({
    changes: {
      sessionId,
      text: noteText,
      evidenceType: 'heard',
      stance: 'neutral',
      isQuote: false,
      createdAt: editedAt(),
      documentReference: '',
    },
    setChanges: { themeIds: { add: [], remove: [] }, scopeQuestionIds: { add: [], remove: [] } },
    baseRevs: {},
  }));

  let round = 0;
  for (; round < warmUpRounds && performance.now() < deadline; round += 1) {
    await pushAndPull((note) => ({
      changes: { text: `${noteText}${round}` },
      setChanges: {},
      baseRevs: { text: note.rev },
    }));
  }
  return round;
}
