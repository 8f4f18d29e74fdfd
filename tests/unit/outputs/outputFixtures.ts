import { buildLetter } from '../../../src/domain/outputs/buildLetter';
import { buildPresentation } from '../../../src/domain/outputs/buildPresentation';
import { layoutDeck } from '../../../src/domain/outputs/layoutDeck';
import type { OutputDocument, Slide } from '../../../src/domain/outputs/outputDocument';
import { draft, fullSources } from '../../../src/domain/outputs/outputSources.fixture';

/** The presentation's title: the file's properties carry it, the title slide shows the first section. */
export const deckTitle = 'Corporate peer challenge, Riverside & Vale Council: feedback presentation';

/** A fitted deck as the layout hands it over: the title slide first; one section runs onto a second slide. */
export const deck: Slide[] = [
  {
    heading: 'Corporate peer challenge',
    sectionIndex: 0,
    continued: false,
    blocks: [
      { kind: 'paragraph', text: 'Riverside & Vale Council' },
      { kind: 'paragraph', text: '3 to 6 March 2026' },
      { kind: 'paragraph', text: 'The team: a lead peer, two member peers and the challenge manager' },
    ],
  },
  {
    heading: 'Scope and what the team did',
    sectionIndex: 1,
    continued: false,
    blocks: [
      { kind: 'paragraph', text: 'The team spent four days on site and met more than 120 people.' },
      { kind: 'bullets', items: ['32 interviews', '9 focus groups', '6 visits', '41 documents read'] },
    ],
  },
  {
    heading: 'Leadership: key strengths',
    sectionIndex: 2,
    continued: false,
    blocks: [
      {
        kind: 'bullets',
        items: ['A clear, shared ambition for the place', 'Partners say the council "listens & acts"'],
      },
    ],
  },
  {
    heading: 'Leadership: key strengths',
    sectionIndex: 2,
    continued: true,
    blocks: [{ kind: 'bullets', items: ['Staff describe an open, supportive culture <everywhere>'] }],
  },
  {
    heading: 'Recommendations',
    sectionIndex: 3,
    continued: false,
    blocks: [
      { kind: 'paragraph', text: 'Presenting issue: agree a medium-term financial plan with members.' },
      { kind: 'bullets', items: ['Quick win: publish the forward plan', 'Wider strategy: réfresh the workforce plan'] },
    ],
  },
  { heading: 'Next steps', sectionIndex: 4, continued: false, blocks: [] },
];

export const letter: OutputDocument = {
  kind: 'summary letter',
  title: 'Corporate peer challenge: Riverside & Vale Council – summary letter',
  body: {
    sections: [
      {
        heading: 'Introduction',
        blocks: [
          { kind: 'paragraph', text: 'Thank you for inviting the team to Riverside & Vale.' },
          { kind: 'bullets', items: ['Strong partnerships with the NHS', 'A "can do" culture <widely> reported'] },
        ],
      },
      {
        heading: 'Leadership: strengths',
        numbered: true,
        blocks: [
          { kind: 'paragraph', text: 'The council has a clear, shared ambition for the place.' },
          { kind: 'paragraph', text: 'Areas for consideration: the medium-term financial plan.' },
        ],
      },
      {
        heading: 'Recommendations',
        numbered: true,
        blocks: [
          { kind: 'paragraph', text: 'Agree a medium-term financial plan with members.' },
          { kind: 'bullets', items: ['Publish the forward plan', 'Réfresh the workforce plan'] },
        ],
      },
      { heading: 'Contacts', blocks: [{ kind: 'paragraph', text: 'Peer challenge manager: 020 7946 0000' }] },
    ],
  },
};

/** Every paragraph and bullet of some slides, in order. */
export const deckTexts = (slides: readonly Slide[]): string[] =>
  slides.flatMap((slide) => slide.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items)));

/**
 * The presentation and the letter as the output model builds them from a whole engagement
 * whose names, session titles, attendee names and unagreed findings carry `secrets`.
 */
export function builtFromSources() {
  const presentation = buildPresentation(fullSources({ draft: draft('presentation') }));
  return {
    presentation,
    slides: layoutDeck(presentation),
    letter: buildLetter(fullSources({ draft: draft('summary letter') })),
  };
}
