import type { Page } from 'playwright-core';
import type { TriangulateServer } from './server';

/** A device token for the demo's challenge manager, joined through the API (not a browser). */
export async function managerToken(server: TriangulateServer): Promise<string> {
  const code = server.link('challenge manager').url.split('/join/')[1] ?? '';
  const response = await fetch(`${server.url}/api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!response.ok) throw new Error(`manager join failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { deviceToken: string }).deviceToken;
}

/** The member and engagement this browser page joined as, read from its IndexedDB. */
export function joinedAs(page: Page): Promise<{ engagementId: string; memberId: string }> {
  return page.evaluate(
    () =>
      new Promise<{ engagementId: string; memberId: string }>((resolve, reject) => {
        const open = indexedDB.open('triangulate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('deviceIdentity').objectStore('deviceIdentity').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const [identity] = request.result as { engagementId: string; memberId: string }[];
            open.result.close();
            if (identity) resolve({ engagementId: identity.engagementId, memberId: identity.memberId });
            else reject(new Error('not joined'));
          };
        };
      }),
  );
}

/** A second join link for the same member, made by the manager with the Team API. */
export async function inviteAgain(
  server: TriangulateServer,
  token: string,
  engagementId: string,
  memberId: string,
): Promise<string> {
  const response = await fetch(`${server.url}/api/engagements/${engagementId}/invites`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ memberId }),
  });
  if (response.status !== 201) throw new Error(`invite failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { url: string }).url;
}

type PulledNote = { id: string; text: string; themeIds: string[]; conflicts: unknown[] };

/** Every note the server holds for the engagement (all pull pages). */
export async function serverNotes(
  server: TriangulateServer,
  token: string,
  engagementId: string,
): Promise<PulledNote[]> {
  const notes: PulledNote[] = [];
  let since = 0;
  for (;;) {
    const response = await fetch(`${server.url}/api/engagements/${engagementId}/pull?since=${since}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`pull failed: ${response.status}`);
    const page = (await response.json()) as {
      changes: { recordType: string; record: PulledNote }[];
      cursor: number;
      hasMore: boolean;
    };
    notes.push(...page.changes.filter((change) => change.recordType === 'note').map((change) => change.record));
    if (!page.hasMore) return notes;
    since = page.cursor;
  }
}

/** A joined page's device token and next mutation number, as its own IndexedDB holds them. */
export function deviceOf(page: Page): Promise<{ deviceToken: string; nextSeq: number }> {
  return page.evaluate(
    () =>
      new Promise<{ deviceToken: string; nextSeq: number }>((resolve, reject) => {
        const open = indexedDB.open('triangulate');
        open.onsuccess = () => {
          const request = open.result.transaction('deviceIdentity').objectStore('deviceIdentity').getAll();
          request.onsuccess = () => {
            open.result.close();
            const [identity] = request.result as { deviceToken: string; nextSeq: number }[];
            if (identity) resolve(identity);
            else reject(new Error('not joined'));
          };
        };
        open.onerror = () => reject(open.error);
      }),
  );
}
