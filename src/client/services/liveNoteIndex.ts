import type { Note } from '../../domain/records/note';
import { NoteSearchIndex } from '../../domain/search/noteSearchIndex';
import type { TriangulateDb } from '../store/db';
import { readNotes, watchNoteChanges, type NoteChange } from '../store/noteChanges';
import { listEngagementNotes } from '../store/searchSource';
import { quietPeriod, type QuietPeriod } from '../lib/quietPeriod';
import { workerIndexBuilder, type BuildElsewhere } from './noteIndexBuilder';

/** What the Search screen reads of the engagement's index (useSyncExternalStore's snapshot). */
export type NoteIndexSnapshot = {
  /** Null until the index holds every note on the device. */
  index: NoteSearchIndex<Note> | null;
  /** Grows each time the index changes; null until it is built. */
  generation: number | null;
  /** While the index is first built: how many notes it has indexed of how many. */
  progress: { done: number; total: number } | null;
  /** Why the notes could not be read, shown instead of results. */
  error: string | null;
};

export const emptyNoteIndexSnapshot: NoteIndexSnapshot = { index: null, generation: null, progress: null, error: null };

export type LiveNoteIndexOptions = {
  /** Notes indexed per task: a few tens of ms on a slow tablet, so typing never waits long. */
  notesPerSlice?: number;
  /** Longest a slice runs when nobody waits (ms): a keystroke then waits at most about this. */
  sliceBudgetMs?: number;
  /** Quiet time after a write before the changed notes are read (ms): typing writes each key. */
  quietMs?: number;
  /** Longest a change waits while writes keep coming (ms). */
  maxWaitMs?: number;
  /**
   * Builds the first index off the page's thread (a Web Worker where there is one); null
   * builds it on the page in slices, as it also does when the worker fails.
   */
  buildElsewhere?: BuildElsewhere | null;
};

/** Chromium's Prioritized Task Scheduling API, where there is one (not yet in TypeScript's DOM types). */
type BackgroundScheduler = { postTask: (task: () => void, options: { priority: 'background' }) => Promise<unknown> };

function backgroundScheduler(): BackgroundScheduler | null {
  const scheduler: unknown = Reflect.get(globalThis, 'scheduler');
  return typeof scheduler === 'object' && scheduler !== null && typeof Reflect.get(scheduler, 'postTask') === 'function'
    ? (scheduler as BackgroundScheduler)
    : null;
}

/**
 * The next slice's turn, after input, rendering and other work: a background-priority
 * task where the browser has them. Idle callbacks are the fallback, not the first choice:
 * a callback asked for during an idle period waits for the next one, so short slices
 * would leave most of each idle period unused and the build would take seconds more.
 */
