/**
 * A mistake in what the administrator typed (a bad argument, an id that names nothing):
 * printed as one line, exit code 2. Anything else is a failure of the tool (exit 1).
 */
export class AdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminError';
  }
}
