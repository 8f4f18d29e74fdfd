import type { FindingLane } from '../../domain/records/finding';
import type { RecommendationKind } from '../../domain/records/recommendation';
import type { StakeholderGroup } from '../../domain/records/session';
import type { DemoAuthor, DemoThemeKey } from './demoKeys';

/** A finding proposed at the evening merge; `notes` are the keys of the notes it cites. */
export type DemoFinding = {
  key: string;
  theme: DemoThemeKey;
  lane: FindingLane;
  by: DemoAuthor;
  headline: string;
  explanation: string;
  notes: string[];
};

/**
 * The evening's proposed findings: most triangulated or corroborated, one from a single
 * session, and one strength resting partly on an "area for consideration" note (mixed).
 */
export const demoFindings: DemoFinding[] = [
  {
    key: 'reablement',
    theme: 'delivery',
    lane: 'strength',
    by: 'lead peer',
    headline: 'Reablement helps people regain their independence and is trusted across the system',
    explanation:
      'Most people leave reablement needing no ongoing care. People who used it, therapists and the hospital all describe it as the quickest and most reliable route home.',
    notes: [
      'reablement-outcomes',
      'reablement-seen',
      'reablement-quote',
      'reablement-social-workers',
      'reablement-people',
    ],
  },
  {
    key: 'discharge',
    theme: 'together',
    lane: 'area for consideration',
    by: 'lead peer',
    headline: 'Two separate assessments slow people’s discharge from hospital',
    explanation:
      'Delays are above the regional average and most waits are for an assessment. Ward and council staff each assess people before discharge; partners want one trusted assessment.',
    notes: [
      'discharge-delays-data',
      'discharge-two-assessments',
      'discharge-trusted-assessor',
      'discharge-nhs-quote',
      'front-door-ward-calls',
    ],
  },
  {
    key: 'shared-vision',
    theme: 'vision',
    lane: 'strength',
    by: 'manager',
    headline: 'Political and officer leaders share a clear home first vision',
    explanation:
      'Leaders describe the same priorities in the same words, and staff are given regular chances to talk the strategy through.',
    notes: ['vision-cabinet', 'vision-director', 'vision-director-staff'],
  },
  {
    key: 'workforce',
    theme: 'workforce',
    lane: 'area for consideration',
    by: 'officer peer',
    headline: 'Recruiting and keeping social workers and therapists is the service’s biggest risk',
    explanation:
      'Vacancy rates are high, agency staff fill about a quarter of long-term posts and caseloads are pushing experienced staff towards agency work.',
    notes: [
      'workforce-strategy-vacancies',
      'workforce-caseloads',
      'workforce-quote',
      'workforce-managers',
      'workforce-agency',
    ],
  },
  {
    key: 'home-care-market',
    theme: 'commissioning',
    lane: 'area for consideration',
    by: 'manager',
    headline: 'Too few alternatives to residential care where home care is hard to find',
    explanation:
      'The home care market is thin in the rural west, and shared lives and supported living are small. Small community providers find tendering too heavy.',
    notes: ['market-rural-home-care', 'market-few-alternatives', 'voluntary-small-providers'],
  },
  {
    key: 'extra-care',
    theme: 'commissioning',
    lane: 'strength',
    by: 'officer peer',
    headline: 'Extra care housing gives people a real alternative to a care home',
    explanation:
      'The pipeline of schemes is on track and residents with high needs live in their own homes with care on site.',
    notes: ['market-position-extra-care', 'extra-care-pipeline', 'extra-care-seen', 'extra-care-quote'],
  },
  {
    key: 'voluntary-partners',
    theme: 'together',
    lane: 'strength',
    by: 'lead peer',
    headline: 'Voluntary sector partners are trusted and involved',
    explanation:
      'Partners sit on the prevention board, take referrals the same day and run services carers value, though one-year grants make planning hard.',
    notes: ['voluntary-trusted', 'voluntary-grants', 'voluntary-social-prescribers', 'carers-centre'],
  },
  {
    key: 'carers',
    theme: 'delivery',
    lane: 'area for consideration',
    by: 'officer peer',
    headline: 'Carers are rarely offered an assessment or help to plan a break',
    explanation:
      'Carers said they had not been offered an assessment, were not asked whether they could cope at discharge and struggle to book respite.',
    notes: ['carers-assessment-wait', 'carers-respite', 'carers-discharge'],
  },
];

/** Drafted by the challenge manager at the end of the evening. */
export const demoRecommendations: { kind: RecommendationKind; text: string; findings: string[] }[] = [
  {
    kind: 'presenting issue',
    text: 'Build on reablement and extra care: agree with providers how the market will grow alternatives to residential care, starting with home care in the rural west.',
    findings: ['reablement', 'home-care-market', 'extra-care'],
  },
  {
    kind: 'presenting issue',
    text: 'Agree one shared assessment for hospital discharge with NHS partners, with trusted assessors on the wards.',
    findings: ['discharge'],
  },
  {
    kind: 'wider strategy',
    text: 'Make the workforce strategy a shared priority with councillors and partners, and report agency use and vacancies every quarter.',
    findings: ['workforce'],
  },
  {
    kind: 'quick win',
    text: 'Offer every carer an assessment when the person they care for leaves hospital.',
    findings: ['carers'],
  },
];

/** The "still to cover" list for tomorrow: coverage gaps and a line of the manager's own. */
export const demoStillToCover: { theme?: DemoThemeKey; group?: StakeholderGroup; text: string }[] = [
  {
    theme: 'commissioning',
    group: 'councillors',
    text: 'Ask councillors how they oversee the care market and the quality of care homes.',
  },
  {
    theme: 'workforce',
    group: 'carers',
    text: 'Ask the carers’ organisations about paid carers and the support workers they rely on.',
  },
  { text: 'Hear from a hospital ward about weekend discharges before the feedback presentation.' },
];
