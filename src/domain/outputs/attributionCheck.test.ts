import { describe, expect, it } from 'vitest';
import type { AttributionAcceptance } from '../records/attributionAcceptance';
import { checkAttribution, unresolvedHits } from './attributionCheck';
import type { AttributionHit, AttributionHitKind, AttributionLists } from './attributionCheck';

const findingId = '00000000-0000-4000-8000-0000000000f1';
const lists: AttributionLists = {
  names: [
    'Grace Hope',
    'José Álvarez',
    'Adaeze Okonkwo-Smith',
    'Siobhán O’Neill',
    'May Lee',
    'Søren Berg',
    'Bill Smith',
    'Ben Carter',
    'Di Evans',
    'Al Hassan',
    'Del Mason',
    'Sofia de la Cruz',
    'Ludwig van Beethoven',
    'Omar bin Laden-Ali',
    'Priya Shah',
    'Mark Baker',
    'Will Hill',
    'Rose Smith',
  ],
  extraRoles: ['Virtual School Head', 'the housing team’s only surveyor'],
};

/** The hits in one text as [span, start], checking every hit's offsets and kind. */
function spans(text: string, kind: AttributionHitKind): [string, number][] {
  const hits = checkAttribution([{ recordType: 'finding', recordId: findingId, field: 'body', text }], lists);
  for (const hit of hits) {
    expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(hit.kind).toBe(kind);
    expect(hit.reason.length).toBeGreaterThan(10);
  }
  return hits.map((hit) => [hit.text, hit.start]);
}

