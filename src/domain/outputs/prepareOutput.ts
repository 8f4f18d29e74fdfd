import type { AttributionAcceptance } from '../records/attributionAcceptance';
import type { SnapshotKind } from '../records/publishedSnapshot';
import { checkAttribution, unresolvedHits, type AttributionHit } from './attributionCheck';
import { buildLetter } from './buildLetter';
import { buildPresentation } from './buildPresentation';
import { namesToCheck } from './namesToCheck';
import type { OutputDocument, OutputSources } from './outputDocument';
import { outputTexts } from './outputTexts';

export type PreparedOutput = {
  document: OutputDocument;
  /** Every hit of the non-attribution check, accepted or not. */
  hits: AttributionHit[];
  /** The hits no acceptance covers: while any remain, the output is neither exported nor published. */
  unresolved: AttributionHit[];
};

/**
 * One output and its non-attribution check, as the app's screens and the admin export
 * both make it: the document from the records, the check over every text that goes into
 * it (names of all members and recorded attendees, the usual senior roles and the
 * engagement's own roles to check), and which hits the manager has not accepted.
 */
export function prepareOutput(
  sources: OutputSources,
  kind: SnapshotKind,
  acceptances: readonly AttributionAcceptance[],
): PreparedOutput {
  const document = kind === 'presentation' ? buildPresentation(sources) : buildLetter(sources);
  const names = namesToCheck(sources.members, sources.sessions);
  const hits = checkAttribution(outputTexts(sources, kind), { names, extraRoles: sources.engagement.rolesToCheck });
  return { document, hits, unresolved: unresolvedHits(hits, acceptances, kind) };
}
