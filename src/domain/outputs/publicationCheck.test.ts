import { describe, expect, it } from 'vitest';
import type { AttributionAcceptance } from '../records/attributionAcceptance';
import type { SnapshotKind } from '../records/publishedSnapshot';
import { buildLetter } from './buildLetter';
import { buildPresentation } from './buildPresentation';
import type { OutputDocument } from './outputDocument';
import { draft, fullSources, uuid } from './outputSources.fixture';
import { checkPublication } from './publicationCheck';

const accepted = (span: string, extra: Partial<AttributionAcceptance> = {}): AttributionAcceptance => ({
  id: uuid(700),
  engagementId: uuid(1),
  rev: 9,
  updatedAt: '2026-11-26T09:00:00.000Z',
  deleted: false,
  conflicts: [],
  outputKind: 'summary letter',
  recordType: 'outputDraft',
  recordId: uuid(81),
  field: 'summary',
  span,
  reason: 'Thanked with her agreement.',
  acceptedById: uuid(14),
  acceptedAt: '2026-11-26T09:00:00.000Z',
  ...extra,
});

const summary = 'Ottoline Fairweather made the team welcome.';
const sources = (kind: SnapshotKind) => fullSources({ draft: draft(kind, { summary }) });
const built = (kind: SnapshotKind) =>
  kind === 'presentation' ? buildPresentation(sources(kind)) : buildLetter(sources(kind));

/** The document with one more paragraph in its first section. */
const withParagraph = (document: OutputDocument, text: string): OutputDocument => ({
  ...document,
  body: {
    sections: document.body.sections.map((section, index) =>
      index === 0 ? { ...section, blocks: [...section.blocks, { kind: 'paragraph', text }] } : section,
    ),
  },
});

describe('checkPublication', () => {
  it.each<SnapshotKind>(['presentation', 'summary letter'])(
    'the %s: a hit in the records blocks it until accepted; the contacts section (an email on purpose) never does',
    (kind) => {
      const document = built(kind);
      expect(document.body.sections.filter((section) => section.contacts).map((section) => section.heading)).toEqual([
        'Contacts',
      ]);
      const open = checkPublication(sources(kind), document, []);
      expect(open.unresolved.map((hit) => hit.text)).toEqual(['Ottoline Fairweather']);
      // In the text too, until an acceptance covers the span; jo@example.org in the contacts is not.
      expect(open.uncoveredInText.map((hit) => [hit.text, hit.heading])).toEqual([['Ottoline Fairweather', 'Summary']]);
      expect(open.reliedOn).toEqual([]);

      const acceptance = accepted('Ottoline Fairweather', {
        outputKind: kind,
        recordId: uuid(kind === 'presentation' ? 80 : 81),
      });
      const resolved = checkPublication(sources(kind), document, [acceptance]);
      expect(resolved.unresolved).toEqual([]);
      expect(resolved.uncoveredInText).toEqual([]);
      expect(resolved.reliedOn).toEqual([
        {
          id: acceptance.id,
          recordType: 'outputDraft',
          recordId: acceptance.recordId,
          field: 'summary',
          span: 'Ottoline Fairweather',
          reason: 'Thanked with her agreement.',
          acceptedById: uuid(14),
          acceptedAt: '2026-11-26T09:00:00.000Z',
        },
      ]);
    },
  );

  it('checks the text to publish itself: a name the records do not hold, unless an acceptance of the kind has the span', () => {
    const document = withParagraph(buildLetter(sources('summary letter')), 'We met Zebedee Quartermaine at the depot.');
    const acceptance = accepted('Ottoline Fairweather');
    const check = checkPublication(sources('summary letter'), document, [acceptance]);
    expect(check.unresolved).toEqual([]);
    expect(check.uncoveredInText).toEqual([
      expect.objectContaining({ text: 'Zebedee Quartermaine', heading: 'Introduction', kind: 'name' }),
    ]);
    const elsewhere = accepted('Zebedee Quartermaine', { id: uuid(701), recordId: uuid(999) });
    const covered = checkPublication(sources('summary letter'), document, [acceptance, elsewhere]);
    expect(covered.uncoveredInText).toEqual([]);
    expect(covered.reliedOn.map((one) => one.id)).toEqual([uuid(700), uuid(701)]);
    // An acceptance for the other output, or taken back, covers nothing.
    for (const other of [{ outputKind: 'presentation' as const }, { deleted: true }]) {
      const check = checkPublication(sources('summary letter'), document, [acceptance, { ...elsewhere, ...other }]);
      expect(check.uncoveredInText.map((hit) => hit.text)).toEqual(['Zebedee Quartermaine']);
    }
  });

  it('checks a section marked as contacts that is not the draft’s, and the title', () => {
    const document = buildLetter(sources('summary letter'));
    const acceptance = accepted('Ottoline Fairweather');
    const forged: OutputDocument = {
      ...document,
      title: 'Thanks, Zebedee',
      body: {
        sections: document.body.sections.map((section) =>
          section.contacts ? { ...section, blocks: [{ kind: 'paragraph', text: 'Ring 020 7946 0123' }] } : section,
        ),
      },
    };
    const check = checkPublication(sources('summary letter'), forged, [acceptance]);
    expect(check.uncoveredInText.map((hit) => [hit.text, hit.where, hit.heading])).toEqual([
      ['Zebedee', 'title', null],
      ['020 7946 0123', `sections.${document.body.sections.length - 1}.blocks.0`, 'Contacts'],
    ]);
  });
});
