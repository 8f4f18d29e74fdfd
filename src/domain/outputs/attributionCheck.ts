import type { AttributionAcceptance } from '../records/attributionAcceptance';
import type { SnapshotKind } from '../records/publishedSnapshot';
import { findEmailAddresses, findHandles } from './contactDetails';
import { findNames, prepareNames } from './nameMatcher';
import type { FoundSpan } from './nameMatcher';
import type { OutputText } from './outputDocument';
import { findPhoneNumbers } from './phoneNumbers';
import { findSinglingOut, prepareSinglingOut } from './singlingOutPhrases';

export const attributionHitKinds = ['name', 'email', 'phone', 'handle', 'role'] as const;
export type AttributionHitKind = (typeof attributionHitKinds)[number];

/**
 * Something in an output that may attribute what it says to a person. `text` is the matched
 * span exactly as written; `start`/`end` are its offsets (UTF-16, as JavaScript counts) in
 * the field's text. `reason` is in the manager's words.
 */
export type AttributionHit = Omit<OutputText, 'text'> & {
  text: string;
  start: number;
  end: number;
  kind: AttributionHitKind;
  reason: string;
};

export type AttributionLists = {
  /** Team members' names and recorded attendees' names (see namesToCheck). */
  names: readonly string[];
  /** Roles the manager added for this engagement, e.g. "the Virtual School Head". */
  extraRoles: readonly string[];
};

type KindedSpan = FoundSpan & { kind: AttributionHitKind };

/**
 * The non-attribution check: every name, email address, handle, telephone number and phrase
 * singling one person out in the texts of an output, in the order of the texts and then of
 * the text. Where two hits overlap and one holds the other ("Grace.Hope@council.gov.uk"
 * holds "Grace"), only the outer one is reported: fixing it fixes both.
 */
export function checkAttribution(texts: readonly OutputText[], lists: AttributionLists): AttributionHit[] {
  const names = prepareNames(lists.names);
  const phrases = prepareSinglingOut(lists.extraRoles);
  return texts.flatMap(({ recordType, recordId, field, text }) => {
    const spans: KindedSpan[] = [
      ...findEmailAddresses(text).map((span) => ({ ...span, kind: 'email' as const })),
      ...findHandles(text).map((span) => ({ ...span, kind: 'handle' as const })),
      ...findPhoneNumbers(text).map((span) => ({ ...span, kind: 'phone' as const })),
      ...findSinglingOut(text, phrases).map((span) => ({ ...span, kind: 'role' as const })),
      ...findNames(text, names).map((span) => ({ ...span, kind: 'name' as const })),
    ];
    return outermost(spans).map(({ start, end, kind, reason }) => ({
      recordType,
      recordId,
      field,
      text: text.slice(start, end),
      start,
      end,
      kind,
      reason,
    }));
  });
}

/** The spans not held inside another, in text order (a tie keeps the first found). */
function outermost(spans: readonly KindedSpan[]): KindedSpan[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: KindedSpan[] = [];
  let reach = -1;
  for (const span of ordered) {
    if (span.end <= reach) continue;
    kept.push(span);
    reach = span.end;
  }
  return kept;
}

/**
 * The hits still to deal with: a hit is resolved when a live acceptance for this kind of
 * output names the same record, field and span. Text that changes around an accepted span
 * stays accepted; a changed span is a new hit.
 */
export function unresolvedHits(
  hits: readonly AttributionHit[],
  acceptances: readonly AttributionAcceptance[],
  outputKind: SnapshotKind,
): AttributionHit[] {
  const accepted = new Set(
    acceptances
      .filter((acceptance) => !acceptance.deleted && acceptance.outputKind === outputKind)
      .map((acceptance) =>
        acceptanceKey(acceptance.recordType, acceptance.recordId, acceptance.field, acceptance.span),
      ),
  );
  return hits.filter((hit) => !accepted.has(acceptanceKey(hit.recordType, hit.recordId, hit.field, hit.text)));
}

const acceptanceKey = (...parts: string[]) => JSON.stringify(parts);