function nextSlice(urgent: boolean): Promise<void> {
  return new Promise((resolve) => {
    const scheduler = urgent ? null : backgroundScheduler();
    if (scheduler) void scheduler.postTask(resolve, { priority: 'background' });
    else if (!urgent && typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

const describe = (error: unknown) =>
  `Could not read the notes on this device: ${error instanceof Error ? error.message : String(error)}`;

/**
 * One engagement's notes as a search index in memory, built once and kept current from
 * Dexie's `storagemutated` event (writes in this tab and in other tabs): only the notes a
 * write touched are read again, after a short quiet period or at once when asked
 * (`catchUp`). Never written anywhere: notes will be encryptable at rest, and a plain-text
 * index beside them would undo that. Loaded lazily by NoteIndexHandle.
 */
export class LiveNoteIndex {
  private readonly index = new NoteSearchIndex<Note>();
  private snapshot: NoteIndexSnapshot = emptyNoteIndexSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly changed = new Set<string>();
  private rereadAll = false;
  private state: 'new' | 'building' | 'ready' | 'stopped' = 'new';
  /** Someone is waiting (the Search screen is open): no idle waits, no quiet period. */
  private urgent = false;
  private stopWatching: (() => void) | null = null;
  /** Changes are read after a pause in writes (`quietMs`, at most `maxWaitMs`). */
  private readonly afterWrites: QuietPeriod;
  /** Builds and catch-ups run one after another. */
  private work: Promise<void> = Promise.resolve();
  private readonly notesPerSlice: number;
  private readonly sliceBudgetMs: number;
  private readonly buildElsewhere: BuildElsewhere | null;
  /** Ends a build under way elsewhere when the index is stopped. */
  private readonly stopped = new AbortController();

  constructor(
    private readonly db: TriangulateDb,
    private readonly engagementId: string,
    options: LiveNoteIndexOptions = {},
  ) {
    this.notesPerSlice = options.notesPerSlice ?? 100;
    this.sliceBudgetMs = options.sliceBudgetMs ?? 12;
    this.buildElsewhere = options.buildElsewhere === undefined ? workerIndexBuilder() : options.buildElsewhere;
    this.afterWrites = quietPeriod(() => void this.queueFlush(), {
      quietMs: options.quietMs ?? 300,
      maxWaitMs: options.maxWaitMs ?? 1000,
    });
  }

  /** Starts listening for writes, then builds the index in slices. */
  start(): Promise<void> {
    if (this.state !== 'new') return this.work;
    this.state = 'building';
    // Listening first: a write committed while the notes are read is caught up afterwards.
    this.stopWatching = watchNoteChanges(this.db, (change) => this.noteChanged(change));
    this.work = this.build();
    return this.work;
  }

  /** Stops listening and lets go of the index. */
  stop(): void {
    this.state = 'stopped';
    this.stopped.abort();
    this.stopWatching?.();
    this.stopWatching = null;
    this.afterWrites.cancel();
    this.listeners.clear();
  }

  /** Builds now if not yet started, hurries a build under way, and reads changed notes at once. */
  catchUp(): Promise<void> {
    this.urgent = true;
    if (this.state === 'new') void this.start();
    return this.queueFlush();
  }

  /** Nobody waits any more: slices wait for idle time and changes for a quiet moment again. */
  relax(): void {
    this.urgent = false;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): NoteIndexSnapshot => this.snapshot;

  private publish(next: Partial<NoteIndexSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of [...this.listeners]) listener();
  }

  private async build(): Promise<void> {
    performance.mark('note-index-build-start');
    try {
      if (!(await this.buildOffThePage())) await this.buildOnThePage();
      if (this.state === 'stopped') return;
      this.state = 'ready';
      performance.mark('note-index-ready');
      this.publish({ index: this.index, generation: 0, progress: null, error: null });
      if (this.changed.size > 0 || this.rereadAll) await this.flush();
    } catch (error) {
      this.state = 'new'; // a later catch-up tries again (and listens again)
      this.stopWatching?.();
      this.stopWatching = null;
      this.publish({ progress: null, error: describe(error) });
    }
  }

  /**
   * The whole build in a worker, so the page's thread stays free for start-up and typing;
   * it only takes the finished index over. False when there is no worker or it failed:
   * the page then builds it itself.
   */
  private async buildOffThePage(): Promise<boolean> {
    if (!this.buildElsewhere) return false;
    try {
      const packed = await this.buildElsewhere(
        { databaseName: this.db.name, engagementId: this.engagementId },
        (progress) => this.publish({ progress }),
        this.stopped.signal,
      );
      if (this.state !== 'stopped') this.index.restore(packed);
      return true;
    } catch {
      return this.state === 'stopped';
    }
  }

  /** The build in slices on the page's thread, giving way to input and rendering between them. */
  private async buildOnThePage(): Promise<void> {
    const notes = await listEngagementNotes(this.db, this.engagementId);
    for (let done = 0; done < notes.length;) {
      if (done > 0) {
        this.publish({ progress: { done, total: notes.length } });
        await nextSlice(this.urgent);
      }
      if (this.state === 'stopped') return;
      // A slice ends after a count or a time budget, whichever comes first: a slow
      // tablet gets shorter slices. Someone waiting gets longer ones (less overhead).
      const until = performance.now() + (this.urgent ? 50 : this.sliceBudgetMs);
      const end = Math.min(notes.length, done + this.notesPerSlice);
      do {
        const note = notes[done];
        if (note) this.index.upsert(note);
        done += 1;
      } while (done < end && performance.now() < until);
    }
  }

  private noteChanged(change: NoteChange): void {
    if (change === 'all') this.rereadAll = true;
    else for (const id of change.ids) this.changed.add(id);
    if (this.state !== 'ready') return; // the build reads them when it ends
    if (this.urgent) this.afterWrites.hurry();
    else this.afterWrites.touch();
  }

  private queueFlush(): Promise<void> {
    this.afterWrites.cancel();
    this.work = this.work.then(() => (this.state === 'ready' ? this.flush() : undefined));
    return this.work;
  }

  /** Reads the notes written since the last catch-up and brings the index to them. */
  private async flush(): Promise<void> {
    if (this.changed.size === 0 && !this.rereadAll) return;
    const ids = [...this.changed];
    const all = this.rereadAll;
    this.changed.clear();
    this.rereadAll = false;
    try {
      const touched = all ? await this.rereadEverything() : await this.rereadSome(ids);
      if (this.state !== 'stopped' && touched)
        this.publish({ generation: (this.snapshot.generation ?? 0) + 1, error: null });
    } catch (error) {
      for (const id of ids) this.changed.add(id);
      this.rereadAll ||= all;
      this.publish({ error: describe(error) });
    }
  }

  private async rereadEverything(): Promise<boolean> {
    const changes = this.index.sync(await listEngagementNotes(this.db, this.engagementId));
    return changes.added + changes.replaced + changes.removed > 0;
  }

  private async rereadSome(ids: string[]): Promise<boolean> {
    const notes = await readNotes(this.db, ids);
    let touched = false;
    ids.forEach((id, i) => {
      const note = notes[i];
      // Another engagement's note, a deleted one or one gone from the device leaves the index.
      if (!note || note.deleted || note.engagementId !== this.engagementId) touched = this.index.remove(id) || touched;
      else if (!this.index.holds(note)) {
        this.index.upsert(note);
        touched = true;
      }
    });
    return touched;
  }
}
