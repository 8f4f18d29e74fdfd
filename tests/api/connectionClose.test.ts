import { serve, type ServerType } from '@hono/node-server';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../src/server/http/bodyLimits';
import { startTestApp, type TestApp } from './support/testApp';

let t: TestApp;
let server: ServerType;
let port: number;

beforeEach(async () => {
  t = await startTestApp();
  server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
  if ('closeAllConnections' in server) server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * Sends a request over a real socket. Once the answer has come, a failed upload of the
 * rest of the body (the server closed on it) no longer matters: the client has its answer.
 */
function send(options: http.RequestOptions, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request({ host: '127.0.0.1', port, ...options }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.end(body);
  });
}

const pushPath = () => `/api/engagements/${t.demo.engagementId}/push`;
/** A keep-alive agent, as a browser would use: the next request reuses the socket unless told not to. */
const keepAlive = () => new http.Agent({ keepAlive: true, maxSockets: 1 });

describe('an early refusal of a large body', () => {
  it.each([
    ['401, bad token', 2 * 1024 * 1024, 401],
    ['413, too large', maxBodyBytes + 1024, 413],
  ])('answers %s with Connection: close, and the next request is answered', async (_name, size, status) => {
    const agent = keepAlive();
    const body = Buffer.alloc(size, 0x20);
    const first = await send(
      {
        method: 'POST',
        path: pushPath(),
        agent,
        headers: {
          Authorization: 'Bearer not-a-real-token',
          'Content-Type': 'application/json',
          'Content-Length': String(body.length),
        },
      },
      body,
    );
    expect(first.status).toBe(status);
    expect(first.headers.connection).toBe('close');
    // The same agent, as the app would: told to close, it opens a new connection.
    const next = await send({ method: 'GET', path: '/api/health', agent });
    expect(next.status).toBe(200);
    const fresh = await send({ method: 'GET', path: '/api/health', agent: false });
    expect(fresh.status).toBe(200);
    agent.destroy();
  });

  it('keeps the connection open after a successful answer', async () => {
    const agent = keepAlive();
    const reply = await send({ method: 'GET', path: '/api/health', agent });
    expect(reply.status).toBe(200);
    expect(reply.headers.connection).toBe('keep-alive');
    agent.destroy();
  });
});
