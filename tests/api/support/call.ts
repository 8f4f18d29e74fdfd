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
  contentType?: string;
  headers?: Record<string, string>;
};

/** A stack frame such as "    at push (/src/server/sync/push.ts:10:5)" or "at file:///x.js:1:2". */
export const stackLine = /\bat (?:async )?(?:[\w$.<>[\] ]+ \()?(?:file:\/\/\/|\/|node:)[^\s"()]*:\d+:\d+/;

/**
 * Calls the app in process. Every response, whatever the test, is checked for stack
 * frames: the server must never leak one.
 */
export async function call(app: Hono, method: string, url: string, options: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  const response = await app.request(url, { method, headers, ...(body === undefined ? {} : { body }) });
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
