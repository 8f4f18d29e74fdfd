import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, type FetchLike } from '../../src/client/sync/httpCall';
import { createPhotoApi } from '../../src/client/sync/photoApiClient';
import type { SyncErrorCode } from '../../src/client/sync/syncError';

const engagementId = '0c6bbf3a-6a52-4d7e-8a0c-1d2e3f4a5b6c';
const photoId = '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9';
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

/** A server that answers every request with this response (or no connection at all). */
const answering =
  (response: () => Response): FetchLike =>
  () =>
    Promise.resolve(response());
const noConnection: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
const refusal = (status: number, message = 'No such photo') =>
  answering(() => Response.json({ error: { code: 'not_found', message } }, { status }));

const getPhoto = (fetchLike: FetchLike) =>
  createPhotoApi('http://server', fetchLike).getPhoto(engagementId, 't', photoId);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as { code: SyncErrorCode; message: string },
  );

describe('a photo download', () => {
  it('keeps bytes that say they are an image, with their type', async () => {
    const photo = await getPhoto(answering(() => new Response(jpeg)));
    expect(photo.contentType).toBe('image/jpeg');
    expect(new Uint8Array(photo.bytes)).toEqual(jpeg);
  });

  it('maps refusals and no connection as every other call does', async () => {
    expect(await failure(getPhoto(refusal(404)))).toMatchObject({ code: 'not_found', message: 'No such photo' });
    expect(await failure(getPhoto(refusal(401, 'Join again')))).toMatchObject({ code: 'unauthorized' });
    expect(await failure(getPhoto(refusal(403)))).toMatchObject({ code: 'rejected' });
    expect(await failure(getPhoto(refusal(500)))).toMatchObject({ code: 'server_error' });
    expect(await failure(getPhoto(answering(() => new Response('busy', { status: 503 }))))).toMatchObject({
      code: 'server_error',
      message: 'The server answered 503',
    });
    expect(await failure(getPhoto(noConnection))).toMatchObject({ code: 'offline' });
  });

  it('refuses bytes that are not an image', async () => {
    expect(await failure(getPhoto(answering(() => new Response('<html>'))))).toMatchObject({ code: 'bad_response' });
  });
});

describe('a JSON call', () => {
  const schema = z.object({ ok: z.literal(true) });
  const json = (body: unknown) => answering(() => Response.json(body));

  it('returns the answer its schema accepts and refuses any other', async () => {
    expect(await call(json({ ok: true }), 'http://server/x', {}, schema)).toEqual({ ok: true });
    expect(await failure(call(json({ ok: 'yes' }), 'http://server/x', {}, schema))).toMatchObject({
      code: 'bad_response',
    });
    expect(
      await failure(
        call(
          answering(() => new Response('not json')),
          'http://server/x',
          {},
          schema,
        ),
      ),
    ).toMatchObject({ code: 'bad_response' });
  });

  it('maps refusals with the server’s reason and field', async () => {
    const refused = answering(() =>
      Response.json({ error: { code: 'bad_request', message: 'Too long', field: 'text' } }, { status: 400 }),
    );
    expect(await failure(call(refused, 'http://server/x', {}, schema))).toMatchObject({
      code: 'rejected',
      message: 'Too long',
      field: 'text',
    });
    expect(await failure(call(refusal(426), 'http://server/x', {}, schema))).toMatchObject({
      code: 'upgrade_required',
    });
  });
});
