import type { Hono } from 'hono';
import { expect } from 'vitest';
import { apiErrorSchema, type ApiError } from '../../../src/domain/sync/protocol';

export type Reply = { status: number; headers: Headers; text: string; json: unknown };

export type CallOptions = {
  token?: string;
  /** Sent as JSON with the JSON content type. */
  body?: unknown;
  /** Sent as is, for broken bodies. */
  rawBody?: string;
  /** Sent as is, for photo uploads. */
  bytes?: Uint8Array<ArrayBuffer>;
  contentType?: string;
  headers?: Record<string, string>;
  /** What @hono/node-server would pass as c.env, e.g. the client's socket address. */
  env?: Record<string, unknown>;
};

/** The env @hono/node-server gives a request from this address. */
export const fromAddress = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

/** A stack frame such as "    at push (/src/server/sync/push.ts:10:5)" or "at file:///x.js:1:2". */
export const stackLine = /\bat (?:async )?(?:[\w$.<>[\] ]+ \()?(?:file:\/\/\/|\/|node:)[^\s"()]*:\d+:\d+/;

/**
 * Calls the app in process. Every response, whatever the test, is checked for stack
 * frames: the server must never leak one.
 */
export async function call(app: Hono, method: string, url: string, options: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  let body: string | Uint8Array<ArrayBuffer> | undefined = options.bytes ?? options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  // Bytes carry a Content-Type only when the test names one: photo uploads ignore it.
  const contentType = options.bytes === undefined ? (options.contentType ?? 'application/json') : options.contentType;
  if (body !== undefined && contentType !== undefined) headers['Content-Type'] = contentType;
  const response = await app.request(url, { method, headers, ...(body === undefined ? {} : { body }) }, options.env);
  const text = await response.text();
  expect(text).not.toMatch(stackLine);
  let json: unknown = undefined;
  if ((response.headers.get('Content-Type') ?? '').includes('json')) json = JSON.parse(text);
  return { status: response.status, headers: response.headers, text, json };
}

/** The `{error}` body of a failed call, checked against the protocol's schema. */
export function errorOf(reply: Reply): ApiError['error'] {
  return apiErrorSchema.parse(reply.json).error;
}
