import { recordSchemas, type AnyRecord } from '../../domain/records/recordTypes';
import { mergeMutation } from '../../domain/sync/mergeMutation';
import { canWrite } from '../../domain/sync/permissions';
import {
  protocolVersion,
  pushRequestSchema,
  schemaVersion,
  type Mutation,
  type MutationResult,
  type PushResponse,
} from '../../domain/sync/protocol';
import { ApiFailure } from '../apiFailure';
import type { Caller } from '../auth/authenticate';
import { parseInput } from '../parseInput';
import type { Storage, WriteTx } from '../storage/storage';
import { assertOwnEngagement } from './assertEngagement';
import { pauseForFaultDrill, type FaultPausePoint } from './faultDrill';
import { assertProtocolVersion } from './protocolVersion';

type Numbered = { mutation: Mutation; index: number };

/**
 * Applies a device's mutations. All or nothing: any failure rolls the whole push back,
 * so the device can retry the same outbox after fixing (or upgrading) without gaps.
 * 1. The token's engagement must be the one addressed (else 404).
 * 2. An old protocol gets 426 before the body is validated.
 * 3. The body must match the push schema.
 * 4. In one transaction, in ascending seq, each mutation is a duplicate (skipped), a
 *    gap (409), forbidden (403), invalid (400) or applied under a new engagement rev.
 * 5. The device's last applied seq moves forward in the same transaction.
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
  const numbered = request.mutations
    .map((mutation, index) => ({ mutation, index }))
    .sort((a, b) => a.mutation.seq - b.mutation.seq);

  const results = await storage.transaction(async (tx) => {
    const device = await tx.findDevice(caller.deviceId);
    if (!device) throw new ApiFailure('unauthorized', 'This device is no longer registered; join again.');
    let lastSeq = device.lastSeq;
    const applied: MutationResult[] = [];
    // 4.
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
      const rev = await applyOne(tx, caller, item);
      applied.push({ seq, status: 'applied', rev });
      lastSeq = seq;
    }
    // 5.
    if (lastSeq !== device.lastSeq) await tx.setDeviceLastSeq(device.id, lastSeq);
    await pauseForFaultDrill('push-before-commit', faultPause);
    return applied;
  });
  await pauseForFaultDrill('push-after-commit', faultPause);
  return { protocolVersion, schemaVersion, results };
}

/** Checks, numbers and stores one mutation; returns the record's new rev. */
async function applyOne(tx: WriteTx, caller: Caller, { mutation, index }: Numbered): Promise<number> {
  const { recordType, recordId } = mutation;
  // An engagement record's id is its engagement: a device may only write its own.
  if (recordType === 'engagement' && recordId !== caller.engagementId) {
    throw new ApiFailure('forbidden', 'A device may only change its own engagement.', `mutations.${index}.recordId`);
  }
  const stored = await tx.getRecord(caller.engagementId, recordType, recordId);
  const existing: AnyRecord | undefined = stored ? recordSchemas[recordType].parse(stored.data) : undefined;
  if (!canWrite({ role: caller.role, memberId: caller.memberId, recordType, existing })) {
    throw new ApiFailure(
      'forbidden',
      `A ${caller.role} may not ${existing ? 'change this' : 'create a'} ${recordType}.`,
      `mutations.${index}.recordId`,
    );
  }
  const rev = await tx.nextRev(caller.engagementId);
  const outcome = mergeMutation(existing, stored?.stamps ?? {}, mutation, {
    engagementId: caller.engagementId,
    rev,
    memberId: caller.memberId,
    deviceId: caller.deviceId,
    now: new Date().toISOString(),
  });
  if (!outcome.ok) throw new ApiFailure('bad_request', outcome.message, `mutations.${index}.${outcome.field}`);
  await tx.putRecord(recordType, outcome.record, outcome.stamps);
  return rev;
}
