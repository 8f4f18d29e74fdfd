// The engagement the outputs benchmark builds its presentation and letter from: 150 agreed
// findings (headlines of a slide line, explanations of a letter paragraph) and 30
// recommendations across 8 themes, a team of 8 and 40 sessions whose recorded attendees make
// the check's names list up to 30. The words are ordinary council prose full of lower-case
// words that are also names ("hope", "will", "mark", "green", "may"), so the check does its
// real work; a few names are planted, as a first draft would have them.
import {
  draft,
  engagement,
  finding,
  member,
  recommendation,
  scopeQuestion,
  session,
  theme,
} from '../src/domain/outputs/outputSources.fixture';
import type { OutputSources } from '../src/domain/outputs/outputDocument';
import type { Member } from '../src/domain/records/member';
import type { SnapshotKind } from '../src/domain/records/publishedSnapshot';
import type { Recommendation } from '../src/domain/records/recommendation';
import type { Session } from '../src/domain/records/session';

export const outputsBenchSize = { findings: 150, recommendations: 30, themes: 8, sessions: 40 } as const;

const themeNames = [
  'Local priorities and outcomes',
  'Organisational and place leadership',
  'Governance and culture',
  'Financial planning and management',
  'Capacity for improvement',
  'Adult social care and health integration',
  'Housing and homelessness',
  'Communities and partnerships',
];

const team: [string, Member['position']][] = [
  ['Sarah Okonkwo', 'lead peer'],
  ['David Marsh', 'member peer'],
  ['Priya Shah', 'member peer'],
  ['Tom Baker', 'officer peer'],
  ['Fiona MacLeod', 'officer peer'],
  ['Gareth Price', 'officer peer'],
  ['Helen Ward', 'challenge manager'],
  ['Grace Hope', 'council contact'],
];

/** 22 attendees recorded over the sessions, several of them ordinary words in lower case. */
const attendees = [
  'Will Turner',
  'May Lee',
  'Mark Bishop',
  'Rose Green',
  'Faith Price',
  'Dawn Hill',
  'Joy Young',
  'Cllr Amir Patel',
  'Robin Wood',
  'Jack Field',
  'Ann Brook (HR)',
  'Olu Adeyemi',
  'Siobhan Kelly',
  'Mohammed Rahman',
  'Bernadette Long',
  'Victoria Stone',
  'Ray Rich',
  'Carol Singer',
  'Hope Armstrong',
  'Frank Miller',
  'Lakshmi Iyer',
  'Peter Newman',
];

const headlineOpeners = [
  'There is a clear and shared ambition for the place',
  'Staff are proud to work for the council and feel trusted',
  'Partners describe relationships that are mature and open',
  'The medium term financial plan is not yet balanced',
  'Performance information is not used consistently',
  'The front door to adult social care is well regarded',
  'Temporary accommodation costs are rising quickly',
  'The voluntary sector is a strong and willing partner',
  'Scrutiny could add more value before decisions are made',
  'Capacity in the corporate centre is stretched',
  'The council will need to mark progress against its plan',
  'Residents hope to see the green spaces protected',
];

const sentences = [
  'The council has a clear vision for the borough and there is real hope that it will be delivered.',
  'Senior leaders spoke openly about the budget gap of £12.4 million over the next three years.',
  'Staff at every level told the team that they feel trusted and listened to.',
  'Partners described the only way forward as a shared plan for 2025/26, owned by everyone round the table.',
  'A grace period for the new charging policy was agreed in May 2025 and has been well received.',
  'Directors and heads of service meet weekly, and the leaders of each group attend scrutiny.',
  'Residents said the contact centre now answers 85% of calls within three minutes.',
  'The medium term financial strategy assumes council tax rises of 2.99% in each year of the plan.',
  'Overview and scrutiny could do more to challenge the cabinet before decisions are made.',
  'Front-line staff in adult social care would welcome more training on strengths-based practice.',
  'The peer team read 42 documents and met more than 120 people during the four days on site.',
  'There is a will to change, and managers may need more support to lead it.',
  'The council is not the only organisation in the area facing these pressures, and partners know it.',
  'Residents value the green spaces, and the park improvements mark a real step forward.',
  'Demand rose by 12% in 2024, and a reserve of £8 million is held against the risks.',
  'The housing register has grown to 6,400 households, and the wait for a family home is long.',
  'Use of bed and breakfast for families has fallen from 41 to 9 since the spring.',
  'The price of temporary accommodation is the largest single pressure on the general fund.',
  'Elected members and officers have a good working relationship built on mutual respect.',
  'Decisions are sometimes taken late, which leaves little time for consultation with partners.',
  'The integrated care board values the council as a partner that is ready to try new things.',
  'Hospital discharge has improved, with delays down by a third over the last year.',
  'The workforce strategy is clear, but vacancies in social work remain above 20%.',
  'Young people told the team that they want a bigger say in the services they use.',
  'A brook runs through the town centre, and the flood scheme has protected homes on both banks.',
  'The transformation programme has a clear plan, but its benefits are not yet tracked well.',
  'Data is collected in many places, and a single view of the resident would help.',
  'The council should build on the goodwill of the voluntary sector while it is strong.',
  'Ward councillors are close to their communities and bring their concerns to the table.',
  'The risk register is up to date, though some risks have no clear owner.',
  'Savings of £4.2 million were delivered last year, most of them on time.',
  'The team heard many examples of good practice that deserve to be shared more widely.',
  'Joint commissioning with health is at an early stage and could go further.',
  'The local plan is out of date, and this holds back housing delivery on key sites.',
  'Communication with staff is good, and the chief executive’s weekly messages are welcomed.',
  'The council may wish to review how it sets priorities so that fewer things are top priority.',
];

