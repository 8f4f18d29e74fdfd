import type { RecommendationKind } from '../../../domain/records/recommendation';

/** How each kind of recommendation is named on screen, in the words of the presentation. */
export const kindWords: Record<
  RecommendationKind,
  { heading: string; about: string; singular: string; option: string }
> = {
  'presenting issue': {
    heading: 'Presenting issues',
    about: 'Answers to the scope questions the council asked the team to look at.',
    singular: 'Presenting issue',
    option: 'Presenting issue (answers to the scope questions)',
  },
  'wider strategy': {
    heading: 'Wider strategy',
    about: 'What the council should consider beyond the scope, for the longer term.',
    singular: 'Wider strategy recommendation',
    option: 'Wider strategy',
  },
  'quick win': {
    heading: 'Quick wins',
    about: 'Things the council could do straight away.',
    singular: 'Quick win',
    option: 'Quick win',
  },
};

/** The name a recommendation goes by on its controls, e.g. "Quick win 2". */
export function recommendationName(kind: RecommendationKind, index: number): string {
  return `${kindWords[kind].singular} ${index + 1}`;
}

/** A short excerpt of a recommendation's text, for messages. */
export function excerpt(text: string): string {
  if (!text) return '(no text)';
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