describe('names of team members and attendees', () => {
  it.each<[string, [string, number][]]>([
    ['We spoke to Grace Hope yesterday.', [['Grace Hope', 12]]],
    ['Thanks to Hope for her time.', [['Hope', 10]]],
    ['A note from HOPE about it.', [['HOPE', 12]]],
    ['It was Hope’s team that led it.', [['Hope’s', 7]]],
    ["It was Hope's team that led it.", [["Hope's", 7]]],
    ["We saw the Hopes' view.", [["Hopes'", 11]]],
    ["We saw the Smiths' house.", [["Smiths'", 11]]],
    ['As Jose Alvarez said, the plan works.', [['Jose Alvarez', 3]]],
    ['Notes by JOSÉ ÁLVAREZ and others.', [['JOSÉ ÁLVAREZ', 9]]],
    [
      'We met Soren and Siobhan.',
      [
        ['Soren', 7],
        ['Siobhan', 17],
      ],
    ],
    ["As Siobhán O'Neill's view shows", [["Siobhán O'Neill's", 3]]],
    ['So Alvarez’s plan went ahead.', [['Alvarez’s', 3]]],
    ['See the Okonkwo-Smith review.', [['Okonkwo-Smith', 8]]],
    ['It was a Smith-led review.', [['Smith', 9]]],
    ['It was an Okonkwo review.', [['Okonkwo', 10]]],
    ['It was written by grace hope last year.', [['grace hope', 18]]],
    ['In May 2025 we met May.', [['May', 19]]],
    ['On 12 May the panel sat, and May Lee chaired it.', [['May Lee', 29]]],
    ['Hope remains strong.', [['Hope', 0]]],
    ['There is hope in the service.', []],
    ['Staff asked for a grace period of six weeks.', []],
    ['It was a hopeful sign, and Hopeful too.', []],
    ['There is a Smithfield market.', []],
    ['In May 2025 and by 12 May and on 1st May.', []],
    ['The bill was paid and the will was read.', []],
  ])('%s', (text, expected) => {
    expect(spans(text, 'name')).toEqual(expected);
  });

  it.each<[string, [string, number][]]>([
    ['We met Ben yesterday.', [['Ben', 7]]],
    [
      'Thanks to Di and Al.',
      [
        ['Di', 10],
        ['Al', 17],
      ],
    ],
    [
      'As Del said, and BEN too.',
      [
        ['Del', 3],
        ['BEN', 17],
      ],
    ],
    [
      'We met Sofia, and Cruz agreed.',
      [
        ['Sofia', 7],
        ['Cruz', 18],
      ],
    ],
    ['On the De La Salle campus, by the Van.', []],
    [
      'Ludwig and Beethoven both came.',
      [
        ['Ludwig', 0],
        ['Beethoven', 11],
      ],
    ],
    ['The Bin Men and the Laden-Ali report.', [['Laden-Ali', 20]]],
  ])('a name part that is also a particle (van, de, al, ben …) only inside a name: %s', (text, expected) => {
    expect(spans(text, 'name')).toEqual(expected);
  });

  it.each<[string, [string, number][]]>([
    ['josé was never written in lower case here.', [['josé', 0]]],
    [
      'It was an okonkwo review, and okonkwo’s team.',
      [
        ['okonkwo', 10],
        ['okonkwo’s', 30],
      ],
    ],
    ['As priya said, the plan works.', [['priya', 3]]],
    ['The adaeze okonkwo-smith note.', [['adaeze okonkwo-smith', 4]]],
    ['As jose alvarez said.', [['jose alvarez', 3]]],
    ['The berg was cold.', [['berg', 4]]],
    ['We will mark the rose bed by the hill, as a baker and a smith would.', []],
    ['There is hope, grace and a will; the bill is paid and the young ward is green.', []],
    ['The smith-led review, a hill-top site.', []],
    ['As Jenkins et al. found, and al said.', [['al', 29]]],
  ])('a name part in lower case, flagged unless it is an ordinary English word: %s', (text, expected) => {
    expect(spans(text, 'name')).toEqual(expected);
  });

  it.each<[string, [string, number][]]>([
    ['We met Cllr Patel.', [['Cllr Patel', 7]]],
    ['we met councillor Smith yesterday.', [['councillor Smith', 7]]],
    ['As cllr Jones said.', [['cllr Jones', 3]]],
    [
      'Ask dr Patel or prof Nkemelu.',
      [
        ['dr Patel', 4],
        ['prof Nkemelu', 16],
      ],
    ],
    [
      'Then mrs Okafor and ms Lee spoke.',
      [
        ['mrs Okafor', 5],
        ['ms Lee', 20],
      ],
    ],
    ['A doctor Who fan, the lady Chapel, canon Law and we miss Fridays.', []],
    ['Dr. A. Jones said so.', [['Dr. A. Jones', 0]]],
    ['A letter from MR JONES.', [['MR JONES', 14]]],
    ['With Councillor Ahmed-Khan’s support.', [['Councillor Ahmed-Khan’s', 5]]],
    ['We met Mr Smith. The council agreed.', [['Mr Smith', 7]]],
    [
      'Thanks to Prof Nkemelu and Dame Sarah Storey.',
      [
        ['Prof Nkemelu', 10],
        ['Dame Sarah Storey', 27],
      ],
    ],
    ['The Rev Okafor spoke.', [['Rev Okafor', 4]]],
    ['The MS Society helped.', []],
    ['Pupils at Our Lady of Lourdes school.', []],
    ['Staff did not miss Fridays.', []],
    ['The mr was lower case.', []],
  ])('a name after a title: %s', (text, expected) => {
    expect(spans(text, 'name')).toEqual(expected);
  });

  it('gives a word that starts a sentence its own reason: the capital proves nothing there', () => {
    const [atStart] = checkAttribution(
      [{ recordType: 'finding', recordId: findingId, field: 'body', text: 'Hope remains.' }],
      lists,
    );
    const [inside] = checkAttribution(
      [{ recordType: 'finding', recordId: findingId, field: 'body', text: 'Ask Hope.' }],
      lists,
    );
    expect(atStart?.reason).toMatch(/starts a sentence/i);
    expect(inside?.reason).not.toMatch(/starts a sentence/i);
  });

  it('finds a name after a title even when it is on no list', () => {
    const hits = checkAttribution(
      [{ recordType: 'finding', recordId: findingId, field: 'body', text: 'Mrs Unlisted spoke.' }],
      {
        names: [],
        extraRoles: [],
      },
    );
    expect(hits.map((hit) => hit.text)).toEqual(['Mrs Unlisted']);
  });
});

describe('email addresses and handles', () => {
  it.each<[string, [string, number][]]>([
    ['Write to grace.hope@council.gov.uk today.', [['grace.hope@council.gov.uk', 9]]],
    ['Email J.Smith+panel@Example.co.uk.', [['J.Smith+panel@Example.co.uk', 6]]],
    ['Or Grace.Hope@council.gov.uk, which holds a name.', [['Grace.Hope@council.gov.uk', 3]]],
    ['Meet @ 10 by the desk.', []],
  ])('email: %s', (text, expected) => {
    expect(spans(text, 'email')).toEqual(expected);
  });

  it.each<[string, [string, number][]]>([
    ['Follow @ghope for updates.', [['@ghope', 7]]],
    ['(@Team_Lead) posted it.', [['@Team_Lead', 1]]],
    ['On Mastodon @jo@social.example.', [['@jo@social.example', 12]]],
    ['The @ sign and a@b are not handles.', []],
  ])('handle: %s', (text, expected) => {
    expect(spans(text, 'handle')).toEqual(expected);
  });
});

