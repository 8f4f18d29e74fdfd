// Kept apart from protocol.ts, which builds zod schemas when it loads: the app's first
// screen needs these numbers but none of the wire schemas.

/** Most mutations a client may send in one push. */
export const maxMutationsPerPush = 500;
/** Most changes the server returns in one pull page. */
export const maxChangesPerPull = 1000;
