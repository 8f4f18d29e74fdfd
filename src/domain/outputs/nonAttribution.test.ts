import { describe, expect, it } from 'vitest';
import type { SnapshotKind } from '../records/publishedSnapshot';
import { buildLetter } from './buildLetter';
import { buildPresentation } from './buildPresentation';
import { layoutDeck } from './layoutDeck';
import { outputTexts } from './outputTexts';
import { draft, fullSources, identifyingValues, secrets } from './outputSources.fixture';

/**
 * The outputs are built only from agreed findings, recommendations, the manager's draft and
 * counts: member names, session titles, attendee names, locations, authors, lost edits and
 * unagreed findings in the sources must appear nowhere in what they produce.
 */
describe('no output carries anything attributable', () => {
  const cases = (['presentation', 'summary letter'] as SnapshotKind[]).flatMap((kind) => [
    { kind, withDraft: false },
    { kind, withDraft: true },
  ]);

  it.each(cases)('the $kind (with its draft: $withDraft)', ({ kind, withDraft }) => {
    const sources = fullSources({ draft: withDraft ? draft(kind) : null });
    const document = kind === 'presentation' ? buildPresentation(sources) : buildLetter(sources);
    const everything = JSON.stringify({
      document,
      slides: kind === 'presentation' ? layoutDeck(document) : [],
      texts: outputTexts(sources, kind),
    });
    for (const secret of secrets) expect(everything).not.toContain(secret);
    // Note metadata: which notes, people and sessions stand behind a finding, and when.
    for (const value of identifyingValues(sources)) expect(everything).not.toContain(value);
    for (const name of sources.members.map((member) => member.displayName)) expect(everything).not.toContain(name);
    for (const session of sources.sessions) {
      expect(everything).not.toContain(session.title);
      expect(everything).not.toContain(session.location);
    }
  });

  it('uses records whose secrets are really there, so the check above can fail', () => {
    const all = JSON.stringify(fullSources());
    for (const secret of secrets) expect(all).toContain(secret);
    expect(identifyingValues(fullSources()).length).toBeGreaterThan(10);
  });
});
