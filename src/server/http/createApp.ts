import { Hono } from 'hono';
import { silentLogger, type Logger } from '../log/logger';
import type { Storage } from '../storage/storage';
import type { FaultPausePoint } from '../sync/faultDrill';
import { bearerAuth } from './bearerAuth';
import { bodyLimits } from './bodyLimits';
import { closeAfterError } from './closeAfterError';
import { errorResponse } from './errorResponse';
import { handleError } from './handleError';
import { joinRateLimit } from './joinRateLimit';
import { erasureRoutes } from './routes/erasureRoutes';
import { requestLog } from './requestLog';
import { healthRoute } from './routes/healthRoute';
import { joinRoute } from './routes/joinRoute';
import { photoRoutes } from './routes/photoRoutes';
import { syncRoutes } from './routes/syncRoutes';
import { teamRoutes } from './routes/teamRoutes';
import { securityHeaders } from './securityHeaders';
import { serveClient } from './serveClient';
import { trustedProxyCheck } from './trustedProxies';

export type AppOptions = {
  storage: Storage;
  /** The built PWA; need not exist (API-only tests), then pages answer 503. */
  clientDir: string;
  /** Fault drills only: where a push freezes (see sync/faultDrill.ts). */
  faultPause?: FaultPausePoint;
  /** Clock for invite expiry, join rate limits and last-seen times; tests pass their own. */
  now?: () => Date;
  /** Base of the join links the Team routes hand out (PUBLIC_URL); else the request's origin. */
  publicUrl?: string;
  /** TRUSTED_PROXIES: whose X-Forwarded-For gives the client's address; none when absent. */
  trustedProxies?: readonly string[];
  /** The structured log (never note text, names or tokens); silent when absent. */
  logger?: Logger;
};

/** The whole HTTP surface: the JSON API under /api and the PWA everywhere else. */
export function createApp({
  storage,
  clientDir,
  faultPause,
  publicUrl,
  trustedProxies = [],
  logger = silentLogger,
  now = () => new Date(),
}: AppOptions): Hono {
  const app = new Hono();
  app.onError(handleError(logger));
  app.use('*', requestLog(logger));
  app.use('*', securityHeaders(publicUrl));
  app.use('/api/*', closeAfterError());
  app.use('/api/*', async (c, next) => {
    await next();
    // API answers are per device and per moment: no browser or proxy may keep them.
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/*', bodyLimits());
  app.use('/api/join', joinRateLimit(storage, now, trustedProxyCheck(trustedProxies)));
  // One token check for every engagement route, in a fixed place in the order (after
  // size, before anything else); the route groups' own checks then see it done.
  app.use('/api/engagements/*', bearerAuth(storage, now));
  app.route('/api', healthRoute());
  app.route('/api', joinRoute(storage, now));
  app.route('/api', syncRoutes(storage, faultPause));
  app.route('/api', teamRoutes({ storage, publicUrl, now }));
  app.route('/api', photoRoutes(storage, now));
  app.route('/api', erasureRoutes(storage, now));
  app.all('/api/*', () => errorResponse('not_found', 'No such API route.'));
  app.get('*', serveClient(clientDir));
  app.notFound(() => errorResponse('not_found', 'Not found.'));
  return app;
}
