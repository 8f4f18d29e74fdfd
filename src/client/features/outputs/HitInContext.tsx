import type { AttributionHit } from '../../../domain/outputs/attributionCheck';

/** How much of the text either side of a flag is shown, so the manager sees it in its sentence. */
const contextCharacters = 60;

/** The flagged words in their sentence, the words themselves marked. */
export function HitInContext({ hit, text }: { hit: AttributionHit; text: string }) {
  // The record may have changed since the check ran: then only the words flagged are shown.
  const inPlace = text.slice(hit.start, hit.end) === hit.text;
  const before = inPlace ? text.slice(Math.max(0, hit.start - contextCharacters), hit.start) : '';
  const after = inPlace ? text.slice(hit.end, hit.end + contextCharacters) : '';
  return (
    <q className="hit-context">
      {hit.start > contextCharacters && inPlace ? '…' : ''}
      {before}
      <mark>{hit.text}</mark>
      {after}
      {inPlace && hit.end + contextCharacters < text.length ? '…' : ''}
    </q>
  );
}
