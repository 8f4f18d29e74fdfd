import { expect, test } from 'vitest';
import { expectSyncStatus, uiTimeoutMs } from './support/app';
import {
  coverageCell,
  engagementPath,
  expectAllSaved,
  findingCard,
  headlines,
  keyboardDragNote,
  lane,
  makeFindingWithNoNotes,
  notesIn,
  openBoard,
  openSession,
  pointerDrag,
  stillToCover,
  summaryOf,
  syncUntil,
  writeTaggedNote,
} from './support/evening';
import { demoJourneyPerFile, joinedPeer } from './support/journey';

const journey = demoJourneyPerFile();

/** The demo evening has one finding on this theme, an area for consideration, and no strengths. */
const theme = 'Resource and workforce management';
const headline = 'The council is growing its own workforce';
/** Each note from a known session of the demo timetable: its kind sets the evidence type, its groups the groups. */
const managerNote = {
  session: 'Reading: safeguarding audits, complaints and the workforce strategy',
  text: 'The workforce strategy funds a social work academy',
  evidenceType: 'read',
};
const leadPeerNote = {
  session: 'Focus group: carers',
  text: 'Carers praised the new home care apprenticeships',
  evidenceType: 'heard',
};
const officerPeerNote = {
  session: 'Observation: front door triage and the duty desk',
  text: 'Duty desk staff coached new starters through calls',
  evidenceType: 'seen',
};

