import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { photoResponseSchema } from '../../src/domain/photos/photoApi';
import { photoMaxBytes } from '../../src/domain/photos/photoLimits';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { call, errorOf } from './support/call';
import { joinAs } from './support/devices';
import { gif, jpeg, png, text, webp } from './support/images';
import { joinCouncil, teamPath } from './support/team';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let manager: JoinResponse;
let lead: JoinResponse;

beforeEach(async () => {
  t = await startTestApp();
  manager = await joinAs(t, 'challenge manager');
  lead = await joinAs(t, 'lead peer');
});
afterEach(async () => {
  await t.close();
});

const photoPath = (id: string) => teamPath(t, `photos/${id}`);
const upload = (device: JoinResponse, id: string, bytes: Uint8Array<ArrayBuffer>, contentType?: string) =>
  call(t.app, 'PUT', photoPath(id), { token: device.deviceToken, bytes, ...(contentType ? { contentType } : {}) });

describe('photos', () => {
  it('stores JPEG, PNG and WebP by their bytes and gives them back to the team', async () => {
    for (const [bytes, type] of [
      [jpeg(), 'image/jpeg'],
      [png(), 'image/png'],
      [webp(), 'image/webp'],
    ] as const) {
      const id = randomUUID();
      // The header says otherwise: only the bytes count.
      const reply = await upload(lead, id, bytes, 'text/plain');
      expect(reply.status).toBe(200);
      expect(photoResponseSchema.parse(reply.json).photo).toMatchObject({ id, contentType: type, size: bytes.length });
      const back = await t.app.request(photoPath(id), { headers: { Authorization: `Bearer ${manager.deviceToken}` } });
      expect(back.status).toBe(200);
      expect(back.headers.get('Content-Type')).toBe(type);
      expect(back.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(new Uint8Array(await back.arrayBuffer())).toEqual(bytes);
    }
  });

  it('keeps the first photo when an upload is repeated', async () => {
    const id = randomUUID();
    expect((await upload(lead, id, jpeg(100))).status).toBe(200);
    const again = await upload(lead, id, png(200));
    expect(again.status).toBe(200);
    expect(photoResponseSchema.parse(again.json).photo).toMatchObject({ contentType: 'image/jpeg', size: 100 });
  });

  it('refuses anything that is not JPEG, PNG or WebP with 415 naming the body, whatever it claims', async () => {
    for (const [bytes, claim] of [
      [gif(), 'image/gif'],
      [text('<svg/>'), 'image/png'],
      [text('hello'), 'image/jpeg'],
    ] as const) {
      const reply = await upload(lead, randomUUID(), bytes, claim);
      expect(reply.status).toBe(415);
      expect(errorOf(reply)).toMatchObject({ code: 'unsupported_media_type', field: 'body' });
    }
    const empty = await upload(lead, randomUUID(), new Uint8Array(0));
    expect(errorOf(empty)).toMatchObject({ code: 'bad_request', field: 'body' });
  });

  it('takes 2 MB and refuses one byte more (413), declared or not', async () => {
    expect((await upload(lead, randomUUID(), jpeg(photoMaxBytes))).status).toBe(200);
    const over = await upload(lead, randomUUID(), jpeg(photoMaxBytes + 1));
    expect(over.status).toBe(413);
    expect(errorOf(over)).toMatchObject({ code: 'payload_too_large', field: 'body' });
    const declared = await call(t.app, 'PUT', photoPath(randomUUID()), {
      token: lead.deviceToken,
      bytes: jpeg(photoMaxBytes + 1),
      headers: { 'Content-Length': String(photoMaxBytes + 1) },
    });
    expect(declared.status).toBe(413);
  });

  it('keeps photos from the council (403) and other engagements (404), and wants a UUID (400)', async () => {
    const council = await joinCouncil(t, manager, 1);
    const id = randomUUID();
    await upload(lead, id, jpeg());
    expect(errorOf(await upload(council, randomUUID(), jpeg())).code).toBe('forbidden');
    expect(errorOf(await call(t.app, 'GET', photoPath(id), { token: council.deviceToken })).code).toBe('forbidden');
    const elsewhere = await call(t.app, 'GET', `/api/engagements/${randomUUID()}/photos/${id}`, {
      token: lead.deviceToken,
    });
    expect(elsewhere.status).toBe(404);
    expect(errorOf(await upload(lead, 'photo.jpg', jpeg()))).toMatchObject({ code: 'bad_request', field: 'photoId' });
    const missing = await call(t.app, 'GET', photoPath(randomUUID()), { token: lead.deviceToken });
    expect(errorOf(missing)).toMatchObject({ code: 'not_found', field: 'photoId' });
  });
});
