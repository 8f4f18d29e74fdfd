import { createHash, randomBytes } from 'node:crypto';

/** A random secret in URL-safe text: 18 bytes for join codes, 32 for device tokens. */
export function randomSecret(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Only this hash is stored, so a copy of the database cannot be used to join or to
 * act as a device. A plain sha256 suffices: the secrets are random, not passwords.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
