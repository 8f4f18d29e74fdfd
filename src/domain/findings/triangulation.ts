import type { Finding } from '../records/finding';
import type { Note } from '../records/note';
import type { Session, StakeholderGroup } from '../records/session';
import { evidenceReasons } from './evidenceReasons';
import { stakeholderGroupsOf } from './noteGroups';

export const triangulationLabels = ['triangulated', 'corroborated', 'single source', 'no evidence'] as const;
export type TriangulationLabel = (typeof triangulationLabels)[number];

/**
 * The engagement's notes and sessions by id, as this copy holds them. Pass every session,
 * deleted ones too: a note counts whatever its session's state, groups included. Deleted
 * notes may be passed; they never count.
 */
export type FindingEvidence = { notes: ReadonlyMap<string, Note>; sessions: ReadonlyMap<string, Session> };

export type Triangulation = {
  label: TriangulationLabel;
  /** read/heard/seen count notes; sessions, groups and peers count distinct ones. */
  counts: { read: number; heard: number; seen: number; sessions: number; groups: number; peers: number };
  /** A linked note's stance is the opposite of the finding's lane. */
  mixedEvidence: boolean;
  reasons: string;
  /** Set when the finding is agreed on too little evidence. */
  warning: string | null;
};

/** The bar for "triangulated": every one must be met. */
export const triangulatedAt = { evidenceTypes: 2, sessions: 3, groups: 2 } as const;
/** Notes from this many sessions make a finding "corroborated". */
export const corroboratedAtSessions = 2;

/** The finding's notes that count: live and known on this copy, each once. */
export function liveNotesOf(noteIds: readonly string[], notes: ReadonlyMap<string, Note>): Note[] {
  const live: Note[] = [];
  for (const id of new Set(noteIds)) {
    const note = notes.get(id);
    if (note && !note.deleted) live.push(note);
  }
  return live;
}

function labelOf(noteCount: number, evidenceTypes: number, counts: Triangulation['counts']): TriangulationLabel {
  if (noteCount === 0) return 'no evidence';
  if (
    evidenceTypes >= triangulatedAt.evidenceTypes &&
    counts.sessions >= triangulatedAt.sessions &&
    counts.groups >= triangulatedAt.groups
  )
    return 'triangulated';
  return counts.sessions >= corroboratedAtSessions ? 'corroborated' : 'single source';
}

function warningOf(status: Finding['status'], label: TriangulationLabel): string | null {
  if (status !== 'agreed') return null;
  if (label === 'no evidence') return 'Agreed with no evidence: no notes back it.';
  if (label === 'single source') return 'Agreed on a single source: all its notes come from one session.';
  return null;
}

/**
 * How well a finding is evidenced: the one rule behind the board, the coverage screen and
 * the admin command line (docs/triangulation.md). A note counts whatever its session's
 * state, and may back several findings.
 */
export function triangulate(
  finding: Pick<Finding, 'lane' | 'status' | 'noteIds'>,
  evidence: FindingEvidence,
): Triangulation {
  const notes = liveNotesOf(finding.noteIds, evidence.notes);
  const sessions = new Set<string>();
  const groups = new Set<StakeholderGroup>();
  const peers = new Set<string>();
  const counts = { read: 0, heard: 0, seen: 0, sessions: 0, groups: 0, peers: 0 };
  let mixedEvidence = false;
  for (const note of notes) {
    counts[note.evidenceType] += 1;
    sessions.add(note.sessionId);
    peers.add(note.authorId);
    for (const group of stakeholderGroupsOf(note, evidence.sessions)) groups.add(group);
    // The stances share the lanes' words; "neutral" is never the opposite of a lane.
    if (note.stance !== 'neutral' && note.stance !== finding.lane) mixedEvidence = true;
  }
  counts.sessions = sessions.size;
  counts.groups = groups.size;
  counts.peers = peers.size;
  const evidenceTypes = [counts.read, counts.heard, counts.seen].filter((count) => count > 0).length;
  const label = labelOf(notes.length, evidenceTypes, counts);
  return {
    label,
    counts,
    mixedEvidence,
    reasons: evidenceReasons(notes, evidence.sessions),
    warning: warningOf(finding.status, label),
  };
}
