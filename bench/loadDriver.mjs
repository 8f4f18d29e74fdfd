// The load driver: a separate process (forked by bench/load.mjs) so the clients' CPU
// is not the server's. It gets the devices over IPC, runs them, and sends the figures back.
import { performance } from 'node:perf_hooks';
import { createHttp, describeFailure, isOk } from './lib/http.mjs';
import { editText, newNote, noteText, pushBody } from './lib/mutations.mjs';
import { percentile, summarise } from './lib/stats.mjs';

const maxPullPages = 20;
const periodMs = 1000;
/** The driver ends itself this long after its planned end, whatever is still waiting. */
const overrunGraceMs = 60_000;

/**
 * One simulated tablet: creates its notes, catches up with a full pull, then every
 * second pushes one batch of text edits to its own notes and pulls once.
 */
function makeClient(config, device, index, figures) {
  // A device may name its own server process (several on one PostgreSQL) and session.
  const http = createHttp(device.baseUrl ?? config.baseUrl, { localAddress: device.address });
  const sessionId = device.sessionId ?? config.sessionId;
  const notes = [];
  let cursor = 0;
  let edits = 0;
  // As the app does (src/client/sync/apiClient.ts): each push and pull says which server
  // history the tablet synced with and the highest seq answered, once it has heard them.
  const syncedWith = {};
  const heard = (json) => {
    if (typeof json?.serverIdentity === 'string') syncedWith.serverIdentity = json.serverIdentity;
  };
  const pushPath = `/api/engagements/${device.engagementId}/push`;
  const fail = (what, reply) => {
    figures.errors += 1;
    if (figures.errorSamples.length < 10) figures.errorSamples.push(describeFailure(what, reply));
  };

  async function push(mutations, timed) {
    const sentAt = performance.now();
    const reply = await http.request('POST', pushPath, { token: device.token, body: pushBody(mutations, syncedWith) });
    if (timed) {
      figures.pushLatencies.push(reply.ms);
      figures.pushTimes.push(sentAt);
    }
    if (!isOk(reply)) {
      fail('push', reply);
      return undefined;
    }
    device.nextSeq += mutations.length;
    syncedWith.acknowledgedSeq = device.nextSeq - 1;
    heard(reply.json);
    return reply.json.results;
  }

  async function pull(timed) {
    for (let page = 0; page < maxPullPages; page += 1) {
      const query = new URLSearchParams({ since: String(cursor) });
      if (syncedWith.serverIdentity !== undefined) query.set('serverIdentity', syncedWith.serverIdentity);
      if (syncedWith.acknowledgedSeq !== undefined) query.set('acknowledgedSeq', String(syncedWith.acknowledgedSeq));
      const reply = await http.request('GET', `/api/engagements/${device.engagementId}/pull?${query}`, {
        token: device.token,
      });
      if (timed) figures.pullLatencies.push(reply.ms);
      if (!isOk(reply)) {
        fail('pull', reply);
        return;
      }
      if (timed) {
        figures.pulledRecords += reply.json.changes.length;
        figures.pulledBytes += reply.bytes;
      }
      heard(reply.json);
      cursor = reply.json.cursor;
      if (!reply.json.hasMore) return;
    }
  }

  return {
    http,
    /** Untimed: the notes this tablet will edit, then a catch-up pull from 0. */
    async setUp() {
      const mutations = Array.from({ length: config.editsPerPush }, (_, n) =>
        newNote(device.nextSeq + n, { sessionId, text: noteText(index, n, config.noteBytes) }),
      );
      const results = await push(mutations, false);
      if (!results) return false;
      results.forEach((result, n) => notes.push({ id: mutations[n].recordId, rev: result.rev }));
      await pull(false);
      return true;
    },
    /** Timed: one batch of edits (one per note), then one pull. */
    async tick() {
      edits += 1;
      const mutations = notes.map((note, n) =>
        editText(device.nextSeq + n, note.id, noteText(index, edits * 1000 + n, config.noteBytes), note.rev),
      );
      const results = await push(mutations, true);
      if (results) {
        figures.pushes += 1;
        results.forEach((result, n) => {
          if (result.rev !== null) notes[n].rev = result.rev;
        });
      }
      await pull(true);
    },
  };
}

