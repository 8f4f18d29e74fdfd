// A made-up but realistically shaped engagement for the search benchmark: 5,000 notes of
// 20–200 words (about 600 characters on average, like the throughput benchmark's notes),
// a vocabulary of the domain's words plus ~15,000 rarer ones (names, places, numbers,
// misspellings) drawn with a Zipf-like skew, 40 sessions, 5 themes, 3 scope questions,
// 5 authors. Seeded, so every run searches the same notes.

const domainWords = `carers panel waiting assessment commissioning residential nursing care home front door triage phone
delays strategy leadership vision partners nhs voluntary housing workforce recruitment retention agency staff budget
overspend reablement discharge hospital occupational therapy safeguarding referrals backlog reviews outcomes data
dashboard councillors scrutiny cabinet culture morale supervision training practice strengths based direct payments
personal budgets market providers fees quality inspection complaints co-production lived experience transitions young
adults learning disability mental health prevention community hubs libraries digital technology enabled equipment
adaptations café the a and of to in is was were that said we they it for on with as at by not but have has this
from there their our be are very more about team manager social worker people services support council service
time week month year plan policy process meeting board officer director member partnership integration pathway`.split(
  /\s+/,
);

/** mulberry32: a small seeded generator. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = (random) =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(random() * 16).toString(16));

export function makeSearchCorpus(count = 5000, seed = 20261123) {
  const random = seeded(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const rare = Array.from({ length: 15_000 }, () =>
    Array.from({ length: 4 + Math.floor(random() * 7) }, () => letters[Math.floor(random() * 26)]).join(''),
  );
  const vocabulary = [...domainWords, ...rare];
  const word = () => vocabulary[Math.floor(random() ** 3 * vocabulary.length)];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sessions = Array.from({ length: 40 }, (_, i) => ({
    id: uuid(random),
    stakeholderGroups: [
      pick([
        'councillors',
        'senior officers',
        'managers',
        'front-line staff',
        'NHS partners',
        'carers',
        'people who use services',
      ]),
    ].concat(i % 3 === 0 ? ['voluntary sector partners'] : []),
  }));
  const themeIds = Array.from({ length: 5 }, () => uuid(random));
  const scopeQuestionIds = Array.from({ length: 3 }, () => uuid(random));
  const authorIds = Array.from({ length: 5 }, () => uuid(random));
  const start = Date.parse('2026-11-23T08:00:00.000Z');
  const notes = Array.from({ length: count }, (_, n) => {
    const length = 20 + Math.floor(random() * 180);
    const words = Array.from({ length }, word);
    const text = words.map((w, i) => (i > 0 && i % 12 === 0 ? `${w}.` : w)).join(' ');
    const time = new Date(start + n * 45_000).toISOString();
    return {
      id: uuid(random),
      engagementId: '00000000-0000-4000-8000-000000000000',
      rev: 1,
      updatedAt: time,
      deleted: false,
      conflicts: [],
      sessionId: pick(sessions).id,
      text: text.charAt(0).toUpperCase() + text.slice(1),
      evidenceType: pick(['read', 'heard', 'seen']),
      themeIds: themeIds.filter(() => random() < 0.3),
      scopeQuestionIds: scopeQuestionIds.filter(() => random() < 0.2),
      stance: pick(['strength', 'area for consideration', 'neutral']),
      isQuote: random() < 0.1,
      authorId: pick(authorIds),
      createdAt: time,
      documentReference: random() < 0.1 ? 'Self-assessment 2026' : '',
      photoIds: [],
    };
  });
  return { notes, sessions, themeIds, scopeQuestionIds, authorIds };
}

/** Searches people would type, each typed key by key (every prefix is a query). */
export const typedQueries = [
  'carers',
  'panel waiting',
  'safeguarding backlog',
  'hospital discharge delays',
  'direct payments',
  'co-production',
  'workforce recruitment agency',
  'mental health',
  'strengths based practice',
  'cafe',
  'self assessment',
  'the',
];
