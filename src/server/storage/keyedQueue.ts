/**
 * In-process queues by key: a task starts once the previous task of its key settled;
 * tasks of different keys run side by side. A key's queue is dropped once it is empty.
 */
export type KeyedQueue = { run<T>(key: string, task: () => Promise<T>): Promise<T> };

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const result = (tails.get(key) ?? Promise.resolve()).then(task);
      // The queue continues whatever the task's outcome; the caller sees the failure.
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
