import { serve } from '@hono/node-server';
import { parseConfig } from './config';
import { demoAlreadyExists, demoBanner } from './demo/demoBanner';
import { seedDemo } from './demo/seedDemo';
import { createApp } from './http/createApp';
import { openStorage } from './storage/openStorage';

/** Starts the server: config, storage, demo on first start, then HTTP until a signal. */
async function main(): Promise<void> {
  const parsed = parseConfig(process.env, process.cwd());
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  const { config } = parsed;
  const storage = openStorage(config);

  const seed = await seedDemo(storage, { publicUrl: config.publicUrl, now: new Date() });
  for (const line of seed ? demoBanner(seed) : [demoAlreadyExists]) console.log(line);

  const app = createApp({ storage, clientDir: config.clientDir });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    // Printed only once the port is bound: scripts and tests wait for this line.
    console.log(`Triangulate listening on ${config.publicUrl}`);
  });
  server.on('error', (error) => {
    console.error(`Could not start the server: ${error.message}`);
    void storage.close().finally(() => process.exit(1));
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Idle keep-alive connections would hold close() open; requests in flight finish first.
    server.close(() => {
      void storage.close().then(() => process.exit(0));
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
