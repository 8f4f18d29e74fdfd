// Kept apart from photoApi.ts, which builds zod schemas when it loads: the capture
// screen needs this number but none of the photo route's schemas.

/** Largest photo the server takes: a phone photo resized on the device fits easily. */
export const photoMaxBytes = 2 * 1024 * 1024;
