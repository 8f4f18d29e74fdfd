import type { AnyRecord } from '../../domain/records/recordTypes';
import { isTombstone, recordOrTombstoneSchema } from '../../domain/records/tombstone';
import { mergeMutation, type MergeContext } from '../../domain/sync/mergeMutation';
import { canRead, writeDecision } from '../../domain/sync/permissions';
import {
  protocolVersion,
  pushRequestSchema,
  schemaVersion,
  type Mutation,
  type MutationResult,
  type PushResponse,
  type Refusal,
} from '../../domain/sync/protocol';
import { ApiFailure } from '../apiFailure';
import { auditOfWrite } from '../audit/auditOfWrite';
import { recordAudit } from '../audit/recordAudit';
import type { Caller } from '../auth/authenticate';
import { activeMember } from '../auth/memberOf';
import { revokeMemberAccess } from '../auth/revokeMemberAccess';
import { parseInput } from '../parseInput';
import type { ChangeCounters, DeviceRow, Storage, WriteTx } from '../storage/storage';
import { assertOwnEngagement } from './assertEngagement';
import { baseRevsFromCouncil, councilCopy, councilMembersOf, councilRevFor } from './councilRecords';
import { commentTargetRefusal, prepareSnapshotWrite } from './outputWrites';
import { pauseForFaultDrill, type FaultPausePoint } from './faultDrill';
import { protoKeyPart, rawMutationsOf } from './protoKeys';
import { assertProtocolVersion } from './protocolVersion';
import { checkHistory } from './serverIdentity';

type Numbered = {
  mutation: Mutation;
  index: number;
  /** Where the body as sent held a `__proto__` field that parsing dropped (protoKeys.ts). */
  protoKeyIn: 'changes' | 'setChanges' | undefined;
};

/**
 * Applies a device's mutations in one transaction. A malformed push (envelope, schema,
 * a gap) fails whole, so the device can retry the same outbox after fixing (or
 * upgrading); one mutation the server will not take is refused on its own, so it never
 * blocks the rest of the device's outbox.
 * 1. The token's engagement must be the one addressed (else 404).
 * 2. An old protocol gets 426 before the body is validated.
 * 3. The body must match the push schema (else 400).
 * 4. Inside the transaction the device and member are read again: a revocation or a
 *    change of role since the token was checked holds for this push (401, or the new
 *    role's rights).
 * 5. In ascending seq, each mutation is a duplicate (skipped), a gap (409, nothing
 *    applied), a base revision the engagement has not reached (400, nothing applied),
 *    refused (the role may not, or the record would be invalid: reported in its result),
 *    kept as a conflict, applied under a new engagement rev, or (for an erased record)
 *    acknowledged as applied with nothing changed. A device that has applied
 *    nothing yet starts its numbers where its first push starts: a device that joined
 *    again keeps numbering its waiting edits as before.
 * 6. The device's last seq moves forward in the same transaction.
 * Before 5, a device that synced with another history of the server (a restore; see
 * serverIdentity.ts) has nothing applied and hears the server's identity.
 */
