import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, test } from 'vitest';
import { joinEngagement, newNote, openFirstSession } from './support/app';
import { e2eContext } from './support/context';
import { makeTempDir } from './support/paths';
import { ProfileBrowser } from './support/profileBrowser';
import { TriangulateServer } from './support/server';

let server: TriangulateServer | undefined;
afterAll(async () => {
  await server?.dispose();
});

function instrument() {
  const log: unknown[] = [];
  Object.defineProperty(window, '__diag', { value: log });
  const open = IDBDatabase.prototype.transaction;
  const put = IDBObjectStore.prototype.put;
  const info = new WeakMap<IDBTransaction, { stores: string; text?: number; t0: number }>();
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores: string | string[], mode?: IDBTransactionMode, o?: IDBTransactionOptions) {
    const tx = open.call(this, stores, mode, o);
    if (mode === 'readwrite') {
      const i = { stores: [stores].flat().join('+'), t0: performance.now() };
      info.set(tx, i);
      tx.addEventListener('complete', () => log.push({ ...i, done: Math.round(performance.now()) }));
      tx.addEventListener('abort', () => log.push({ ...i, aborted: String(tx.error) }));
    }
    return tx;
  } as IDBDatabase['transaction'];
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: { text?: string }, key?: IDBValidKey) {
    const i = info.get(this.transaction);
    if (i && typeof value?.text === 'string') i.text = value.text.length;
    return put.call(this, value, key);
  };
}

const text = ('Heard at the front door team: referrals wait four days for triage, staff say the new form helps, ' +
  'carers want one named contact, and managers track delays weekly on a whiteboard in the office. ').repeat(2).slice(0, 200);

for (let n = 0; n < 12; n += 1) {
  test(`diag ${n}`, async () => {
    await server?.dispose();
    server = await TriangulateServer.start({ clientDir: e2eContext().clientDir });
    const profileDir = makeTempDir('profile');
    const { chromiumPath } = e2eContext();
    let browser = await ProfileBrowser.launch(chromiumPath, profileDir);
    await browser.context.addInitScript(instrument);
    const page = await browser.page();
    page.on('console', (m) => console.log('[page]', m.type(), m.text()));
    await joinEngagement(page, server, 'lead peer');
    const session = await openFirstSession(page);
    const box = await newNote(page);
    const t0 = await page.evaluate(() => Math.round(performance.now()));
    await page.keyboard.type(text, { delay: 10 });
    const lastKeystroke = Date.now();
    expect(await box.inputValue()).toBe(text);
    await sleep(Math.max(0, 500 - (Date.now() - lastKeystroke)));
    const diag = (await page.evaluate(() => (window as unknown as { __diag: unknown[] }).__diag.slice(-12))) as unknown[];
    const now = await page.evaluate(() => Math.round(performance.now()));
    await browser.kill();
    browser = await ProfileBrowser.launch(chromiumPath, profileDir);
    const relaunched = await browser.page();
    await relaunched.goto(new URL('/api/nothing-here', session.url).toString());
    const stored = await relaunched.evaluate(
      () =>
        new Promise((resolve) => {
          const req = indexedDB.open('triangulate');
          req.onsuccess = () => {
            const db = req.result;
            const names = Array.from(db.objectStoreNames);
            const tx = db.transaction(names.filter((s) => s === 'note' || s === 'noteDraft'));
            const out: Record<string, unknown> = { version: db.version, names };
            for (const s of names.filter((s) => s === 'note' || s === 'noteDraft')) {
              const r = tx.objectStore(s).getAll();
              r.onsuccess = () => {
                out[s] = (r.result as { text?: string }[]).map((v) => v.text?.length);
              };
            }
            tx.oncomplete = () => resolve({ ...out, ls: Object.keys(localStorage) });
          };
        }),
    );
    console.log(JSON.stringify({ n, t0, now, diag, stored }));
    await browser.close();
    rmSync(profileDir, { recursive: true, force: true });
  });
}
