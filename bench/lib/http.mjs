import http from 'node:http';
import { performance } from 'node:perf_hooks';

const requestTimeoutMs = 30_000;

/**
 * A small JSON client over node:http with keep-alive connections, like a tablet's
 * browser would keep. Every call resolves (never rejects) with
 * `{ status, json, ms, bytes, headers, error }`: status 0 is a network error or timeout.
 * `ms` runs from sending the request to the last byte of the answer.
 * `localAddress` (another loopback address such as 127.0.0.7) makes the connections
 * come from that address, as separate tablets would; the server is still 127.0.0.1.
 */
export function createHttp(baseUrl, { localAddress } = {}) {
  const origin = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, ...(localAddress ? { localAddress } : {}) });

  function request(method, path, { token, body } = {}) {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (payload !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = Buffer.byteLength(payload);
    }
    return new Promise((resolve) => {
      const started = performance.now();
      let settled = false;
      const finish = (result) => {
        if (settled) return;
        settled = true;
        resolve({ ms: performance.now() - started, ...result });
      };
      const req = http.request(
        { host: origin.hostname, port: origin.port, method, path, headers, agent, timeout: requestTimeoutMs },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('error', (error) => finish({ status: 0, error: error.message, bytes: 0 }));
          res.on('end', () => {
            const ms = performance.now() - started;
            const buffer = Buffer.concat(chunks);
            let json;
            try {
              json = JSON.parse(buffer.toString('utf8'));
            } catch {
              json = undefined;
            }
            if (settled) return;
            settled = true;
            resolve({ status: res.statusCode ?? 0, json, ms, bytes: buffer.length, headers: res.headers });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${requestTimeoutMs} ms`)));
      req.on('error', (error) => finish({ status: 0, error: error.message, bytes: 0 }));
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  return { baseUrl: origin.origin, request, close: () => agent.destroy() };
}

/** True for a 2xx answer. */
export const isOk = (reply) => reply.status >= 200 && reply.status < 300;

/** One line describing a failed call, for error samples in the report. */
export function describeFailure(what, reply) {
  const detail = reply.error ?? (reply.json?.error ? `${reply.json.error.code}: ${reply.json.error.message}` : '');
  return `${what}: ${reply.status === 0 ? 'network error' : `HTTP ${reply.status}`} ${detail}`.trim();
}
