// Keystroke → durable write, in the real app at 4× CPU throttle, with no hook in the app:
// an init script wraps IndexedDB to timestamp the `complete` event of every readwrite
// transaction on the `note` store or the typing journal's `noteDraft` store (and which text
// it put), and timestamps `input` events on text areas. A keystroke's latency runs from its
// input event to the `complete` of the first such write that started after it and holds
// its text or later text. In the same
// page, a bare Dexie `put` of the same record into a throwaway database is timed the same
// way, for the ratio app-write / bare-put.
import { build } from 'esbuild';
import { summarise } from './lib/stats.mjs';
import { cpuThrottleRate, joinAndOpenFirstSession, throttle } from './captureClient.mjs';
import { repoRoot } from './lib/paths.mjs';

/** Runs in the page before the app: records inputs and note-store writes on window.__captureBench. */
function instrumentIndexedDb() {
  const bench = { inputs: [], writes: [], transactions: { readonly: 0, readwrite: 0 }, readsByStores: {} };
  Object.defineProperty(window, '__captureBench', { value: bench });
  const openTransaction = IDBDatabase.prototype.transaction;
  const put = IDBObjectStore.prototype.put;
  const infoOf = new WeakMap();
  IDBDatabase.prototype.transaction = function transaction(stores, mode, options) {
    const started = performance.now();
    const tx =
      options === undefined
        ? openTransaction.call(this, stores, mode)
        : openTransaction.call(this, stores, mode, options);
    const names = typeof stores === 'string' ? [stores] : Array.from(stores);
    // Every transaction counts: live queries re-reading after each write share the main thread.
    bench.transactions[mode === 'readwrite' ? 'readwrite' : 'readonly'] += 1;
    if (mode !== 'readwrite') bench.readsByStores[names.join('+')] = (bench.readsByStores[names.join('+')] ?? 0) + 1;
    // The note's own write and the typing journal's put (noteDraft): either makes a keystroke durable.
    if (mode === 'readwrite' && (names.includes('note') || names.includes('noteDraft'))) {
      const info = {
        db: this.name,
        stores: names.join('+'),
        started,
        completed: undefined,
        text: undefined,
        record: undefined,
      };
      infoOf.set(tx, info);
      tx.addEventListener('complete', () => {
        info.completed = performance.now();
        bench.writes.push(info);
      });
    }
    return tx;
  };
  IDBObjectStore.prototype.put = function wrappedPut(value, key) {
    const info = infoOf.get(this.transaction);
    // A reference only: copying here would add to the write being measured.
    if (info && (this.name === 'note' || this.name === 'noteDraft') && value && typeof value.text === 'string') {
      info.text = value.text;
      info.record = value;
    }
    if (info && this.name === 'outbox') info.entry = value;
    return key === undefined ? put.call(this, value) : put.call(this, value, key);
  };
  document.addEventListener(
    'input',
    (event) => {
      if (event.target instanceof HTMLTextAreaElement)
        bench.inputs.push({ at: event.timeStamp, value: event.target.value });
    },
    true,
  );
}

