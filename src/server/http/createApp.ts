import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Storage } from '../storage/storage';
import type { FaultPausePoint } from '../sync/faultDrill';
import { errorResponse } from './errorResponse';
import { handleError } from './handleError';
import { healthRoute } from './routes/healthRoute';
import { joinRoute } from './routes/joinRoute';
import { syncRoutes } from './routes/syncRoutes';
import { serveClient } from './serveClient';

/** Largest request body: a full push of 500 long notes fits with room to spare. */
export const maxBodyBytes = 5 * 1024 * 1024;

export type AppOptions = {
  storage: Storage;
  /** The built PWA; need not exist (API-only tests), then pages answer 503. */
  clientDir: string;
  /** Fault drills only: where a push freezes (see sync/faultDrill.ts). */
  faultPause?: FaultPausePoint;
  /** Clock for invite expiry; tests pass a fixed one. */
  now?: () => Date;
};

/** The whole HTTP surface: the JSON API under /api and the PWA everywhere else. */
export function createApp({ storage, clientDir, faultPause, now = () => new Date() }: AppOptions): Hono {
  const app = new Hono();
  app.onError(handleError);
  app.use('/api/*', async (c, next) => {
    await next();
    // API answers are per device and per moment: no browser or proxy may keep them.
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => errorResponse('payload_too_large', `The body is larger than ${maxBodyBytes / 1024 / 1024} MB; send fewer mutations per push.`),
    }),
  );
  app.route('/api', healthRoute());
  app.route('/api', joinRoute(storage, now));
  app.route('/api', syncRoutes(storage, faultPause));
  app.all('/api/*', () => errorResponse('not_found', 'No such API route.'));
  app.get('*', serveClient(clientDir));
  app.notFound(() => errorResponse('not_found', 'Not found.'));
  return app;
}