describe('UK telephone numbers', () => {
  it.each([
    '01632 960123',
    '07700 900123',
    '020 7946 0123',
    '0113 496 0123',
    '0161 496 0000',
    '+44 7700 900123',
    '+44 (0)20 7946 0958',
    '+44 20 7123 4567',
    '+447911123456',
    '0044 20 7123 4567',
    '(020) 7123 4567',
    '020-7123-4567',
    '020.7123.4567',
    '07911 123 456',
    '07911-123-456',
    '01223 123456',
    '0800 123 4567',
    '0800 1111',
    '0300 123 4567',
  ])('%s', (number) => {
    expect(spans(`Call ${number} today.`, 'phone')).toEqual([[number, 5]]);
  });

  it('finds two numbers in a list as two hits', () => {
    expect(spans('Call 0113 496 0123, 0800 123 4567.', 'phone')).toEqual([
      ['0113 496 0123', 5],
      ['0800 123 4567', 20],
    ]);
  });

  it.each([
    'In 2023/24 there were 1,234 cases.',
    'A budget of £12,345,678 was set.',
    'Dated 01.02.2024 and 01/02/2024.',
    'Only 0.5 FTE from 2019-2024.',
    'There were 12 000 visits to 3 of 10 wards.',
    'Reference 123456 and ward 07.',
  ])('no number in: %s', (text) => {
    expect(spans(text, 'phone')).toEqual([]);
  });
});

describe('phrases that single one person out', () => {
  it.each<[string, [string, number][]]>([
    ['The Leader said so.', [['The Leader', 0]]],
    ['We met the leader of the council.', [['the leader of the council', 7]]],
    ['We met the Leader of the Opposition.', [['the Leader of the Opposition', 7]]],
    ['THE CHIEF EXECUTIVE AGREED.', [['THE CHIEF EXECUTIVE', 0]]],
    ['Ask your chief executive.', [['your chief executive', 4]]],
    ['Ask the Deputy Leader.', [['the Deputy Leader', 4]]],
    [
      'So the Director of Children’s Services and Education said.',
      [['the Director of Children’s Services and Education', 3]],
    ],
    ['Then the director of finance left.', [['the director of finance', 5]]],
    ['Ask the Head of Housing.', [['the Head of Housing', 4]]],
    ['Ask the Portfolio Holder for Adult Social Care.', [['the Portfolio Holder for Adult Social Care', 4]]],
    ['Ask the Cabinet Member for Resources.', [['the Cabinet Member for Resources', 4]]],
    ['Ask the Monitoring Officer.', [['the Monitoring Officer', 4]]],
    [
      'Ask the Section 151 Officer or the s151 officer.',
      [
        ['the Section 151 Officer', 4],
        ['the s151 officer', 31],
      ],
    ],
    ['In the Mayor’s office.', [['the Mayor’s', 3]]],
    ['Ask the Lord Mayor.', [['the Lord Mayor', 4]]],
    ['Ask the Council’s Monitoring Officer.', [['the Council’s Monitoring Officer', 4]]],
    ['As Chief Executive she led it.', [['Chief Executive', 3]]],
    ['Ask the Vice-Chair.', [['the Vice-Chair', 4]]],
    ['Senior leaders across the council agreed.', []],
    ['Strong leadership and the leaders of services.', []],
    ['A director said so, and directors agreed.', []],
    ['The heads of service and the head teacher met.', []],
    ['The mayoral election and Chief Executives met.', []],
    [
      'We met the CEO and the Deputy CEO.',
      [
        ['the CEO', 7],
        ['the Deputy CEO', 19],
      ],
    ],
    [
      'As CEO she led it; the ceo’s office agreed.',
      [
        ['CEO', 3],
        ['the ceo’s', 19],
      ],
    ],
    [
      'Ask the Chief Exec or your chief exec.',
      [
        ['the Chief Exec', 4],
        ['your chief exec', 22],
      ],
    ],
    [
      'So the council leader and the Council Leader’s office met.',
      [
        ['the council leader', 3],
        ['the Council Leader’s', 26],
      ],
    ],
    ['Ask the opposition leader.', [['the opposition leader', 4]]],
    ['A CEO from another council and an ex-CEO spoke.', []],
    ['CEOs and chief execs of partners met council leaders.', []],
    ['Opposition leaders and the council leadership met.', []],
    ['The opposition leadership and a council leader from elsewhere spoke.', []],
  ])('role: %s', (text, expected) => {
    expect(spans(text, 'role')).toEqual(expected);
  });

  it.each<[string, [string, number][]]>([
    ['She is the only woman on the panel.', [['the only woman', 7]]],
    ['The only Black councillor said so.', [['The only Black councillor', 0]]],
    ['Its sole social worker who left was missed.', [['Its sole social worker', 0]]],
    ['He was the only one who spoke.', [['the only one', 7]]],
    ['This is the only way forward.', []],
    ['It is not the only council to do so.', []],
    ['Only one option remains.', []],
    ['Ask the team’s only social worker.', [['the team’s only social worker', 4]]],
    ["The council's only Black director left.", [["The council's only Black director", 0]]],
    ['It was Kent’s sole lawyer who spoke.', [['Kent’s sole lawyer', 7]]],
    ["It is the council's only option.", []],
    ['It is the team’s only way forward, and not the council’s only concern.', []],
    ["It's only fair, and that’s only a start.", []],
  ])('only: %s', (text, expected) => {
    expect(spans(text, 'role')).toEqual(expected);
  });

  it.each<[string, [string, number][]]>([
    ['The Virtual School Head agreed.', [['Virtual School Head', 4]]],
    ['The virtual  school head agreed.', [['virtual  school head', 4]]],
    ['Ask the housing team’s only surveyor.', [['the housing team’s only surveyor', 4]]],
    ['Virtual School Heads met.', []],
  ])('a role the manager added: %s', (text, expected) => {
    expect(spans(text, 'role')).toEqual(expected);
  });
});

