import * as v3 from './version3Fixture';
import { version6AllStores } from './version6Fixture';

/**
 * A database as version 7 of the app stored it: version 6's tables plus the outputs'
 * drafts and accepted non-attribution hits. Notes not yet indexed by theme (version 8
 * adds it). Its rows are version 3's notes, which no later upgrade changed. Frozen.
 */
export const version7Stores = {
  outputDraft: 'id, engagementId, [engagementId+kind]',
  attributionAcceptance: 'id, engagementId',
};
export const version7AllStores = { ...version6AllStores, ...version7Stores };

export const { engagementId, noteId } = v3;
export const version7Rows: Record<string, object[]> = { note: v3.version3Rows.note ?? [] };
