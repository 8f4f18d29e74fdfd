import { checkAttribution, type AttributionHit } from './attributionCheck';
import type { OutputText } from './outputDocument';

/**
 * Sentences that take the check down every path: names whole, in parts, in lower case,
 * possessive and joined, titles, senior roles, "the only …" and a role of the engagement's
 * own, repeated so the code that reads every word runs often enough to be compiled; and
 * once, an email address, a handle and numbers for the telephone parser and the backstop.
 */
const prose = [
  'We met Grace Hope, Hope’s deputy and Cllr Patel; grace hope and okonkwo wrote it, and there is hope.',
  'The Okonkwo-Smith review and a Smith-led plan, with Dr. A. Jones and councillor Evans, in May 2025.',
  'The Leader, the Chief Executive, the Director of Children’s Services and the council’s Monitoring Officer met.',
  'She is the only social worker, the team’s only surveyor, and the Virtual School Head agreed.',
  'Senior leaders, the only way forward, 2023/24, £12,345,678 and 01.02.2024 are ordinary words and figures.',
].join(' ');
const contacts =
  'Write to grace.hope@council.gov.uk or @ghope, ring 020 7123 4567, +44-7700-900123 or 0800 1111 (only the parser knows that one).';

const asTexts = (...bodies: string[]): OutputText[] =>
  bodies.map((text, index) => ({
    recordType: 'finding',
    recordId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    field: 'explanation',
    text,
  }));
const lists = { names: ['Grace Hope', 'Adaeze Okonkwo-Smith', 'Bill Smith'], extraRoles: ['Virtual School Head'] };

/**
 * The warm-up in steps, each short enough for one idle moment: the numbers (the telephone
 * parser's first use is the costliest single thing), one paragraph (the names, roles and
 * word patterns compiled), then the paragraph again and again (the code that reads every
 * word run often enough to be compiled). Each returns its hits, so the work cannot be
 * optimised away.
 */
export const attributionCheckWarmUpSteps: readonly (() => AttributionHit[])[] = [
  () => checkAttribution(asTexts(contacts), lists),
  () => checkAttribution(asTexts(prose), lists),
  () => checkAttribution(asTexts(...Array.from({ length: 12 }, () => prose)), lists),
];

/**
 * Runs the check over made-up words, so that its patterns are compiled, the telephone
 * parser's data read and its code warmed before the manager's first real check. The
 * screen runs the steps one per idle moment; this runs them all at once. Returns the hits
 * (a test can see that every path was taken).
 */
export function warmAttributionCheck(): AttributionHit[] {
  return attributionCheckWarmUpSteps.flatMap((step) => step());
}
