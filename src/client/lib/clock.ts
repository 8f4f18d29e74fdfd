/** Time as timers read it: the system's in the app, a fake one in tests. */
export type Clock = {
  now(): number;
  /** Runs `run` once `ms` have passed; returns its cancel. */
  after(ms: number, run: () => void): () => void;
};

export const systemClock: Clock = {
  now: () => Date.now(),
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};
