import type { CheckedRecordType } from '../records/attributionAcceptance';
import type { Engagement } from '../records/engagement';
import type { Finding } from '../records/finding';
import type { Member } from '../records/member';
import type { OutputDraft } from '../records/outputDraft';
import type { SnapshotBlock, SnapshotBody, SnapshotKind } from '../records/publishedSnapshot';
import type { Recommendation } from '../records/recommendation';
import type { ScopeQuestion } from '../records/scopeQuestion';
import type { Session } from '../records/session';
import type { Theme } from '../records/theme';

/**
 * Everything an output is built from: the engagement's live records as they are now.
 * Members and sessions are here for counts and for the non-attribution check's lists;
 * no output ever carries their names, titles or note metadata.
 */
export type OutputSources = {
  engagement: Engagement;
  members: readonly Member[];
  sessions: readonly Session[];
  themes: readonly Theme[];
  scopeQuestions: readonly ScopeQuestion[];
  findings: readonly Finding[];
  recommendations: readonly Recommendation[];
  /** How many documents the notes say the team read (countDocumentsRead): a count, never which. */
  documentsRead: number;
  /** The manager's own words for this kind of output; null until written. */
  draft: OutputDraft | null;
};

/**
 * The presentation or the summary letter, as one model that every renderer draws (slideshow,
 * .pptx, .docx, print) and that is published to the council as a snapshot's body, so a
 * council comment's sectionIndex/blockIndex point at the same place in every rendering.
 */
export type OutputDocument = { kind: SnapshotKind; title: string; body: SnapshotBody };

/**
 * One text that goes into an output, with where it came from: what the non-attribution
 * check scans and reports, and what an attributionAcceptance names.
 */
export type OutputText = { recordType: CheckedRecordType; recordId: string; field: string; text: string };

/** One slide of the deck after fitting: a section too long for one slide continues on the next. */
export type Slide = {
  heading: string;
  blocks: SnapshotBlock[];
  /** True on the second and later slides of one section ("… continued"). */
  continued: boolean;
  /** The body section it draws, so a comment on a section can be shown on its slides. */
  sectionIndex: number;
};
