import type { EvidenceType, Stance } from '../../src/domain/records/note';
import type { StakeholderGroup } from '../../src/domain/records/session';
import type { IndexedNote } from '../../src/domain/search/indexedNote';

/**
 * Made-up notes for tests: deterministic (seeded), with words from a
 * peer challenge's vocabulary so that common and rare words both occur.
 */
export const noteWords = [
  'carers',
  'panel',
  'waiting',
  'assessment',
  'commissioning',
  'residential',
  'nursing',
  'care',
  'home',
  'front',
  'door',
  'triage',
  'phone',
  'delays',
  'strategy',
  'leadership',
  'vision',
  'partners',
  'nhs',
  'voluntary',
  'housing',
  'workforce',
  'recruitment',
  'retention',
  'agency',
  'staff',
  'budget',
  'overspend',
  'reablement',
  'discharge',
  'hospital',
  'occupational',
  'therapy',
  'safeguarding',
  'referrals',
  'backlog',
  'reviews',
  'outcomes',
  'data',
  'dashboard',
  'councillors',
  'scrutiny',
  'cabinet',
  'culture',
  'morale',
  'supervision',
  'training',
  'practice',
  'strengths',
  'based',
  'direct',
  'payments',
  'personal',
  'budgets',
  'market',
  'providers',
  'fees',
  'quality',
  'inspection',
  'complaints',
  'co-production',
  'lived',
  'experience',
  'transitions',
  'young',
  'adults',
  'learning',
  'disability',
  'mental',
  'health',
  'prevention',
  'community',
  'hubs',
  'libraries',
  'digital',
  'technology',
  'enabled',
  'equipment',
  'adaptations',
  'café',
];

export const testStakeholderGroups: readonly StakeholderGroup[] = [
  'councillors',
  'front-line staff',
  'carers',
  'NHS partners',
];
const evidence: readonly EvidenceType[] = ['read', 'heard', 'seen'];
const stanceList: readonly Stance[] = ['strength', 'area for consideration', 'neutral'];

/** A small seeded generator (mulberry32): the same notes every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const idOf = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;
export const testThemeIds = Array.from({ length: 5 }, (_, i) => idOf('theme', i));
export const testScopeQuestionIds = Array.from({ length: 3 }, (_, i) => idOf('scope', i));
export const testSessionIds = Array.from({ length: 40 }, (_, i) => idOf('session', i));
export const testAuthorIds = Array.from({ length: 4 }, (_, i) => idOf('author', i));

/** Each test session's stakeholder groups: session i hears group i mod 4. */
export const testSessionGroups: ReadonlyMap<string, readonly StakeholderGroup[]> = new Map(
  testSessionIds.map((id, i) => [id, [testStakeholderGroups[i % testStakeholderGroups.length] ?? 'other']]),
);

export function makeTestNotes(count: number, seed = 1): IndexedNote[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => {
    const value = list[Math.floor(random() * list.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  };
  const start = Date.parse('2026-11-23T08:00:00.000Z');
  return Array.from({ length: count }, (_, n) => {
    const length = 8 + Math.floor(random() * 60);
    // Skewed choice: early words are common, late words rare, as in real notes.
    const words = Array.from({ length }, () => noteWords[Math.floor(random() ** 2 * noteWords.length)] ?? 'care');
    const time = new Date(start + n * 60_000).toISOString();
    return {
      id: idOf('note', n),
      sessionId: pick(testSessionIds),
      text: `${words.join(' ')}.`,
      evidenceType: pick(evidence),
      themeIds: testThemeIds.filter(() => random() < 0.3),
      scopeQuestionIds: testScopeQuestionIds.filter(() => random() < 0.2),
      stance: pick(stanceList),
      isQuote: random() < 0.1,
      authorId: pick(testAuthorIds),
      createdAt: time,
      updatedAt: time,
      deleted: false,
      documentReference: '',
    };
  });
}
