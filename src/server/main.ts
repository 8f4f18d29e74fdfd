// First, before any module builds a schema: every zod schema the server parses with is
// compiled to a fast path on its first parse (zod's own AOT compiler; an invalid value
// falls back to the ordinary parser, so what is refused and why is unchanged). The push
// body and the merge's record checks took 3-4x the time uncompiled.
import 'zod/compile';
import { serve } from '@hono/node-server';
import { parseConfig } from './config';
import { demoAlreadyExists, demoBanner } from './demo/demoBanner';
import { seedDemo } from './demo/seedDemo';
import { startErasureTimer } from './erasure/erasureTimer';
import { createApp } from './http/createApp';
import { createLogger } from './log/logger';
import { describeStorage, openStorage } from './storage/openStorage';
import { warmUp } from './warmUp';

/** Starts the server: config, storage, demo on first start, then HTTP until a signal. */
async function main(): Promise<void> {
  const parsed = parseConfig(process.env, process.cwd());
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  const { config } = parsed;
  const storage = await openStorage(config);
  console.log(`Storage: ${describeStorage(config)}`);

  const fail = (message: string) => {
    console.error(message);
    void storage.close().finally(() => process.exit(1));
  };

  // Before listening: a process behind a load balancer takes traffic once it listens, so
  // it listens warm. A failed rehearsal only means a cold start, never no start.
  const warmUpStarted = performance.now();
  await warmUp(storage, { publicUrl: config.publicUrl, clientDir: config.clientDir }).then(
    (warmed) => {
      if (warmed)
        console.log(
          `Warmed up: ${warmed.rounds} rounds of push and pull in ${Math.round(performance.now() - warmUpStarted)} ms`,
        );
    },
    (error: unknown) => console.error(`Warm-up failed: ${error instanceof Error ? error.message : String(error)}`),
  );

  const logger = createLogger(config.logLevel);
  const app = createApp({
    storage,
    clientDir: config.clientDir,
    faultPause: config.faultPause,
    publicUrl: config.publicUrl,
    trustedProxies: config.trustedProxies,
    logger,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    // The demo is seeded only once the port is bound: if binding failed, its one-time
    // join links would be printed, lost, and never shown again.
    seedDemo(storage, { publicUrl: config.publicUrl, now: new Date() }).then(
      (seed) => {
        for (const line of seed ? demoBanner(seed) : [demoAlreadyExists]) console.log(line);
        // Scripts and tests wait for this line: the server is bound and seeded.
        console.log(`Triangulate listening on ${config.publicUrl}`);
      },
      (error: unknown) =>
        fail(`Could not create the demo engagement: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
  server.on('error', (error) => fail(`Could not start the server: ${error.message}`));
  // Deleted notes past the undo window are erased hourly by every process (idempotent).
  const stopErasure = startErasureTimer(storage, logger);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Idle keep-alive connections would hold close() open; requests in flight finish first.
    server.close(() => {
      void stopErasure()
        .then(() => storage.close())
        .then(() => process.exit(0));
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  // Startup failures (e.g. a database from a newer server) are one line, not a stack.
  console.error(`Could not start Triangulate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
