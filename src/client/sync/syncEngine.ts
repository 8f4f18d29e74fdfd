import { maxMutationsPerPush } from '../../domain/sync/limits';
import { applyPulledChanges } from '../store/applyPulledChanges';
import type { TriangulateDb } from '../store/db';
import { getDeviceIdentity } from '../store/deviceIdentityRepository';
import { readLastReachedServer, rememberLastReachedServer } from '../store/lastReachedServer';
import {
  acknowledgePush,
  countWaitingEdits,
  observeOutboxWrites,
  observeWaitingEdits,
  takeOutboxBatch,
} from '../store/outbox';
import { heardServerIdentity, noteAcknowledged, resendAfterRestore, syncedWith } from '../store/serverHistory';
import { systemClock, type Clock } from '../lib/clock';
import { quietPeriod, type QuietPeriod } from '../lib/quietPeriod';
import type { ApiClient } from './apiClient';
import { syncPhotos } from './photoUploader';
import { SyncError } from './syncError';
import type { SyncState } from './syncState';

export type SyncEngineOptions = {
  /** How long edits must settle (no new write) before they are pushed. */
  settleMs: number;
  /**
   * The longest a push waits for edits to settle: someone typing without a pause still
   * reaches the server this often.
   */
  maxSettleMs: number;
  /** How often to sync while online. */
  intervalMs: number;
  /**
   * How long after start the first sync waits: opening the app is for typing, and a sync
   * at once would share a slow tablet's main thread and database with the first screen.
   */
  firstSyncAfterMs: number;
  /** The clock of every wait above; tests pass a fake one. */
  clock: Clock;
};

const defaultOptions: SyncEngineOptions = {
  settleMs: 1000,
  maxSettleMs: 10_000,
  intervalMs: 30_000,
  firstSyncAfterMs: 1000,
  clock: systemClock,
};

/**
 * Moves one engagement's edits between this device and the server: push the outbox,
 * then pull by cursor. One sync runs at a time; a request during a run queues one more.
 */
export class SyncEngine {
  private state: SyncState;
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private readonly options: SyncEngineOptions;
  /** A push waits for edits to settle (`settleMs`), at most `maxSettleMs` after the first. */
  private readonly settling: QuietPeriod;

  constructor(
    private readonly db: TriangulateDb,
    private readonly api: ApiClient,
    private readonly engagementId: string,
    options: Partial<SyncEngineOptions> = {},
  ) {
    this.options = { ...defaultOptions, ...options };
    const { settleMs: quietMs, maxSettleMs: maxWaitMs, clock } = this.options;
    // With no signal a push can only fail, and it freezes the entries it took: the same
    // note typed on would wait as a second change, a third… The 'online' event syncs instead.
    this.settling = quietPeriod(() => void this.syncIfOnline(), { quietMs, maxWaitMs }, clock);
    const online = browserOnline();
    const lastSyncedAt = readLastReachedServer(engagementId);
    this.state = { online, syncing: false, waitingCount: 0, lastError: null, lastSyncedAt };
  }

  getState = (): SyncState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Syncs now, or once more after the sync already running. Never throws. */
  syncNow = (): Promise<void> => {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runUntilSettled().finally(() => {
      this.running = null;
    });
    return this.running;
  };

  private syncIfOnline(): Promise<void> {
    return browserOnline() ? this.syncNow() : Promise.resolve();
  }

