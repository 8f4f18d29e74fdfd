import type { MiddlewareHandler } from 'hono';

/** True when the request came with a body (declared length or chunked). */
function hasBody(headers: Headers): boolean {
  const length = Number(headers.get('Content-Length') ?? '0');
  return length > 0 || headers.has('Transfer-Encoding');
}

/**
 * An error answer to a request with a body closes the connection. An early 401 or 413
 * answers before the body is read; with keep-alive the client would send its next request
 * on a socket the server is still draining (and then drops), and the app would read that
 * as "offline". `Connection: close` tells the client to open a new one instead.
 */
export function closeAfterError(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status >= 400 && hasBody(c.req.raw.headers)) c.res.headers.set('Connection', 'close');
  };
}