export async function push(
  storage: Storage,
  caller: Caller,
  engagementId: string,
  body: unknown,
  faultPause?: FaultPausePoint,
): Promise<PushResponse> {
  // 1.
  assertOwnEngagement(caller, engagementId);
  // 2.
  assertProtocolVersion(body);
  // 3.
  const request = parseInput(pushRequestSchema, body);
  const sent = rawMutationsOf(body);
  const numbered = request.mutations
    .map((mutation, index) => ({ mutation, index, protoKeyIn: protoKeyPart(sent[index]) }))
    .sort((a, b) => a.mutation.seq - b.mutation.seq);

  const answer = await storage.transaction(async (tx) => {
    // 4. The caller's device, member record and every record the push names are read in one go
    // first (PostgreSQL: one round trip under the engagement lock, postgresWriteBuffer.ts).
    await tx.preloadRecords(
      engagementId,
      [
        { recordType: 'member', id: caller.memberId },
        ...numbered.map(({ mutation }) => ({ recordType: mutation.recordType, id: mutation.recordId })),
      ],
      caller.deviceId,
    );
    const { current, device } = await callerNow(tx, caller);
    const counters = await tx.changeCounters(engagementId);
    // The device synced with another history (a restore): nothing it sends is used; it
    // hears the new identity and re-sends from its own copy (serverIdentity.ts).
    const history = await checkHistory(tx, device, request, false);
    if (history.state === 'changed') return { results: [], serverIdentity: history.identity };
    const firstSeq = numbered[0]?.mutation.seq ?? 1;
    let lastSeq = device.lastSeq === 0 ? firstSeq - 1 : device.lastSeq;
    const applied: MutationResult[] = [];
    // 5.
    for (const item of numbered) {
      const { seq } = item.mutation;
      if (seq <= lastSeq) {
        applied.push({ seq, status: 'duplicate', rev: null });
        continue;
      }
      if (seq > lastSeq + 1) {
        throw new ApiFailure(
          'sequence_gap',
          `Mutation ${seq} arrived but the server has applied up to ${lastSeq}; send ${lastSeq + 1} first.`,
          `mutations.${item.index}.seq`,
        );
      }
      assertBaseRevsReached(item, current, counters);
      const outcome = await applyOne(tx, current, item);
      applied.push(outcome.status === 'applied' ? { seq, ...outcome } : outcome);
      // A refused mutation uses its number up too, so the device's next ones still go.
      lastSeq = seq;
    }
    // 6.
    if (lastSeq !== device.lastSeq) await tx.setDeviceLastSeq(device.id, lastSeq);
    await pauseForFaultDrill('push-before-commit', faultPause);
    return { results: applied, serverIdentity: history.identity };
  }, engagementId);
  await pauseForFaultDrill('push-after-commit', faultPause);
  return { protocolVersion, schemaVersion, ...answer };
}

/**
 * The caller as the database stands inside the push's transaction: a device revoked or a
 * member deleted since authentication is refused; a changed role applies at once.
 */
async function callerNow(tx: WriteTx, caller: Caller): Promise<{ current: Caller; device: DeviceRow }> {
  const device = await tx.findDevice(caller.deviceId);
  const member = device && device.revokedAt === null && (await activeMember(tx, device.engagementId, device.memberId));
  if (!device || !member) {
    throw new ApiFailure('unauthorized', 'This device is not signed in any more; join again with a new link.');
  }
  return { current: { ...caller, role: member.role }, device };
}

/**
 * 400 for a base revision past the engagement's last change number (the council's, for a
 * council device): a device claiming a future revision would override a concurrent edit
 * instead of leaving it as a conflict.
 */
function assertBaseRevsReached(item: Numbered, caller: Caller, counters: ChangeCounters): void {
  const reached = caller.role === 'council' ? counters.councilRev : counters.rev;
  for (const [field, base] of Object.entries(item.mutation.baseRevs)) {
    if (base > reached) {
      throw new ApiFailure(
        'bad_request',
        `baseRevs.${field} is ${base}, but the engagement's last change is ${reached}.`,
        `mutations.${item.index}.baseRevs.${field}`,
      );
    }
  }
}

type Outcome = { status: 'applied'; rev: number } | Extract<MutationResult, { status: 'refused' }>;

/**
 * Checks, numbers and stores one mutation; returns the record's new rev, or why it was
 * refused (the role may not make it, the output rules do not allow it, or the record
 * would be invalid) with the record as the caller may see it, so the device can put its
 * copy back. A refusal changes nothing and takes no change number. A council device
 * speaks in council change numbers (councilRecords.ts): its bases are translated, and
 * it hears back the council number and the council's copy.
 */