/** Dexie from node_modules as one classic script defining window.BenchDexie. */
async function dexieScript() {
  const result = await build({
    stdin: { contents: "import Dexie from 'dexie'; window.BenchDexie = Dexie;", resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** Pairs each keystroke with the write that made it durable; returns latencies in ms. */
function pairKeystrokes(inputs, writes) {
  const indexOfValue = new Map(inputs.map((input, index) => [input.value, index]));
  const done = writes
    .filter((w) => w.text !== undefined && indexOfValue.has(w.text))
    .sort((a, b) => a.completed - b.completed);
  const latencies = [];
  let unpaired = 0;
  inputs.forEach((input, index) => {
    const write = done.find((w) => w.started >= input.at && indexOfValue.get(w.text) >= index);
    if (write) latencies.push(write.completed - input.at);
    else unpaired += 1;
  });
  return { latencies, unpaired };
}

const sentence =
  'Staff said waiting lists for care assessments have halved since the spring, though carers still wait weeks. ';

/**
 * Joins as a peer, opens the first session offline (sync stays out of the way), throttles
 * the CPU, types `keystrokes` characters into a new note `gapMs` apart, then times as many
 * bare Dexie puts of the same record, the same distance apart.
 */
export async function runKeystrokeBenchmark({ browser, server, keystrokes = 300, gapMs = 80 }) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
  try {
    await context.addInitScript(instrumentIndexedDb);
    const page = await context.newPage();
    await joinAndOpenFirstSession(page, server, 'lead peer');
    await context.setOffline(true);
    await throttle(context, page);
    await page.getByRole('button', { name: 'New note' }).click();
    const before = await page.evaluate(() => ({
      ...window.__captureBench.transactions,
      readsByStores: { ...window.__captureBench.readsByStores },
    }));
    await page.waitForFunction(() => document.activeElement instanceof HTMLTextAreaElement, undefined, {
      timeout: 30_000,
    });
    const text = sentence
      .repeat(Math.ceil(keystrokes / sentence.length))
      .slice(0, keystrokes)
      .trimEnd();
    await page.keyboard.type(text, { delay: gapMs });
    // The last write lands after the last keystroke.
    await page.waitForFunction(
      (expected) => window.__captureBench.writes.some((w) => w.db === 'triangulate' && w.text === expected),
      text,
      { timeout: 30_000 },
    );
    const { inputs, writes, record, entry, transactions } = await page.evaluate(() => {
      const b = window.__captureBench;
      const transactions = { ...b.transactions, readsByStores: { ...b.readsByStores } };
      const app = b.writes.filter((w) => w.db === 'triangulate');
      const last = app.findLast((w) => w.record !== undefined && w.entry !== undefined);
      return {
        inputs: b.inputs,
        writes: app.map(({ started, completed, text, stores }) => ({ started, completed, text, stores })),
        record: last ? JSON.parse(JSON.stringify(last.record)) : undefined,
        entry: last ? JSON.parse(JSON.stringify(last.entry)) : undefined,
        transactions,
      };
    });
    if (!record) throw new Error('no note write was seen');

    await page.addScriptTag({ content: await dexieScript() });
    const bare = await page.evaluate(
      async ({ record, entry, count, gapMs }) => {
        const db = new window.BenchDexie('capture-bench-bare-put');
        // The same keys and indexes as the app's note and outbox stores.
        db.version(1).stores({
          note: 'id, engagementId, [engagementId+sessionId]',
          outbox: '[engagementId+seq], engagementId, [engagementId+recordId]',
        });
        await db.open();
        const calls = [];
        for (let i = 0; i < count; i += 1) {
          const copy = { ...record, text: `${record.text}${i}` };
          const started = performance.now();
          await db.note.put(copy);
          calls.push(performance.now() - started);
          await new Promise((resolve) => setTimeout(resolve, gapMs));
        }
        // The least the architecture allows for an edit: the record and its outbox entry
        // put in one transaction, with no reads.

        for (let i = 0; i < count; i += 1) {
          const copy = { ...record, text: `${record.text}${i}` };
          const entryCopy = { ...entry, changes: { ...entry.changes, text: copy.text } };
          await db.transaction('rw', db.note, db.outbox, () =>
            Promise.all([db.note.put(copy), db.outbox.put(entryCopy)]),
          );
          await new Promise((resolve) => setTimeout(resolve, gapMs));
        }
        // The same requests as the app's write while typing, without the app around it:
        // read the record and its entry back, put both, in one transaction.

        for (let i = 0; i < count; i += 1) {
          const copy = { ...record, text: `${record.text}${i}` };
          const entryCopy = { ...entry, changes: { ...entry.changes, text: copy.text } };
          await db.transaction('rw', db.note, db.outbox, () =>
            Promise.all([
              db.note.get(copy.id),
              db.outbox.get([entry.engagementId, entry.seq]),
              db.note.put(copy),
              db.outbox.put(entryCopy),
            ]),
          );
          await new Promise((resolve) => setTimeout(resolve, gapMs));
        }
        db.close();
        await window.BenchDexie.delete('capture-bench-bare-put');
        const bareWrites = window.__captureBench.writes.filter((w) => w.db === 'capture-bench-bare-put');
        const transactions = bareWrites.filter((w) => w.stores === 'note').map((w) => w.completed - w.started);
        // Two-store transactions in the order run: the plain pairs, then the read-back ones.
        const twoStore = bareWrites.filter((w) => w.stores !== 'note').map((w) => w.completed - w.started);
        const pairTransactions = twoStore.slice(0, count);
        const verifiedTransactions = twoStore.slice(count);
        return { calls, transactions, pairTransactions, verifiedTransactions };
      },
      { record, entry, count: keystrokes, gapMs },
    );

    // The bare put again, but made by typing, as the app's is: a plain text box put at the
    // top of the same page (outside React) puts the record on every input event, typed the
    // same way. Typing makes the browser lay out and paint the text while the write is in
    // flight; this measures a bare put under that same load.
    const typedPutDb = 'capture-bench-typed-put';
    await page.evaluate(
      async ({ record, name }) => {
        const db = new window.BenchDexie(name);
        db.version(1).stores({ note: 'id, engagementId, [engagementId+sessionId]' });
        await db.open();
        const box = document.createElement('textarea');
        box.id = 'capture-bench-typed-put';
        box.rows = 5;
        box.addEventListener('input', () => void db.note.put({ ...record, text: box.value }));
        document.body.prepend(box);
        window.__captureBench.typedPutStart = window.__captureBench.inputs.length;
      },
      { record, name: typedPutDb },
    );
    await page.focus('#capture-bench-typed-put');
    await page.keyboard.type(text, { delay: gapMs });
    await page.waitForFunction(
      ({ expected, name }) => window.__captureBench.writes.some((w) => w.db === name && w.text === expected),
      { expected: text, name: typedPutDb },
      { timeout: 30_000 },
    );
    const typedPut = await page.evaluate(async (name) => {
      const b = window.__captureBench;
      const result = {
        inputs: b.inputs.slice(b.typedPutStart),
        writes: b.writes
          .filter((w) => w.db === name)
          .map(({ started, completed, text, stores }) => ({ started, completed, text, stores })),
      };
      await window.BenchDexie.delete(name).catch(() => undefined);
      return result;
    }, typedPutDb);
    const typedPutTx = summarise(typedPut.writes.map((w) => w.completed - w.started));
    const typedPutPaired = pairKeystrokes(typedPut.inputs, typedPut.writes);

    const paired = pairKeystrokes(inputs, writes);
    const appWrite = writes.map((w) => w.completed - w.started);
    const keystroke = summarise(paired.latencies);
    const appTx = summarise(appWrite);
    const bareTx = summarise(bare.transactions);
    return {
      cpuThrottle: cpuThrottleRate,
      keystrokes: inputs.length,
      typedCharactersApart: gapMs,
      unpairedKeystrokes: paired.unpaired,
      noteWrites: writes.length,
      // How many writes each kind of transaction made: while typing, note+outbox is the
      // write built on this tab's last one; note+outbox+deviceIdentity reads first.
      writeStores: Object.fromEntries(
        [...new Set(writes.map((w) => w.stores))].map((stores) => [
          stores,
          writes.filter((w) => w.stores === stores).length,
        ]),
      ),
      // Read transactions (mostly live queries re-run after a write) per keystroke while typing.
      readTransactionsPerKeystroke: Math.round(((transactions.readonly - before.readonly) / inputs.length) * 10) / 10,
      // Which stores those reads were over, per keystroke: what re-reads after each write.
      readTransactionsPerKeystrokeByStores: Object.fromEntries(
        Object.entries(transactions.readsByStores).map(([stores, count]) => [
          stores,
          Math.round(((count - (before.readsByStores[stores] ?? 0)) / inputs.length) * 10) / 10,
        ]),
      ),
      writeTransactionsPerKeystroke:
        Math.round(((transactions.readwrite - before.readwrite) / inputs.length) * 10) / 10,
      keystrokeToDurable: keystroke,
      appWriteTransaction: appTx,
      barePutTransaction: bareTx,
      bareRecordAndEntryTransaction: summarise(bare.pairTransactions),
      bareTypingRequestsTransaction: summarise(bare.verifiedTransactions),
      barePutCall: summarise(bare.calls),
      typedBarePutTransaction: typedPutTx,
      typedBarePutKeystrokeToDurable: summarise(typedPutPaired.latencies),
      ratioToTypedPutP50: Math.round((appTx.p50 / typedPutTx.p50) * 100) / 100,
      ratioP50: Math.round((appTx.p50 / bareTx.p50) * 100) / 100,
      ratioP95: Math.round((appTx.p95 / bareTx.p95) * 100) / 100,
      recordBytes: JSON.stringify(record).length,
    };
  } finally {
    await context.close();
  }
}
