import { whenIdle } from '../lib/whenIdle';
import type { TriangulateDb } from '../store/db';
import type { LiveNoteIndex, LiveNoteIndexOptions, NoteIndexSnapshot } from './liveNoteIndex';

/** Before the keeper's code has loaded: nothing indexed yet. */
const notLoaded: NoteIndexSnapshot = { index: null, generation: null, progress: null, error: null };

export type NoteIndexHandleOptions = LiveNoteIndexOptions & {
  /**
   * Nothing happens this long after start (ms) when the index is built on the page:
   * start-up and first keystrokes come first. Where a worker builds it, the build starts
   * at the first idle moment (the page only loads the keeper and takes the finished index over).
   */
  startAfterMs?: number;
};

const hasWorkers = () => typeof Worker !== 'undefined';

/**
 * The engagement's note search index as the app holds it from start: a small handle in
 * the initial JavaScript that loads the keeper (LiveNoteIndex, its own chunk) and lets it
 * build in the background: at the first idle moment where a worker builds it, else a second after start
 * and once the browser is idle. The
 * Search screen reads it through subscribe/getSnapshot (useSyncExternalStore) and calls
 * catchUp, which loads and builds at once if start-up has not got there yet.
 */
export class NoteIndexHandle {
  private keeper: LiveNoteIndex | null = null;
  private loading: Promise<LiveNoteIndex | null> | null = null;
  private loadError: string | null = null;
  private readonly listeners = new Set<() => void>();
  /** Bumped by stop: a keeper that finishes loading after it is dropped. */
  private epoch = 0;

  constructor(
    private readonly db: TriangulateDb,
    private readonly engagementId: string,
    private readonly options: NoteIndexHandleOptions = {},
  ) {}

  /** Schedules the background build; returns the stop (for a React effect's cleanup). */
  start(): () => void {
    performance.mark('note-index-asked');
    let cancelIdle: () => void = () => undefined;
    const build = () =>
      void this.load().then(
        (keeper) => keeper?.start(),
        () => undefined,
      );
    const inWorker = this.options.buildElsewhere !== null && hasWorkers();
    // Even with a worker, the build waits for the first idle moment (at most half a
    // second): loading the keeper, starting the worker, its read of every note and taking
    // the index over made a tablet's first "New note" at start wait ~170 ms at 4× (bench/RESULTS.md).
    const timer = setTimeout(
      () => (cancelIdle = inWorker ? whenIdle(build, 500) : whenIdle(build)),
      this.options.startAfterMs ?? (inWorker ? 0 : 1000),
    );
    return () => {
      clearTimeout(timer);
      cancelIdle();
      this.stop();
    };
  }

  /** Brings the index up to date now: loads and builds if needed, reads any changed notes. */
  async catchUp(): Promise<void> {
    const keeper = await this.load().catch(() => null);
    await keeper?.catchUp();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      // Nobody is looking any more: changes may wait for a quiet moment again.
      if (this.listeners.size === 0) this.keeper?.relax();
    };
  };

  getSnapshot = (): NoteIndexSnapshot => {
    if (this.keeper) return this.keeper.getSnapshot();
    return this.loadError ? { ...notLoaded, error: this.loadError } : notLoaded;
  };

  /** The keeper, loaded once; null when the handle was stopped while it loaded. */
  private load(): Promise<LiveNoteIndex | null> {
    const epoch = this.epoch;
    this.loading ??= import('./liveNoteIndex').then(
      ({ LiveNoteIndex }) => {
        if (epoch !== this.epoch) return null;
        const keeper = new LiveNoteIndex(this.db, this.engagementId, this.options);
        this.keeper = keeper;
        this.loadError = null;
        keeper.subscribe(() => this.notify());
        this.notify();
        return keeper;
      },
      (error: unknown) => {
        if (epoch !== this.epoch) return null;
        this.loading = null; // offline without the chunk: a later catch-up tries again
        this.loadError = `Could not load search: ${error instanceof Error ? error.message : String(error)}`;
        this.notify();
        throw error;
      },
    );
    return this.loading;
  }

  private stop(): void {
    this.epoch += 1;
    this.keeper?.stop();
    this.keeper = null;
    this.loading = null;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
