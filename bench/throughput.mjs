import { performance } from 'node:perf_hooks';
import { createHttp, describeFailure, isOk } from './lib/http.mjs';
import { newNote, noteText, pushBody } from './lib/mutations.mjs';
import { cpuDelta, cpuSeconds, machineBusySeconds, startSampler } from './lib/procStats.mjs';
import { startServer } from './lib/server.mjs';
import { summarise } from './lib/stats.mjs';
import { joinTeam } from './lib/team.mjs';

const maxPullPages = 100;
const round = (ms) => Math.round(ms);

/**
 * Throughput: `clients` devices each push `notesPerClient` new notes of about
 * `noteBytes` bytes in pushes of `batchSize` (all devices at once, each device's pushes
 * one after another, as a tablet's outbox does), then every device pulls everything
 * from cursor 0 in pages (all at once). Real HTTP to the built server on 127.0.0.1.
 * Push and pull bodies are built before the clock starts, so the figures are the
 * server's and the loopback's, not the bench's JSON building.
 */
export async function runThroughput({
  label,
  databaseUrl,
  databaseCpuSeconds,
  clients = 4,
  notesPerClient = 2500,
  batchSize = 500,
  noteBytes = 600,
}) {
  const server = await startServer({ databaseUrl });
  const setupHttp = createHttp(server.baseUrl);
  const clientsHttp = [];
  try {
    const setupStarted = performance.now();
    const team = await joinTeam(setupHttp, server, clients);
    const setupMs = performance.now() - setupStarted;

    const pushedIds = new Set();
    const plans = team.devices.map((device, index) => {
      const bodies = [];
      for (let start = 0; start < notesPerClient; start += batchSize) {
        const mutations = [];
        for (let n = start; n < Math.min(start + batchSize, notesPerClient); n += 1) {
          const note = newNote(device.nextSeq, {
            sessionId: team.sessionId,
            text: noteText(index, n, noteBytes),
            themeIds: team.themeIds.length ? [team.themeIds[n % team.themeIds.length]] : [],
          });
          device.nextSeq += 1;
          pushedIds.add(note.recordId);
          mutations.push(note);
        }
        bodies.push({ json: JSON.stringify(pushBody(mutations)), count: mutations.length });
      }
      const http = createHttp(server.baseUrl, { localAddress: device.address });
      clientsHttp.push(http);
      return { device, bodies, http };
    });
    const pushBytes = plans.reduce(
      (sum, plan) => sum + plan.bodies.reduce((s, body) => s + Buffer.byteLength(body.json), 0),
      0,
    );

    const errors = [];
    const pushLatencies = [];
    const pullLatencies = [];
    const rss = startSampler(() => server.rssKb(), 100);
    const cpuBefore = cpuSeconds(server.pid);
    const dbCpuBefore = databaseCpuSeconds?.();
    const machineBefore = machineBusySeconds();
    const benchBefore = process.cpuUsage();

    // Push phase.
    const started = performance.now();
    await Promise.all(
      plans.map(async ({ device, bodies, http }) => {
        for (const body of bodies) {
          const reply = await http.request('POST', `/api/engagements/${device.engagementId}/push`, {
            token: device.token,
            body: body.json,
          });
          pushLatencies.push(reply.ms);
          const applied = isOk(reply) ? reply.json.results.filter((result) => result.status === 'applied').length : 0;
          if (!isOk(reply) || applied !== body.count) {
            errors.push(isOk(reply) ? `push: ${applied} of ${body.count} applied` : describeFailure('push', reply));
            return; // later pushes of this device would only be refused as a seq gap
          }
        }
      }),
    );
    const pushed = performance.now();

    // Pull phase: everyone from cursor 0.
    const seen = await Promise.all(
      plans.map(async ({ device, http }) => {
        const notes = new Set();
        let records = 0;
        let bytes = 0;
        let cursor = 0;
        for (let page = 0; page < maxPullPages; page += 1) {
          const reply = await http.request('GET', `/api/engagements/${device.engagementId}/pull?since=${cursor}`, {
            token: device.token,
          });
          pullLatencies.push(reply.ms);
          if (!isOk(reply)) {
            errors.push(describeFailure('pull', reply));
            break;
          }
          bytes += reply.bytes;
          for (const change of reply.json.changes) {
            records += 1;
            if (change.recordType === 'note' && pushedIds.has(change.record.id)) notes.add(change.record.id);
          }
          cursor = reply.json.cursor;
          if (!reply.json.hasMore) break;
        }
        return { notes: notes.size, records, bytes };
      }),
    );
    const finished = performance.now();
    const cpuAfter = cpuSeconds(server.pid);
    const dbCpuAfter = databaseCpuSeconds?.();
    const machineBusy = cpuDelta(machineBefore, machineBusySeconds());
    const bench = process.cpuUsage(benchBefore);
    const rssKb = rss.stop();

    const totalMs = finished - started;
    const notesPushed = clients * notesPerClient;
    return {
      label,
      storage: databaseUrl ? 'postgresql' : 'sqlite',
      clients,
      notesPerClient,
      batchSize,
      noteBytes,
      invitesVia: team.invitesVia,
      setupMs: round(setupMs),
      pushMs: round(pushed - started),
      pullMs: round(finished - pushed),
      totalMs: round(totalMs),
      notesPerSecondPushed: Math.round(notesPushed / ((pushed - started) / 1000)),
      recordsPerSecondPulled: Math.round(seen.reduce((sum, s) => sum + s.records, 0) / ((finished - pushed) / 1000)),
      pushBytes,
      pullBytes: seen.reduce((sum, s) => sum + s.bytes, 0),
      push: summarise(pushLatencies),
      pullPage: summarise(pullLatencies),
      everyClientSawEveryNote: seen.every((s) => s.notes === notesPushed),
      notesSeenPerClient: seen.map((s) => s.notes),
      recordsPulledPerClient: seen.map((s) => s.records),
      errors: errors.length,
      errorSamples: errors.slice(0, 5),
      serverCpuSeconds: cpuDelta(cpuBefore, cpuAfter),
      databaseCpuSeconds: cpuDelta(dbCpuBefore, dbCpuAfter),
      benchCpuSeconds: cpuDelta(0, (bench.user + bench.system) / 1e6),
      // Everything else the machine did meanwhile (other processes), in CPU seconds.
      otherCpuSeconds: cpuDelta(
        0,
        Math.max(
          0,
          machineBusy -
            (cpuDelta(cpuBefore, cpuAfter) ?? 0) -
            (cpuDelta(dbCpuBefore, dbCpuAfter) ?? 0) -
            (bench.user + bench.system) / 1e6,
        ),
      ),
      serverRssKb: rssKb,
      serverStderr: server.errors.slice(0, 10),
    };
  } catch (error) {
    const stderr = server.errors.slice(0, 15).join('\n');
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}${stderr ? `\n--- server stderr ---\n${stderr}` : ''}`,
    );
  } finally {
    for (const http of clientsHttp) http.close();
    setupHttp.close();
    await server.stop();
  }
}
