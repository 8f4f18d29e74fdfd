import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import type { Logger } from '../log/logger';

/**
 * One log line per request: method, route, status and time taken. The route is the
 * pattern that answered (`/api/engagements/:id/push`), never the path: a path can hold a
 * join code (`/join/<code>`) and a query anything at all. Pages of the app log as `app`.
 */
export function requestLog(logger: Logger) {
  return createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    const pattern = routePath(c, c.req.routeIndex);
    const route = c.req.path.startsWith('/api/') || !pattern.includes('*') ? pattern : 'app';
    const ms = Math.round(performance.now() - started);
    logger.info({ method: c.req.method, route, status: c.res.status, ms }, 'request');
  });
}