async function applyOne(
  tx: WriteTx,
  caller: Caller,
  { mutation: sent, index, protoKeyIn }: Numbered,
): Promise<Outcome> {
  const { seq, recordType, recordId } = sent;
  const { engagementId } = caller;
  const council = caller.role === 'council';
  const stored = await tx.getRecord(engagementId, recordType, recordId);
  const held = stored ? recordOrTombstoneSchema(recordType).parse(stored.data) : undefined;
  const visibleCopy = async () => {
    if (!stored || !canRead(caller.role, recordType)) return null;
    return council ? councilCopy(stored, await councilMembersOf(tx, engagementId)) : stored.data;
  };
  const refuse = async (code: Refusal['code'], message: string, field: string): Promise<Outcome> => ({
    seq,
    status: 'refused',
    rev: null,
    refusal: { code, message, field: `mutations.${index}.${field}` },
    record: await visibleCopy(),
  });
  // An engagement record's id is its engagement: a device may only write its own.
  if (recordType === 'engagement' && recordId !== engagementId) {
    return refuse('forbidden', 'A device may only change its own engagement.', 'recordId');
  }
  if (protoKeyIn === 'changes') {
    return refuse('bad_request', `${recordType} has no field __proto__`, 'changes.__proto__');
  }
  if (protoKeyIn === 'setChanges') return refuse('bad_request', '__proto__ is not a set field', 'setChanges.__proto__');
  // An erased record cannot be revived: a late edit is acknowledged and dropped, taking no
  // change number, and the device drops its copy when it pulls the tombstone.
  if (held && isTombstone(held)) return { status: 'applied', rev: council ? (stored?.councilRev ?? 0) : held.rev };
  const existing: AnyRecord | undefined = held;
  let mutation = council ? baseRevsFromCouncil(sent, stored) : sent;
  const decision = writeDecision({
    role: caller.role,
    memberId: caller.memberId,
    recordType,
    existing,
    change: mutation,
  });
  if (decision === 'refused') {
    return refuse(
      'forbidden',
      `A ${caller.role} may not ${existing ? 'change this' : 'create a'} ${recordType}.`,
      'recordId',
    );
  }
  if (recordType === 'publishedSnapshot') {
    const prepared = await prepareSnapshotWrite(tx, engagementId, existing, mutation);
    if ('code' in prepared) return refuse(prepared.code, prepared.message, prepared.field);
    mutation = prepared;
  }
  // Checked before a change number is taken, so a refusal leaves no gap in the numbers.
  // Merged under the number it will get (the next one, as writers of an engagement run
  // one at a time), so the merge runs once; again only if another number came.
  const context: MergeContext = {
    engagementId,
    rev: (await tx.changeCounters(engagementId)).rev + 1,
    memberId: caller.memberId,
    deviceId: caller.deviceId,
    now: new Date().toISOString(),
    keptAsConflict: decision === 'kept as conflict',
  };
  const expectedRev = context.rev;
  const trial = mergeMutation(existing, stored?.stamps ?? {}, mutation, context);
  if (!trial.ok) return refuse('bad_request', trial.message, trial.field);
  if (recordType === 'accuracyComment') {
    const refusal = await commentTargetRefusal(tx, engagementId, existing, mutation, trial.record);
    if (refusal) return refuse(refusal.code, refusal.message, refusal.field);
  }
  const rev = await tx.nextRev(engagementId);
  const outcome =
    rev === expectedRev ? trial : mergeMutation(existing, stored?.stamps ?? {}, mutation, { ...context, rev });
  if (!outcome.ok) return refuse('bad_request', outcome.message, outcome.field);
  const councilRev = await councilRevFor(tx, recordType, stored, outcome.record);
  await tx.putRecord(recordType, outcome.record, outcome.stamps, councilRev);
  const audited = auditOfWrite(recordType, existing, outcome.record);
  await recordAudit(tx, { engagementId, at: context.now, memberId: caller.memberId }, audited);
  if (recordType === 'member' && outcome.record.deleted && !existing?.deleted) {
    await revokeMemberAccess(tx, engagementId, recordId, context.now, caller.memberId);
  }
  return { status: 'applied', rev: council ? (councilRev ?? 0) : rev };
}