  /** Starts the triggers: online, focus, settled edits and a timer. Returns the stop function. */
  start(): () => void {
    const onOnline = () => {
      this.update({ online: true });
      void this.syncNow();
    };
    const onOffline = () => this.update({ online: false });
    const onFocus = () => void this.syncIfOnline();
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    window.addEventListener('focus', onFocus);
    // The signal may have gone between this engine's making and now (a start while the
    // tablet loses it): no event will say so, so read it once the listeners are on.
    if (this.state.online !== browserOnline()) this.update({ online: browserOnline() });
    const { clock } = this.options;
    let stopInterval: () => void = () => undefined;
    const everyInterval = () => {
      stopInterval = clock.after(this.options.intervalMs, () => {
        if (navigator.onLine) void this.syncNow();
        everyInterval();
      });
    };
    everyInterval();
    const stopObserving = observeWaitingEdits(
      this.db,
      this.engagementId,
      (count) => {
        const grew = count > this.state.waitingCount;
        this.update({ waitingCount: count });
        if (grew) this.settling.touch();
      },
      clock,
    );
    // While someone types, every keystroke writes the outbox: a push waits for a pause, as
    // its transactions would otherwise hold up the keystrokes' writes on a slow tablet.
    const stopWatchingWrites = observeOutboxWrites(this.db, () => {
      if (this.settling.waiting) this.settling.touch();
    });
    // With no network at all the 'online' event starts the first sync instead.
    const stopFirstSync = clock.after(this.options.firstSyncAfterMs, () => {
      if (navigator.onLine) void this.syncNow();
    });
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('focus', onFocus);
      stopFirstSync();
      stopInterval();
      this.settling.cancel();
      stopObserving();
      stopWatchingWrites();
    };
  }

  private async runUntilSettled(): Promise<void> {
    do {
      this.again = false;
      await this.runOnce();
    } while (this.again && this.state.online);
  }

  private async runOnce(): Promise<void> {
    this.update({ syncing: true });
    try {
      await this.pushAll();
      await this.pullAll();
      const { role, deviceToken } = await this.identity();
      // Photos are the team's evidence: their routes refuse a council token, so it never asks.
      if (role !== 'council') await syncPhotos(this.db, this.api, this.engagementId, deviceToken);
      // A sync that finishes after the signal went reaches the server, but the device is offline now.
      this.update({ syncing: false, online: browserOnline(), lastError: null, lastSyncedAt: this.reachedServer() });
    } catch (error) {
      const syncError = error instanceof SyncError ? error : new SyncError('server_error', String(error));
      if (syncError.code === 'offline') this.update({ syncing: false, online: false });
      // The server answered, if only to refuse: it was reached.
      else
        this.update({
          syncing: false,
          online: browserOnline(),
          lastError: syncError,
          lastSyncedAt: this.reachedServer(),
        });
    }
    this.update({ waitingCount: await countWaitingEdits(this.db, this.engagementId) });
  }

  /**
   * 1. Push the outbox in batches; each batch is frozen before it is sent. An answer from
   *    another history of the server (a restore) applied nothing: the outbox is rebuilt
   *    from this device's copy and pushed instead.
   */
  private async pushAll(): Promise<void> {
    for (;;) {
      const identity = await this.identity();
      const batch = await takeOutboxBatch(this.db, this.engagementId, maxMutationsPerPush);
      if (batch.length === 0) return;
      const history = await syncedWith(this.db, this.engagementId);
      const response = await this.api.push(this.engagementId, identity.deviceToken, batch, history);
      if (await this.restored(response.serverIdentity)) continue;
      await acknowledgePush(this.db, this.engagementId, batch, response.results);
      const answered = Math.max(0, ...response.results.map((result) => result.seq));
      if (answered > 0) await noteAcknowledged(this.db, this.engagementId, answered);
    }
  }

  /**
   * 2. Pull every change after the cursor, page by page. A page from another history of
   *    the server is not stored: this device re-sends, pushes, and pulls from 0.
   */
  private async pullAll(): Promise<void> {
    for (;;) {
      const identity = await this.identity();
      const history = await syncedWith(this.db, this.engagementId);
      const page = await this.api.pull(this.engagementId, identity.deviceToken, identity.pullCursor, history);
      if (await this.restored(page.serverIdentity)) {
        await this.pushAll();
        continue;
      }
      await applyPulledChanges(this.db, this.engagementId, page.changes, page.cursor);
      if (!page.hasMore) return;
    }
  }

  /**
   * True when an answer came from another history of the server than this device synced
   * with (it was restored from a backup): everything this device may write is queued
   * again and its cursor is back at 0 (serverHistory.ts).
   */
  private async restored(serverIdentity: string | undefined): Promise<boolean> {
    if ((await heardServerIdentity(this.db, this.engagementId, serverIdentity)) !== 'changed') return false;
    if (serverIdentity !== undefined) await resendAfterRestore(this.db, this.engagementId, serverIdentity);
    return true;
  }

  private reachedServer(): string {
    const at = new Date(this.options.clock.now()).toISOString();
    rememberLastReachedServer(this.engagementId, at);
    return at;
  }

  /** This device's bearer token, read when needed so it never sits in screens' state. */
  async deviceToken(): Promise<string> {
    return (await this.identity()).deviceToken;
  }

  private async identity() {
    const identity = await getDeviceIdentity(this.db, this.engagementId);
    if (!identity) throw new SyncError('unauthorized', 'This device has not joined the engagement');
    return identity;
  }

  private update(change: Partial<SyncState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}

/** What the browser says of the network now (true where there is no browser, as in Node tests). */
function browserOnline(): boolean {
  return typeof navigator === 'undefined' ? true : navigator.onLine;
}
