import Dexie, { type Table } from 'dexie';
import type { AccuracyComment } from '../../domain/records/accuracyComment';
import type { Engagement } from '../../domain/records/engagement';
import type { Finding } from '../../domain/records/finding';
import type { Member } from '../../domain/records/member';
import type { AttributionAcceptance } from '../../domain/records/attributionAcceptance';
import type { Note } from '../../domain/records/note';
import type { OutputDraft } from '../../domain/records/outputDraft';
import type { PublishedSnapshot } from '../../domain/records/publishedSnapshot';
import type { Recommendation } from '../../domain/records/recommendation';
import { recordTypes, type RecordOf, type RecordType } from '../../domain/records/recordTypes';
import type { ScopeQuestion } from '../../domain/records/scopeQuestion';
import type { Session } from '../../domain/records/session';
import type { StillToCover } from '../../domain/records/stillToCover';
import type { Theme } from '../../domain/records/theme';
import type { DeviceIdentity } from './deviceIdentity';
import { upgradeToVersion2, upgradeToVersion3, upgradeToVersion6, upgradeToVersion7 } from './dbUpgrades';
import { LastWrites } from './lastWrites';
import type { OutboxEntry } from './outboxEntry';
import type { NoteDraft } from './noteDraftStore';
import { parseOnRead } from './parseOnRead';
import type { RefusedEdit } from './refusedEdit';
import type { StoredPhoto } from './storedPhoto';
import { storedSchemas } from './storedSchemas';
import { UnreadableRecords } from './unreadableRecords';

/**
 * The one IndexedDB database of the app. Schema changes add a new version below, with an
 * upgrade step (dbUpgrades.ts) when stored rows need it and a test that opens a database
 * of the version before, holding its fixture (tests/unit/dexieVersions).
 * Every row read is parsed with its schema (parseOnRead.ts).
 */
export class TriangulateDb extends Dexie {
  engagement!: Table<Engagement, string>;
  theme!: Table<Theme, string>;
  scopeQuestion!: Table<ScopeQuestion, string>;
  member!: Table<Member, string>;
  session!: Table<Session, string>;
  note!: Table<Note, string>;
  publishedSnapshot!: Table<PublishedSnapshot, string>;
  accuracyComment!: Table<AccuracyComment, string>;
  outbox!: Table<OutboxEntry, [string, number]>;
  deviceIdentity!: Table<DeviceIdentity, string>;
  photo!: Table<StoredPhoto, string>;
  noteDraft!: Table<NoteDraft, [string, number]>;
  finding!: Table<Finding, string>;
  recommendation!: Table<Recommendation, string>;
  stillToCover!: Table<StillToCover, string>;
  refusedEdit!: Table<RefusedEdit, [string, number]>;
  outputDraft!: Table<OutputDraft, string>;
  attributionAcceptance!: Table<AttributionAcceptance, string>;
  /** What this tab's last edits stored, so typing writes without a read first (saveEdit.ts). */
  readonly lastWrites = new LastWrites();
  /** Rows that did not parse when read: kept as stored, left out of reads, counted here. */
  readonly unreadableRecords = new UnreadableRecords();

  constructor(name = 'triangulate') {
    super(name);
    this.version(1).stores({
      engagement: 'id',
      theme: 'id, engagementId',
      scopeQuestion: 'id, engagementId',
      member: 'id, engagementId',
      session: 'id, engagementId',
      note: 'id, engagementId, [engagementId+sessionId]',
      // Keyed by engagement and device sequence number; looked up by record to coalesce.
      outbox: '[engagementId+seq], engagementId, [engagementId+recordId]',
      deviceIdentity: 'engagementId',
    });
    // What the council reads and comments on; records gain `conflicts`, outbox entries `setChanges`.
    this.version(2)
      .stores({
        publishedSnapshot: 'id, engagementId',
        accuracyComment: 'id, engagementId, [engagementId+snapshotId]',
      })
      .upgrade(upgradeToVersion2);
    // Photo bytes of notes (see storedPhoto.ts): not a synced record, they travel on the
    // photo route; indexed by note for thumbnails and by upload state for the uploader.
    // Notes gain photoIds, sessions their assigned peers and attendees.
    this.version(3)
      .stores({
        photo: 'id, engagementId, noteId, [engagementId+uploaded]',
      })
      .upgrade(upgradeToVersion3);
    // The typing journal (noteDraftStore.ts): each keystroke's text, in a store of its own
    // that no other transaction touches, so its write never waits behind one.
    this.version(4).stores({
      noteDraft: '[noteId+stamp], engagementId',
    });
    // The evening merge: findings per theme, recommendations, the "still to cover" list.
    this.version(5).stores({
      finding: 'id, engagementId, [engagementId+themeId]',
      recommendation: 'id, engagementId',
      stillToCover: 'id, engagementId',
    });
    // Edits the server refused (refusedEdit.ts), kept so the person sees what did not go;
    // outbox entries gain the conflicts they settle.
    this.version(6)
      .stores({
        refusedEdit: '[engagementId+seq], engagementId',
      })
      .upgrade(upgradeToVersion6);
    // The outputs: the manager's own words per output kind and the accepted hits of the
    // non-attribution check. Snapshots gain their number, comments where they point, their
    // status and answer; a council device pulls from the start of its own counter.
    this.version(7)
      .stores({
        outputDraft: 'id, engagementId, [engagementId+kind]',
        attributionAcceptance: 'id, engagementId',
      })
      .upgrade(upgradeToVersion7);
    // Notes by theme (multi-entry): a theme's board reads its own notes, not the engagement's
    // thousands. IndexedDB builds the index from the stored rows; nothing to upgrade.
    this.version(8).stores({
      note: 'id, engagementId, [engagementId+sessionId], *themeIds',
    });
    this.use(parseOnRead(storedSchemas, this.unreadableRecords, new Set(recordTypes)));
  }

  /** The table holding records of one type, typed by that type. */
  recordTable<T extends RecordType>(recordType: T): Table<RecordOf<T>, string> {
    return this.table(recordType);
  }
}
