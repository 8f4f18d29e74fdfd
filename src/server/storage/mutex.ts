/**
 * An in-process queue: each task starts only after the previous one settled. The
 * SQLite connection is shared, so without it a request's statements could run inside
 * another request's open transaction while that one awaits.
 */
export type Mutex = {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void>;
};

export function createMutex(): Mutex {
  let tail: Promise<void> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      // The queue continues whatever the task's outcome; the caller sees the failure.
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
    idle: () => tail,
  };
}