async function run(config) {
  const figures = {
    pushLatencies: [],
    pushTimes: [],
    pullLatencies: [],
    pushes: 0,
    errors: 0,
    errorSamples: [],
    skippedTicks: 0,
    pulledRecords: 0,
    pulledBytes: 0,
  };
  const clients = config.devices.map((device, index) => makeClient(config, device, index, figures));
  try {
    const setupStarted = performance.now();
    const ready = await Promise.all(clients.map((client) => client.setUp()));
    const setupMs = performance.now() - setupStarted;
    const cpuBefore = process.cpuUsage();

    // Each tablet ticks once a second, spread evenly over the second. A tablet that is
    // still busy when its next tick is due skips it (and it is counted) rather than
    // bursting to catch up: a real sync engine runs one sync at a time.
    const ticks = Math.round((config.durationS * 1000) / periodMs);
    const start = performance.now() + 100;
    // The parent samples each process's CPU per second from here, on the same clock.
    setTimeout(() => process.send?.({ ticking: true }), 100);
    await Promise.all(
      clients.map(async (client, index) => {
        if (!ready[index]) return;
        const offset = (index / clients.length) * periodMs;
        for (let tick = 0; tick < ticks; tick += 1) {
          const due = start + offset + tick * periodMs;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          else if (-wait >= periodMs) {
            figures.skippedTicks += 1;
            continue;
          }
          await client.tick();
        }
      }),
    );
    const elapsedMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    // Per second of the run: how many pushes were sent and the slowest, to tell a steady
    // tail from a few stalls (GC, a WAL checkpoint, another process on the machine).
    const perSecond = Array.from({ length: Math.ceil(elapsedMs / periodMs) + 1 }, () => ({
      count: 0,
      maxMs: 0,
      ms: [],
    }));
    figures.pushTimes.forEach((at, i) => {
      const bucket = perSecond[Math.max(0, Math.floor((at - start) / periodMs))];
      if (!bucket) return;
      bucket.count += 1;
      bucket.maxMs = Math.max(bucket.maxMs, Math.round(figures.pushLatencies[i]));
      bucket.ms.push(figures.pushLatencies[i]);
    });
    const slowPushes = (limit) => figures.pushLatencies.filter((ms) => ms > limit).length;
    return {
      clients: clients.length,
      clientsReady: ready.filter(Boolean).length,
      durationS: config.durationS,
      editsPerPush: config.editsPerPush,
      setupMs: Math.round(setupMs),
      elapsedMs: Math.round(elapsedMs),
      pushes: figures.pushes,
      pushesPerSecond: Math.round((figures.pushes / (elapsedMs / 1000)) * 10) / 10,
      push: summarise(figures.pushLatencies),
      pushesOver100Ms: slowPushes(100),
      pushesOver50Ms: slowPushes(50),
      pushMaxPerSecondMs: perSecond.map((bucket) => bucket.maxMs),
      // Pushes sent in each second and their p99: shows where in the run the slow ones fall.
      pushCountPerSecond: perSecond.map((bucket) => bucket.count),
      pushP99PerSecondMs: perSecond.map((bucket) => Math.round(percentile(bucket.ms, 99) ?? 0)),
      pull: summarise(figures.pullLatencies),
      pulledRecords: figures.pulledRecords,
      pulledBytes: figures.pulledBytes,
      skippedTicks: figures.skippedTicks,
      errors: figures.errors,
      errorSamples: figures.errorSamples,
      driverCpuSeconds: Math.round(((cpu.user + cpu.system) / 1e6) * 100) / 100,
    };
  } finally {
    for (const client of clients) client.http.close();
  }
}

process.once('message', (config) => {
  const guard = setTimeout(
    () => {
      process.send?.({ error: `driver did not finish within ${config.durationS} s + ${overrunGraceMs / 1000} s` });
      process.exit(2);
    },
    config.durationS * 1000 + overrunGraceMs,
  );
  run(config).then(
    (result) => {
      clearTimeout(guard);
      process.send?.({ result }, () => process.exit(0));
    },
    (error) => {
      clearTimeout(guard);
      process.send?.({ error: error instanceof Error ? error.stack : String(error) }, () => process.exit(1));
    },
  );
});
