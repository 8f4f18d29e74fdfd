import { version3AllStores, version3Rows } from './version3Fixture';
import * as v3 from './version3Fixture';

/**
 * A database as version 4 of the app stored it: version 3's rows and the typing journal
 * (`noteDraft`), holding a keystroke the note never got. No findings, recommendations
 * or "still to cover" list yet (version 5 adds them). Frozen.
 */
export const version4Stores = { noteDraft: '[noteId+stamp], engagementId' };
export const version4AllStores = { ...version3AllStores, ...version4Stores };

export const { engagementId, noteId } = v3;
export const unsavedText = 'Reserves cover only one bad winter, and the plan assumes a mild one.';

export const version4Rows: Record<string, object[]> = {
  ...version3Rows,
  noteDraft: [
    { noteId, engagementId, stamp: Date.parse('2026-11-30T18:00:00Z'), text: '', saved: true },
    { noteId, engagementId, stamp: Date.parse('2026-11-30T18:00:04Z'), text: unsavedText, saved: false },
  ],
};