describe('checkAttribution over an output', () => {
  it('reports each text’s record and field, in order, and one hit where hits nest', () => {
    const recommendationId = '00000000-0000-4000-8000-0000000000a1';
    const hits = checkAttribution(
      [
        { recordType: 'finding', recordId: findingId, field: 'headline', text: 'Grace Hope and the Lord Mayor' },
        { recordType: 'recommendation', recordId: recommendationId, field: 'body', text: 'Nothing to see.' },
        { recordType: 'outputDraft', recordId: recommendationId, field: 'summary', text: 'Call 07700 900123.' },
      ],
      lists,
    );
    expect(hits.map(({ recordType, field, text, kind }) => [recordType, field, text, kind])).toEqual([
      ['finding', 'headline', 'Grace Hope', 'name'],
      ['finding', 'headline', 'the Lord Mayor', 'role'],
      ['outputDraft', 'summary', '07700 900123', 'phone'],
    ]);
  });
});

describe('unresolvedHits', () => {
  const [hit] = checkAttribution(
    [{ recordType: 'finding', recordId: findingId, field: 'body', text: 'Ask the Leader.' }],
    lists,
  );
  const acceptance = (change: Partial<AttributionAcceptance> = {}): AttributionAcceptance => ({
    id: '00000000-0000-4000-8000-0000000000c1',
    engagementId: '00000000-0000-4000-8000-0000000000e1',
    rev: 1,
    updatedAt: '2026-11-20T10:00:00.000Z',
    deleted: false,
    conflicts: [],
    outputKind: 'summary letter',
    recordType: 'finding',
    recordId: findingId,
    field: 'body',
    span: 'the Leader',
    reason: 'The role is shared by two people',
    acceptedById: '00000000-0000-4000-8000-0000000000d1',
    acceptedAt: '2026-11-20T10:00:00.000Z',
    ...change,
  });
  const hits: AttributionHit[] = hit === undefined ? [] : [hit];

  it.each<[string, Partial<AttributionAcceptance>, number]>([
    ['the same output kind, record, field and span', {}, 0],
    ['a deleted acceptance', { deleted: true }, 1],
    ['another output kind', { outputKind: 'presentation' }, 1],
    ['another record', { recordId: '00000000-0000-4000-8000-0000000000f2' }, 1],
    ['another field', { field: 'headline' }, 1],
    ['another span', { span: 'the Leader’s' }, 1],
  ])('%s leaves %i unresolved', (_label, change, unresolved) => {
    expect(hits).toHaveLength(1);
    expect(unresolvedHits(hits, [acceptance(change)], 'summary letter')).toHaveLength(unresolved);
  });
});

describe('names in any script', () => {
  it.each<[string, [string, number][]]>([
    [
      'We met Ελένη and Дмитрий with José.',
      [
        ['Ελένη', 7],
        ['Дмитрий', 17],
        ['José', 30],
      ],
    ],
    [
      'Then Nguyễn spoke — and Søren’s team.',
      [
        ['Nguyễn', 5],
        ['Søren’s', 24],
      ],
    ],
  ])('%s', (text, expected) => {
    const hits = checkAttribution([{ recordType: 'finding', recordId: findingId, field: 'body', text }], {
      names: ['Ελένη Papadopoulou', 'Дмитрий Иванов', 'Nguyễn Văn An', 'Søren Berg', 'José Álvarez'],
      extraRoles: [],
    });
    expect(hits.map((hit) => [hit.text, hit.start])).toEqual(expected);
  });
});
