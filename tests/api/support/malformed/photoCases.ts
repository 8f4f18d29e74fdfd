import fc from 'fast-check';
import { sniffImage } from '../../../../src/domain/photos/sniffImage';
import { gif, jpeg, text } from '../images';
import type { Fixture } from './fixture';
import { expectError, type RequestCase } from './requestCase';

const claims = fc.constantFrom<string | undefined>(
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/octet-stream',
  'text/plain',
  undefined,
);

/** Uploads that are not JPEG, PNG or WebP by their bytes, whatever they claim: 415 naming the body. */
export function photoCases(f: Fixture): fc.Arbitrary<RequestCase> {
  const notAnImage = fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 4096 }).filter((bytes) => sniffImage(bytes) === undefined),
    fc.constantFrom(
      gif(),
      text('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      text('%PDF-1.7'),
      text('RIFF....WAVE'),
      new Uint8Array([0xff, 0xd8]),
    ),
  );
  const wrongType = fc.tuple(notAnImage, claims, fc.uuid()).map(([bytes, claim, id]) => ({
    family: 'photo',
    fault: `${bytes.length} bytes of ${Array.from(bytes.slice(0, 4), (b) => b.toString(16)).join(' ')} as ${claim ?? 'no type'}`,
    method: 'PUT',
    path: `/api/engagements/${f.engagementId}/photos/${id}`,
    // The file name is a claim too, and is ignored like the type.
    options: {
      token: f.peer.deviceToken,
      bytes: new Uint8Array(bytes),
      ...(claim ? { contentType: claim } : {}),
      headers: { 'Content-Disposition': 'attachment; filename="site-visit.jpg"' },
    },
    expected: expectError(415, 'unsupported_media_type', 'body'),
  }));
  const empty = fc.uuid().map((id) => ({
    family: 'photo',
    fault: 'empty upload',
    method: 'PUT',
    path: `/api/engagements/${f.engagementId}/photos/${id}`,
    options: { token: f.peer.deviceToken, bytes: new Uint8Array(0) },
    expected: expectError(400, 'bad_request', 'body'),
  }));
  const badId = fc.stringMatching(/^[a-z0-9]{1,30}(\.jpg)?$/).map((id) => ({
    family: 'photo',
    fault: `photo id ${id}`,
    method: 'PUT',
    path: `/api/engagements/${f.engagementId}/photos/${id}`,
    options: { token: f.peer.deviceToken, bytes: jpeg() },
    expected: expectError(400, 'bad_request', 'photoId'),
  }));
  return fc.oneof(wrongType, empty, badId);
}
