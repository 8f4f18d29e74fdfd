import { describe, expect, it } from 'vitest';
import { snapshotBodySchema } from '../records/publishedSnapshot';
import { buildPresentation } from './buildPresentation';
import type { OutputSources } from './outputDocument';
import { draft, finding, fullSources, recommendation, theme } from './outputSources.fixture';

const headings = (sources: OutputSources) => buildPresentation(sources).body.sections.map((section) => section.heading);

describe('buildPresentation', () => {
  it('builds the title, scope, what the team did, agreed findings by theme and recommendations by kind', () => {
    expect(buildPresentation(fullSources())).toEqual({
      kind: 'presentation',
      title: 'Adult social care peer challenge, Northshire County Council: feedback presentation',
      body: {
        sections: [
          {
            heading: 'Adult social care peer challenge',
            blocks: [
              { kind: 'paragraph', text: 'Northshire County Council' },
              { kind: 'paragraph', text: '23 to 26 November 2026' },
              {
                kind: 'paragraph',
                text: 'The team: a lead peer, two member peers, an officer peer and the challenge manager',
              },
            ],
          },
          {
            heading: 'Scope',
            blocks: [{ kind: 'bullets', items: ['Is the front door right?', 'Is commissioning working?'] }],
          },
          {
            heading: 'What the team did',
            blocks: [
              {
                kind: 'bullets',
                items: [
                  '2 interviews',
                  '1 focus group',
                  '1 visit or observation',
                  '1 document reading session',
                  'At least 13 people met',
                ],
              },
            ],
          },
          {
            heading: 'Vision, strategy and leadership: key strengths',
            blocks: [{ kind: 'bullets', items: ['A shared vision', 'Staff are proud'] }],
          },
          {
            heading: 'Vision, strategy and leadership: areas for consideration',
            blocks: [{ kind: 'bullets', items: ['Waiting lists'] }],
          },
          {
            heading: 'Working together: areas for consideration',
            blocks: [{ kind: 'bullets', items: ['Joint working is slow'] }],
          },
          {
            heading: 'Recommendations: presenting issue',
            blocks: [{ kind: 'bullets', items: ['Agree one plan', 'Review the front door'] }],
          },
          {
            heading: 'Recommendations: quick wins',
            blocks: [{ kind: 'bullets', items: ['Publish the waiting times'] }],
          },
        ],
      },
    });
  });

  it.each<{ name: string; sources: OutputSources; expected: string[] }>([
    {
      name: "the presentation's draft puts its introduction, summary, next steps and contacts in place",
      sources: fullSources({ draft: draft('presentation') }),
      expected: [
        'Adult social care peer challenge',
        'Introduction',
        'Scope',
        'What the team did',
        'Summary',
        'Vision, strategy and leadership: key strengths',
        'Vision, strategy and leadership: areas for consideration',
        'Working together: areas for consideration',
        'Recommendations: presenting issue',
        'Recommendations: quick wins',
        'Next steps',
        'Contacts',
      ],
    },
    {
      name: "the letter's draft is not the presentation's",
      sources: fullSources({ draft: draft('summary letter') }),
      expected: headings(fullSources()),
    },
    {
      name: 'a deleted draft is not used',
      sources: fullSources({ draft: { ...draft('presentation'), deleted: true } }),
      expected: headings(fullSources()),
    },
    {
      name: 'blank draft texts leave their sections out',
      sources: fullSources({
        draft: draft('presentation', { introduction: ' ', summary: '', nextSteps: '\n', contacts: '' }),
      }),
      expected: headings(fullSources()),
    },
    {
      name: 'an empty engagement is the title slide alone',
      sources: fullSources({
        members: [],
        sessions: [],
        themes: [],
        scopeQuestions: [],
        findings: [],
        recommendations: [],
      }),
      expected: ['Adult social care peer challenge'],
    },
    {
      name: 'no agreed findings leaves every theme out',
      sources: fullSources({
        findings: fullSources().findings.map((item) => ({ ...item, status: 'proposed' as const })),
      }),
      expected: [
        'Adult social care peer challenge',
        'Scope',
        'What the team did',
        'Recommendations: presenting issue',
        'Recommendations: quick wins',
      ],
    },
    {
      name: 'no recommendations (or only blank or deleted ones) leaves them out',
      sources: fullSources({
        recommendations: [
          recommendation(70, 'quick win', '   '),
          recommendation(71, 'wider strategy', 'x', { deleted: true }),
        ],
      }),
      expected: headings(fullSources()).filter((heading) => !heading.startsWith('Recommendations')),
    },
    {
      name: 'findings of a deleted theme are left out',
      sources: fullSources({
        themes: fullSources().themes.map((item) => ({ ...item, deleted: item.name === 'Working together' })),
      }),
      expected: headings(fullSources()).filter((heading) => !heading.startsWith('Working together')),
    },
  ])('$name', ({ sources, expected }) => {
    expect(headings(sources)).toEqual(expected);
  });

  it('shows a finding without a headline by its explanation, and one with neither not at all', () => {
    const sources = fullSources({
      findings: [
        finding(90, 31, { headline: '', explanation: 'Only explained.' }),
        finding(91, 31, { headline: ' ', explanation: '' }),
      ],
    });
    expect(buildPresentation(sources).body.sections.slice(3)).toEqual([
      { heading: 'Working together: key strengths', blocks: [{ kind: 'bullets', items: ['Only explained.'] }] },
      {
        heading: 'Recommendations: presenting issue',
        blocks: [{ kind: 'bullets', items: ['Agree one plan', 'Review the front door'] }],
      },
      { heading: 'Recommendations: quick wins', blocks: [{ kind: 'bullets', items: ['Publish the waiting times'] }] },
    ]);
  });

  it('orders a lane by position, then by id', () => {
    const sources = fullSources({
      findings: [
        finding(93, 31, { position: 1, headline: 'Third' }),
        finding(92, 31, { position: 1, headline: 'Second' }),
        finding(94, 31, { position: -5, headline: 'First' }),
      ],
    });
    expect(buildPresentation(sources).body.sections[3]?.blocks).toEqual([
      { kind: 'bullets', items: ['First', 'Second', 'Third'] },
    ]);
  });

  it('is always a valid snapshot body, even for a very large engagement with long names', () => {
    const longName = 'Theme '.repeat(40).trim();
    const sources = fullSources({
      engagement: { ...fullSources().engagement, title: 'T'.repeat(200), council: 'C'.repeat(200) },
      themes: [theme(30, longName, 0)],
      findings: Array.from({ length: 300 }, (_, index) => finding(1000 + index, 30, { headline: `Finding ${index}` })),
    });
    const presentation = buildPresentation(sources);
    expect(presentation.title.length).toBeLessThanOrEqual(200);
    expect(snapshotBodySchema.parse(presentation.body)).toEqual(presentation.body);
    const items = presentation.body.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'bullets' ? block.items : [])),
    );
    expect(items.filter((item) => item.startsWith('Finding '))).toHaveLength(300);
  });

  it('counts the documents the notes name as read, not the sessions spent reading them', () => {
    const slide = buildPresentation(fullSources({ documentsRead: 9 })).body.sections.find(
      (section) => section.heading === 'What the team did',
    );
    expect(slide?.blocks).toEqual([
      {
        kind: 'bullets',
        items: [
          '2 interviews',
          '1 focus group',
          '1 visit or observation',
          '9 documents read',
          'At least 13 people met',
        ],
      },
    ]);
  });
});
