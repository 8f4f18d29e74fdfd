import { describe, expect, it } from 'vitest';
import { snapshotBodySchema } from '../records/publishedSnapshot';
import { buildLetter, findingParagraph } from './buildLetter';
import { letterParagraphNumbers } from './letterParagraphNumbers';
import type { OutputSources } from './outputDocument';
import { draft, finding, fullSources, session } from './outputSources.fixture';

const letter = fullSources({ draft: draft('summary letter') });
const headings = (sources: OutputSources) => buildLetter(sources).body.sections.map((section) => section.heading);
const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });

describe('buildLetter', () => {
  it('follows the usual structure, numbering the theme and recommendation paragraphs', () => {
    expect(buildLetter(letter)).toEqual({
      kind: 'summary letter',
      title: 'Adult social care peer challenge, Northshire County Council: summary letter',
      body: {
        sections: [
          {
            heading: 'Introduction',
            blocks: [
              paragraph('Thank you for inviting the team.'),
              paragraph('The council asked the peer challenge to consider:'),
              { kind: 'bullets', items: ['Is the front door right?', 'Is commissioning working?'] },
              paragraph(
                'The peer team was made up of a lead peer, two member peers, an officer peer and the challenge manager.',
              ),
              paragraph('The team was on site from 23 to 26 November 2026.'),
              paragraph(
                'During the peer challenge the team held 2 interviews, 1 focus group, 1 visit or observation and 1 document reading session, and met at least 13 people.',
              ),
            ],
          },
          {
            heading: 'Summary',
            blocks: [
              paragraph('The council knows itself well.'),
              { kind: 'bullets', items: ['Strong leadership', 'A clear plan'] },
            ],
          },
          {
            heading: 'Vision, strategy and leadership: strengths',
            numbered: true,
            blocks: [
              paragraph('A shared vision. Partners share the vision.'),
              paragraph('Staff are proud. Staff told us they are proud.'),
            ],
          },
          {
            heading: 'Vision, strategy and leadership: areas for consideration',
            numbered: true,
            blocks: [paragraph('Waiting lists. Lists are long.')],
          },
          {
            heading: 'Working together: areas for consideration',
            numbered: true,
            blocks: [paragraph('Joint working is slow. Explanation 57.')],
          },
          {
            heading: 'Recommendations: presenting issue',
            numbered: true,
            blocks: [paragraph('Agree one plan'), paragraph('Review the front door')],
          },
          { heading: 'Recommendations: quick wins', numbered: true, blocks: [paragraph('Publish the waiting times')] },
          { heading: 'Next steps', blocks: [paragraph('The team will send the letter within four weeks.')] },
          {
            heading: 'Contacts',
            contacts: true,
            blocks: [paragraph('Adviser: Jo Example'), paragraph('jo@example.org')],
          },
        ],
      },
    });
  });

  it('numbers paragraphs continuously through the numbered sections only', () => {
    expect(letterParagraphNumbers(buildLetter(letter).body)).toEqual([
      [null, null, null, null, null, null],
      [null, null],
      [1, 2],
      [3],
      [4],
      [5, 6],
      [7],
      [null],
      [null, null],
    ]);
  });

  it.each<{ name: string; sources: OutputSources; expected: string[] }>([
    {
      name: 'no draft: the introduction holds the facts alone, and summary, next steps and contacts are left out',
      sources: fullSources(),
      expected: headings(letter).filter((heading) => !['Summary', 'Next steps', 'Contacts'].includes(heading)),
    },
    {
      name: "the presentation's draft is not the letter's",
      sources: fullSources({ draft: draft('presentation') }),
      expected: headings(fullSources()),
    },
    {
      name: "nothing agreed and nothing recommended: introduction and the manager's words only",
      sources: fullSources({ draft: draft('summary letter'), findings: [], recommendations: [] }),
      expected: ['Introduction', 'Summary', 'Next steps', 'Contacts'],
    },
  ])('$name', ({ sources, expected }) => {
    expect(headings(sources)).toEqual(expected);
  });

  it.each([
    { name: 'no sessions', sessions: [], documentsRead: 0, last: 'The team was on site from 23 to 26 November 2026.' },
    {
      name: 'counts of people only',
      sessions: [session(1, 'other', 1)],
      documentsRead: 0,
      last: 'During the peer challenge the team held 1 other session, and met 1 person.',
    },
    {
      name: 'sessions without counts',
      sessions: [session(1, 'focus group', null), session(2, 'focus group', null)],
      documentsRead: 0,
      last: 'During the peer challenge the team held 2 focus groups.',
    },
    {
      name: 'documents the notes name',
      sessions: [session(1, 'document reading', null), session(2, 'interview', 3)],
      documentsRead: 12,
      last: 'During the peer challenge the team held 1 interview, read 12 documents, and met 3 people.',
    },
    {
      name: 'documents only',
      sessions: [session(1, 'document reading', null)],
      documentsRead: 1,
      last: 'During the peer challenge the team read 1 document.',
    },
  ])('says what the team did with $name', ({ sessions, documentsRead, last }) => {
    const intro = buildLetter(fullSources({ sessions, documentsRead })).body.sections[0];
    expect(intro?.blocks[intro.blocks.length - 1]).toEqual(paragraph(last));
  });

  it('gives an engagement with nothing yet an introduction that still says when the team was on site', () => {
    const empty = fullSources({ members: [], sessions: [], scopeQuestions: [], findings: [], recommendations: [] });
    expect(buildLetter(empty).body.sections).toEqual([
      { heading: 'Introduction', blocks: [paragraph('The team was on site from 23 to 26 November 2026.')] },
    ]);
  });

  it('is a valid snapshot body when a lane has more paragraphs than a section holds, numbering on', () => {
    const findings = Array.from({ length: 120 }, (_, index) =>
      finding(1000 + index, 30, { headline: `Finding ${index}`, explanation: 'Long. '.repeat(900) }),
    );
    const body = buildLetter(fullSources({ findings })).body;
    expect(snapshotBodySchema.parse(body)).toEqual(body);
    const strengths = body.sections.filter((section) =>
      section.heading.startsWith('Vision, strategy and leadership: strengths'),
    );
    expect(strengths.map((section) => section.heading)).toEqual([
      'Vision, strategy and leadership: strengths',
      'Vision, strategy and leadership: strengths (continued)',
      'Vision, strategy and leadership: strengths (continued)',
      'Vision, strategy and leadership: strengths (continued)',
      'Vision, strategy and leadership: strengths (continued)',
    ]);
    const numbers = letterParagraphNumbers(body)
      .flat()
      .filter((number) => number !== null);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, index) => index + 1));
  });
});

describe('findingParagraph', () => {
  it.each([
    { headline: 'Strong leadership', explanation: 'Everyone said so.', text: 'Strong leadership. Everyone said so.' },
    { headline: 'Is it working?', explanation: 'Mostly.', text: 'Is it working? Mostly.' },
    {
      headline: 'Strong leadership',
      explanation: 'Strong leadership is seen everywhere.',
      text: 'Strong leadership is seen everywhere.',
    },
    { headline: ' Strong leadership ', explanation: '', text: 'Strong leadership' },
    { headline: '', explanation: ' Only this. ', text: 'Only this.' },
    { headline: '', explanation: '', text: '' },
  ])('"$headline" + "$explanation"', ({ headline, explanation, text }) => {
    expect(findingParagraph({ headline, explanation })).toBe(text);
  });
});