test('three peers’ notes, two synced from their own devices, become a finding by keyboard and by pointer; its label and the coverage gaps are right', async () => {
  const manager = await joinedPeer(journey(), 'evening-team-manager', 'challenge manager', {
    viewport: { width: 1280, height: 900 },
  });
  const lead = await joinedPeer(journey(), 'evening-team-lead-peer', 'lead peer');
  const officer = await joinedPeer(journey(), 'evening-team-officer-peer', 'officer peer');
  const { page } = manager;
  const evening = engagementPath(page);

  // Before: nobody has heard carers on the workforce (a gap, on the demo's "still to cover"
  // list), and the theme has been seen twice (thin).
  await page.goto(new URL(`${evening}/evening/coverage`, page.url()).href);
  await expect.poll(() => coverageCell(page, theme, 'Carers'), { timeout: uiTimeoutMs }).toBe('0 — gap');
  expect(await coverageCell(page, theme, 'Seen')).toBe('2 — thin');
  expect(await coverageCell(page, theme, 'Read')).toBe('5');
  expect(await stillToCover(page)).toContain(
    `${theme} · carers (0 notes): Ask the carers’ organisations about paid carers and the support workers they rely on.`,
  );

  // The lead peer writes in the carers' focus group with no signal, then syncs.
  await openSession(lead.page, leadPeerNote.session);
  await lead.context.setOffline(true);
  await expectSyncStatus(lead.page, /^Offline/);
  expect((await writeTaggedNote(lead.page, leadPeerNote.text, theme)).evidenceType).toBe(leadPeerNote.evidenceType);
  await expectSyncStatus(lead.page, /^Offline · \d+ changes? waiting · last reached the server (at|on) /);
  await lead.context.setOffline(false);
  await expectAllSaved(lead.page);

  // The officer peer writes at the duty desk, online.
  await openSession(officer.page, officerPeerNote.session);
  expect((await writeTaggedNote(officer.page, officerPeerNote.text, theme)).evidenceType).toBe(
    officerPeerNote.evidenceType,
  );
  await expectAllSaved(officer.page);

  // The manager reads the workforce strategy.
  await openSession(page, managerNote.session);
  expect((await writeTaggedNote(page, managerNote.text, theme)).evidenceType).toBe(managerNote.evidenceType);
  await expectAllSaved(page);

  // The evening: the manager's device pulls both peers' notes onto the board.
  await openBoard(page, theme);
  expect(await headlines(page, 'Strengths')).toEqual([]);
  const unassigned = lane(page, 'Unassigned notes');
  const card = (text: string) => unassigned.getByRole('article', { name: `Note: ${text}`, exact: true });
  await syncUntil(
    page,
    async () => (await card(leadPeerNote.text).count()) === 1 && (await card(officerPeerNote.text).count()) === 1,
  );
  expect(await card(leadPeerNote.text).innerText()).toContain(`${leadPeerNote.session} · David Okafor`);
  expect(await card(officerPeerNote.text).innerText()).toContain(`${officerPeerNote.session} · Sian Morgan`);
  await manager.artifacts.milestone('1-peers-notes-on-board', page);

  // A finding from the manager's own note, by taps: one session, so a single source.
  await page.getByRole('checkbox', { name: `Select note: ${managerNote.text}`, exact: true }).check();
  await page.getByRole('textbox', { name: 'New finding headline' }).fill(headline);
  await page.getByRole('button', { name: 'Make a finding from 1 selected note' }).click();
  await expect.poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs }).toEqual([headline]);
  await expect
    .poll(() => summaryOf(page, headline), { timeout: uiTimeoutMs })
    .toEqual([
      'single source',
      'read 1 · heard 0 · seen 0 · 1 session · 0 groups · 1 peer',
      'not heard; read in 1 document; not seen',
    ]);

  // The lead peer's note onto it by keyboard alone: two sessions, corroborated.
  await keyboardDragNote(page, leadPeerNote.text, headline);
  await expect
    .poll(() => notesIn(page, headline), { timeout: uiTimeoutMs })
    .toEqual([`Note: ${managerNote.text}`, `Note: ${leadPeerNote.text}`]);
  expect(await summaryOf(page, headline)).toEqual([
    'corroborated',
    'read 1 · heard 1 · seen 0 · 2 sessions · 1 group · 2 peers',
    'heard in 1 session from 1 group; read in 1 document; not seen',
  ]);
  expect(await card(leadPeerNote.text).count()).toBe(0);
  await manager.artifacts.milestone('2-keyboard-drag', page);

  // The officer peer's note onto it with the pointer: three types, three sessions, two
  // groups (carers; front-line staff), so triangulated. A tall window keeps both on screen.
  await page.setViewportSize({ width: 1920, height: 2600 });
  await pointerDrag(page, officerPeerNote.text, headline);
  await expect
    .poll(() => notesIn(page, headline), { timeout: uiTimeoutMs })
    .toEqual([`Note: ${managerNote.text}`, `Note: ${leadPeerNote.text}`, `Note: ${officerPeerNote.text}`]);
  expect(await summaryOf(page, headline)).toEqual([
    'triangulated',
    'read 1 · heard 1 · seen 1 · 3 sessions · 2 groups · 3 peers',
    'heard in 1 session from 1 group; read in 1 document; seen in 1 session from 1 group',
  ]);
  const evidence = findingCard(page, headline).getByRole('list', { name: `Notes of ${headline}`, exact: true });
  expect(await evidence.innerText()).toContain(`${leadPeerNote.session} · David Okafor`);
  expect(await evidence.innerText()).toContain(`${officerPeerNote.session} · Sian Morgan`);

  // A finding with no notes yet.
  const bare = 'Pay matches neighbouring councils';
  await makeFindingWithNoNotes(page, bare);
  await expect
    .poll(() => summaryOf(page, bare), { timeout: uiTimeoutMs })
    .toEqual(['no evidence', 'read 0 · heard 0 · seen 0 · 0 sessions · 0 groups · 0 peers', 'no notes']);
  await manager.artifacts.milestone('3-pointer-drag', page);
  await expectAllSaved(page);

  // Coverage after: carers heard once on the workforce (thin), seen three times (covered).
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(new URL(`${evening}/evening/coverage`, page.url()).href);
  await expect.poll(() => coverageCell(page, theme, 'Carers'), { timeout: uiTimeoutMs }).toBe('1 — thin');
  expect(await coverageCell(page, theme, 'Seen')).toBe('3');
  expect(await coverageCell(page, theme, 'Read')).toBe('6');
  expect(await stillToCover(page)).toContain(
    `${theme} · carers (1 note): Ask the carers’ organisations about paid carers and the support workers they rely on.`,
  );

  // The lead peer's device pulls the finding its note now backs, with the same label.
  await openBoard(lead.page, theme);
  await syncUntil(lead.page, async () => (await summaryOf(lead.page, headline))[0] === 'triangulated');
  expect(await notesIn(lead.page, headline)).toContain(`Note: ${leadPeerNote.text}`);

  for (const person of [manager, lead, officer]) await person.context.close();
}, 240_000);
