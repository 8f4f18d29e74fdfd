import type { Page } from 'playwright-core';

/**
 * Writes `count` valid notes straight into the app's IndexedDB, as if pulled from the team,
 * spread over the engagement's sessions (all but `exceptSessionId` when given).
 */
export function seedNotes(page: Page, engagementId: string, count: number, exceptSessionId = ''): Promise<number> {
  return page.evaluate(
    ({ engagementId, count, exceptSessionId }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('triangulate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction(['session', 'deviceIdentity'], 'readonly');
          const sessions = read.objectStore('session').getAll();
          const identity = read.objectStore('deviceIdentity').get(engagementId);
          read.oncomplete = () => {
            const sessionIds = (sessions.result as { id: string; engagementId: string }[])
              .filter((s) => s.engagementId === engagementId && s.id !== exceptSessionId)
              .map((s) => s.id);
            const authorId = (identity.result as { memberId: string }).memberId;
            const write = db.transaction('note', 'readwrite');
            const store = write.objectStore('note');
            const words = ['carers', 'panel', 'reablement', 'discharge', 'workforce', 'commissioning', 'safeguarding', 'housing'];
            for (let i = 0; i < count; i += 1) {
              const time = new Date(Date.UTC(2026, 10, 20, 8) + i * 1000).toISOString();
              store.put({
                id: crypto.randomUUID(),
                engagementId,
                rev: 0,
                updatedAt: time,
                deleted: false,
                conflicts: [],
                sessionId: sessionIds[i % sessionIds.length],
                text: `Seeded note ${i}: ${words[i % words.length]} and ${words[(i * 7) % words.length]} came up again`,
                evidenceType: (['read', 'heard', 'seen'] as const)[i % 3],
                themeIds: [],
                scopeQuestionIds: [],
                stance: 'neutral',
                isQuote: false,
                authorId,
                createdAt: time,
                documentReference: '',
                photoIds: [],
              });
            }
            write.oncomplete = () => {
              db.close();
              resolve(count);
            };
            write.onerror = () => reject(write.error);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    { engagementId, count, exceptSessionId },
  );
}