/** A small deterministic generator, so every run builds the same engagement. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Findings whose explanation names someone, as a first draft might: the check must find them. */
const plantedNames: Record<number, string> = {
  17: 'We heard from Mark Bishop that the front door works well.',
  64: 'Cllr Patel described the plan as ambitious but achievable.',
  118: 'Rose Green’s team has turned the service round.',
};

export function benchSources(kind: SnapshotKind): OutputSources {
  const random = seeded(9);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const themes = themeNames.map((name, index) => theme(100 + index, name, index));
  const members = team.map(([name, position], index) => member(10 + index, name, position));
  const sessionKinds: Session['kind'][] = ['interview', 'focus group', 'interview', 'visit or observation'];
  const sessions = Array.from({ length: outputsBenchSize.sessions }, (_, index) => ({
    ...session(200 + index, sessionKinds[index % sessionKinds.length] ?? 'interview', 2 + (index % 9)),
    title: `Session ${index + 1}`,
    location: 'Town Hall',
    attendeeNames: index < attendees.length ? (attendees[index] ?? '') : '',
  }));
  const findings = Array.from({ length: outputsBenchSize.findings }, (_, index) => {
    const explanation = Array.from({ length: 2 + (index % 2) }, () => pick(sentences));
    const planted = plantedNames[index];
    if (planted) explanation.splice(1, 0, planted);
    return finding(1000 + index, 100 + (index % themes.length), {
      lane: index % 3 === 2 ? 'area for consideration' : 'strength',
      headline: `${pick(headlineOpeners)} (${index + 1})`,
      explanation: explanation.join(' '),
      position: index,
    });
  });
  const kinds: Recommendation['kind'][] = ['presenting issue', 'wider strategy', 'quick win'];
  const recommendations = Array.from({ length: outputsBenchSize.recommendations }, (_, index) =>
    recommendation(
      2000 + index,
      kinds[index % kinds.length] ?? 'quick win',
      `${pick(['Agree', 'Review', 'Publish', 'Strengthen', 'Set out'])} ${pick([
        'a single set of priorities for the next four years, with measures that residents can follow',
        'the medium term financial strategy so that it balances without using reserves by 2027/28',
        'how scrutiny is involved before key decisions, with a forward plan shared three months ahead',
        'a housing delivery plan with partners, naming the sites and the dates for each phase',
        'the workforce plan for social work, with a target for vacancies and a date to meet it',
      ])}.`,
      { position: index },
    ),
  );
  return {
    engagement: { ...engagement, rolesToCheck: ['the Virtual School Head'] },
    members,
    sessions,
    themes,
    scopeQuestions: [
      scopeQuestion(300, 'Is the council’s financial plan sustainable over the medium term?', 0),
      scopeQuestion(301, 'How well does the council work with its partners on housing?', 1),
      scopeQuestion(302, 'Is adult social care ready for assurance?', 2),
    ],
    findings,
    recommendations,
    documentsRead: 38,
    draft: draft(kind, {
      introduction: sentences.slice(0, 6).join(' '),
      summary: sentences.slice(6, 24).join(' '),
      nextSteps: sentences.slice(24, 28).join(' '),
      contacts: 'Adviser: Jo Example\njo@example.org',
    }),
  };
}

/** The check's names list (namesToCheck gives 30: 8 members and 22 attendees). */
export const expectedNameCount = team.length + attendees.length;
