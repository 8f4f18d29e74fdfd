import type { Page } from 'playwright-core';

export type SeedOptions = {
  /** Only this session; otherwise the notes spread over the engagement's sessions. */
  onlySessionId?: string;
  /** Never this session (when the notes spread). */
  exceptSessionId?: string;
  /** Every n-th note (from the n-th) is a teammate's, read-only here; otherwise all are mine. */
  teammateEvery?: number;
  /** Every n-th note (from the first) is a long one, several lines on screen. */
  longEvery?: number;
  /** "Seeded note i: <two words> came up again" for search, or just "Seeded note i". */
  text?: 'searchable' | 'numbered';
  /** Each note's text filled out to this many characters (a typical note is about 200). */
  chars?: number;
};

/**
 * Writes `count` valid notes straight into the app's IndexedDB, as if pulled from the team,
 * in one transaction; the notes are made a second apart, in order.
 */
export function seedNotes(page: Page, engagementId: string, count: number, options: SeedOptions = {}): Promise<number> {
  return page.evaluate(
    ({ engagementId, count, options }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('triangulate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction(['session', 'deviceIdentity'], 'readonly');
          const sessions = read.objectStore('session').getAll();
          const identity = read.objectStore('deviceIdentity').get(engagementId);
          read.oncomplete = () => {
            const sessionIds = options.onlySessionId
              ? [options.onlySessionId]
              : (sessions.result as { id: string; engagementId: string }[])
                  .filter((s) => s.engagementId === engagementId && s.id !== options.exceptSessionId)
                  .map((s) => s.id);
            const me = (identity.result as { memberId: string }).memberId;
            const teammate = crypto.randomUUID();
            const write = db.transaction('note', 'readwrite');
            const store = write.objectStore('note');
            const words = [
              'carers',
              'panel',
              'reablement',
              'discharge',
              'workforce',
              'commissioning',
              'safeguarding',
              'housing',
            ];
            for (let i = 0; i < count; i += 1) {
              const time = new Date(Date.UTC(2026, 10, 20, 8) + i * 1000).toISOString();
              const long = options.longEvery && i % options.longEvery === 0;
              const filler = long ? ' The panel heard a long account of delays at the front door.'.repeat(6) : '';
              const text =
                options.text === 'numbered'
                  ? `Seeded note ${i}${filler}`
                  : `Seeded note ${i}: ${words[i % words.length]} and ${words[(i * 7) % words.length]} came up again${filler}`;
              const padding = ' Carers described waiting weeks for an assessment at the front door.';
              const filled = options.chars
                ? `${text}${padding.repeat(Math.ceil(options.chars / padding.length))}`.slice(0, options.chars)
                : text;
              const teammates = options.teammateEvery && i % options.teammateEvery === options.teammateEvery - 1;
              store.put({
                id: crypto.randomUUID(),
                engagementId,
                rev: 0,
                updatedAt: time,
                deleted: false,
                conflicts: [],
                sessionId: sessionIds[i % sessionIds.length],
                text: filled,
                evidenceType: (['read', 'heard', 'seen'] as const)[i % 3],
                themeIds: [],
                scopeQuestionIds: [],
                stance: 'neutral',
                isQuote: false,
                authorId: teammates ? teammate : me,
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
    { engagementId, count, options },
  );
}
