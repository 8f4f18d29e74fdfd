import type { AttributionAcceptance, RecordedAcceptance } from '../records/attributionAcceptance';
import type { SnapshotSection } from '../records/publishedSnapshot';
import { sameJson } from '../sync/sameJson';
import { checkAttribution, type AttributionHit } from './attributionCheck';
import { namesToCheck } from './namesToCheck';
import type { OutputDocument, OutputSources } from './outputDocument';
import { prepareOutput, type PreparedOutput } from './prepareOutput';

/** A hit in the text to be published itself, where it is in it: "title" or "sections.3.blocks.0.items.1". */
export type PublishedTextHit = Pick<AttributionHit, 'text' | 'kind' | 'reason'> & {
  where: string;
  /** The heading of the section it is in, for the manager's words; null for the title. */
  heading: string | null;
};

export type PublicationCheck = {
  /** Hits of the output's texts (as the check lists them) no acceptance resolves. */
  unresolved: AttributionHit[];
  /** Hits in the text to be published that no acceptance of this kind covers by the same span. */
  uncoveredInText: PublishedTextHit[];
  /** The live acceptances of this kind that resolve a hit of either: what the publication relies on. */
  reliedOn: RecordedAcceptance[];
};

/**
 * Whether an output may be published, judged from the records (the same document and check
 * as export: prepareOutput) and from the text to be published itself: its title, headings,
 * paragraphs and bullets, so a text built by an older app or a bug cannot carry a name the
 * records no longer hold. The contacts section (it names the adviser on purpose) is
 * skipped only when it is exactly the one the records make; any other section marked as
 * contacts is checked like the rest. The device publishes with it, and the server judges
 * a new snapshot with it again, on its own copy.
 */
export function checkPublication(
  sources: OutputSources,
  published: OutputDocument,
  acceptances: readonly AttributionAcceptance[],
  /** The records' output and check, when the caller has them already (the same sources and acceptances). */
  prepared: PreparedOutput = prepareOutput(sources, published.kind, acceptances),
): PublicationCheck {
  const { kind } = published;
  const live = acceptances.filter((one) => !one.deleted && one.outputKind === kind);
  const spans = new Set(live.map((one) => one.span));
  const inText = publishedTextHits(published, contactSections(prepared.document.body.sections), {
    names: namesToCheck(sources.members, sources.sessions),
    extraRoles: sources.engagement.rolesToCheck,
  });
  const resolving = (one: AttributionAcceptance) =>
    prepared.hits.some(
      (hit) =>
        hit.recordType === one.recordType &&
        hit.recordId === one.recordId &&
        hit.field === one.field &&
        hit.text === one.span,
    ) || inText.some((hit) => hit.text === one.span);
  return {
    unresolved: prepared.unresolved,
    uncoveredInText: inText.filter((hit) => !spans.has(hit.text)),
    reliedOn: live
      .filter(resolving)
      .sort((a, b) => a.acceptedAt.localeCompare(b.acceptedAt) || a.id.localeCompare(b.id))
      .map(({ id, recordType, recordId, field, span, reason, acceptedById, acceptedAt }) => ({
        id,
        recordType,
        recordId,
        field,
        span,
        reason,
        acceptedById,
        acceptedAt,
      })),
  };
}

const contactSections = (sections: readonly SnapshotSection[]) => sections.filter((section) => section.contacts);

/** Every text of a published title and body, with where it is, but the records' own contacts. */
function publishedTextHits(
  published: OutputDocument,
  contacts: readonly SnapshotSection[],
  lists: Parameters<typeof checkAttribution>[1],
): PublishedTextHit[] {
  const marked = contactSections(published.body.sections);
  const skipContacts = marked.length > 0 && sameJson(marked, contacts);
  const texts: { where: string; heading: string | null; text: string }[] = [
    { where: 'title', heading: null, text: published.title },
  ];
  published.body.sections.forEach((section, s) => {
    if (skipContacts && section.contacts) return;
    const heading = section.heading;
    texts.push({ where: `sections.${s}.heading`, heading, text: heading });
    section.blocks.forEach((block, b) => {
      if (block.kind === 'paragraph') texts.push({ where: `sections.${s}.blocks.${b}`, heading, text: block.text });
      else
        block.items.forEach((item, i) =>
          texts.push({ where: `sections.${s}.blocks.${b}.items.${i}`, heading, text: item }),
        );
    });
  });
  // The check labels each hit with where its text came from; here that is a place in the
  // published text, carried in `field` (the record type is not used).
  const hits = checkAttribution(
    texts.map(({ where, text }) => ({ recordType: 'outputDraft', recordId: where, field: where, text })),
    lists,
  );
  const headings = new Map(texts.map((one) => [one.where, one.heading]));
  return hits.map((hit) => ({
    where: hit.field,
    heading: headings.get(hit.field) ?? null,
    text: hit.text,
    kind: hit.kind,
    reason: hit.reason,
  }));
}
