import type { OutputDocument, Slide } from '../../../src/domain/outputs/outputDocument';

/**
 * What the team knows and the council must never see: planted in the sources the outputs
 * are built from, and looked for in every part of every file.
 */
export const teamOnly = {
  memberNames: ['Priya Ramanathan', 'Gwyneth Okonkwo-Baxter'],
  noteAuthor: 'Torquil Fennimore',
  sessionTitle: 'Interview with the Director of Adult Social Care',
  attendeeNames: 'Bartholomew Quayle, Ngozi Adebayo-Finch',
  noteText: 'Said off the record that the budget was raided twice',
} as const;

export const teamOnlyStrings: readonly string[] = [
  ...teamOnly.memberNames,
  teamOnly.noteAuthor,
  teamOnly.sessionTitle,
  ...teamOnly.attendeeNames.split(', '),
  teamOnly.noteText,
];

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
        blocks: [{ kind: 'paragraph', text: 'Thank you for inviting the team to Riverside & Vale.' }],
      },
      {
        heading: 'Leadership',
        numbered: true,
        blocks: [
          { kind: 'paragraph', text: 'The council has a clear, shared ambition for the place.' },
          { kind: 'bullets', items: ['Strong partnerships with the NHS', 'A "can do" culture <widely> reported'] },
          { kind: 'paragraph', text: 'Areas for consideration: the medium-term financial plan.' },
        ],
      },
      {
        heading: 'Recommendations',
        numbered: true,
        blocks: [{ kind: 'paragraph', text: 'Agree a medium-term financial plan with members.' }],
      },
      { heading: 'Contacts', blocks: [{ kind: 'paragraph', text: 'Peer challenge manager: 020 7946 0000' }] },
    ],
  },
};

/** The letter's paragraph numbers, by section and block, running through the letter. */
export const letterNumbers: (number | null)[][] = [[null], [1, null, 2], [3], [null]];

/** Every text of a deck or letter, each as it is one paragraph of the file. */
export const deckTexts = (slides: readonly Slide[]): string[] =>
  slides.flatMap((slide) => slide.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items)));
