import { minimumProtocolVersion, protocolVersion } from '../../domain/sync/protocol';
import { ApiFailure } from '../apiFailure';

/**
 * Looks only at `protocolVersion`, before the body is validated: an old client's body
 * may not match today's schema, and it must hear "upgrade" (426, keep your outbox)
 * rather than "bad request" (which would tell it to drop the mutation).
 */
export function assertProtocolVersion(body: unknown): void {
  if (typeof body !== 'object' || body === null || !('protocolVersion' in body)) return;
  const version = body.protocolVersion;
  if (typeof version !== 'number') return;
  if (version < minimumProtocolVersion) {
    throw new ApiFailure(
      'upgrade_required',
      `This app is out of date (sync protocol ${version}; the server needs ${minimumProtocolVersion} or later). Reload to update; unsent edits are kept.`,
      'protocolVersion',
    );
  }
  if (version > protocolVersion) {
    throw new ApiFailure(
      'bad_request',
      `This server speaks sync protocol ${protocolVersion}; the app sent ${version}.`,
      'protocolVersion',
    );
  }
}
