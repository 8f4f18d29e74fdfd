import type { SnapshotKind } from '../records/publishedSnapshot';
import { composeLetter } from './buildLetter';
import { composePresentation } from './buildPresentation';
import type { OutputSources, OutputText } from './outputDocument';

/**
 * Every checked text that goes into the output of this kind, with its record and field, as
 * the record holds it (so a hit's span is found in the field the manager edits). Collected
 * while the output is composed, so a text cannot reach an output without being listed
 * here, scope questions and theme names included (the council's and the team's words, but
 * "How do the Leader and the Chief Executive work together?" names two people). Not listed:
 * the contacts (named on purpose, not checked) and the words the model writes itself
 * (headings, counts, dates, the team by position), which name no one.
 */
export function outputTexts(sources: OutputSources, kind: SnapshotKind): OutputText[] {
  return (kind === 'presentation' ? composePresentation(sources) : composeLetter(sources)).texts;
}
