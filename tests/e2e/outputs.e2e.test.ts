import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { screenProblems } from './support/accessibilityChecks';
import { watchApiRefusals } from './support/apiRefusals';
import { syncTimeoutMs, syncUntilVisible, uiTimeoutMs } from './support/app';
import { deviceOf, inviteAgain, joinedAs } from './support/backupApi';
import { joinByApi, mutation, newId, pushAll } from './support/councilApi';
import { demoJourneyPerFile, joinedPeer } from './support/journey';

const journey = demoJourneyPerFile();

const reablement = 'Reablement helps people regain their independence and is trusted across the system';
const vision = 'Political and officer leaders share a clear home first vision';
const planted = `David Okafor says ${vision.charAt(0).toLowerCase()}${vision.slice(1)}`;

/** On the findings board, the manager edits a demo finding: its status, and its headline if given. */
async function agree(page: Page, theme: string, headline: string, newHeadline?: string) {
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: theme });
  await page.getByRole('button', { name: `Edit finding: ${headline}` }).click({ timeout: uiTimeoutMs });
  const dialog = page.getByRole('dialog', { name: 'Edit finding' });
  if (newHeadline) await dialog.getByLabel('Headline').fill(newHeadline);
  await dialog.getByLabel('Status').selectOption('agreed');
  await dialog.getByRole('button', { name: 'Save finding' }).click();
  await dialog.waitFor({ state: 'detached', timeout: uiTimeoutMs });
  // Saved once the card says so (leaving the page sooner could cut the write short).
  const card = page.getByRole('listitem', { name: newHeadline ?? headline, exact: true });
  await expect.poll(() => card.locator('.board-status').textContent(), { timeout: uiTimeoutMs }).toBe('agreed');
}

const checkStatus = (page: Page) =>
  page.getByRole('region', { name: 'Non-attribution check' }).getByRole('status').innerText();

test('from agreed findings to a published presentation: a planted name blocks export, printing and the slideshow until fixed, a name in the summary is accepted with a reason, the .pptx downloads, the slideshow runs by keys; axe finds nothing serious on the slideshow or the letter editor; the council reads the presentation, comments on it, and the manager answers', async () => {
  const { server, browser } = journey();
  const { page, artifacts, engagementId } = await joinedPeer(journey(), 'outputs', 'challenge manager', {
    viewport: { width: 1024, height: 768 },
    acceptDownloads: true,
  });
  const base = `${server.url}/engagements/${engagementId}`;

  // The evening: two demo findings agreed, one with a team member's name planted in its headline.
  await page.goto(`${base}/evening/findings`);
  await agree(page, 'Service delivery and effective practice', reablement);
  await agree(page, 'Vision, strategy and leadership', vision, planted);

  await page.getByRole('link', { name: 'Evening', exact: true }).first().click();
  await page.getByRole('link', { name: 'Presentation and letter' }).click();
  await page.waitForURL(/\/outputs\/presentation$/, { timeout: uiTimeoutMs });
  await page
    .getByRole('listitem', { name: 'Flag: “David Okafor” in finding headline' })
    .waitFor({ timeout: uiTimeoutMs });
  const download = page.getByRole('button', { name: 'Download .pptx' });
  const publish = page.getByRole('button', { name: 'Publish the presentation' });
  expect(await download.isDisabled()).toBe(true);
  expect(await publish.isDisabled()).toBe(true);
  expect(await page.getByText(/^Export, printing, publishing and the slideshow wait until/).innerText()).toContain(
    'one flag is fixed or accepted',
  );
  const slides = page.getByRole('list', { name: 'Slides' });
  expect(await slides.innerText()).toContain(reablement);
  expect(await page.getByRole('button', { name: 'Start the slideshow' }).isDisabled()).toBe(true);
  // Printed anyway (Ctrl+P goes round the shut Print button): only a notice, not the output.
  const printNotice = page.getByText('Resolve the non-attribution check’s flags before printing.');
  expect(await printNotice.isVisible()).toBe(false);
  await page.emulateMedia({ media: 'print' });
  expect(await printNotice.isVisible()).toBe(true);
  expect(await slides.isVisible()).toBe(false);
  await page.emulateMedia({ media: null });
  await artifacts.milestone('1-flagged', page);

  // A name in the manager's own summary: flagged too, and accepted with a reason.
  await page.getByRole('textbox', { name: 'Summary' }).fill('Sian Morgan’s team made the visit a pleasure.');
  await page.getByRole('textbox', { name: 'Introduction' }).click();
  await expect.poll(() => checkStatus(page), { timeout: uiTimeoutMs }).toBe('Two flags to fix or accept.');
  await page.getByRole('button', { name: 'Accept “Sian Morgan’s” in your summary…' }).click();
  await page.getByRole('textbox', { name: 'Why is this not an attribution?' }).fill('Thanks to our own team member');
  await page.getByRole('button', { name: 'Accept with this reason' }).click();
  await expect.poll(() => checkStatus(page), { timeout: uiTimeoutMs }).toBe('One flag to fix or accept.');
  expect(await download.isDisabled()).toBe(true);

  // The planted name fixed in place: export and publishing open.
  await page.getByRole('button', { name: 'Fix “David Okafor” in finding headline' }).click();
  await page.getByRole('textbox', { name: 'Finding headline' }).fill(vision);
  await page.getByRole('button', { name: 'Save the fix' }).click();
  await expect.poll(() => checkStatus(page), { timeout: uiTimeoutMs }).toBe('All one flag accepted with a reason.');
  expect(await slides.innerText()).not.toContain('David');

  const [file] = await Promise.all([page.waitForEvent('download', { timeout: uiTimeoutMs }), download.click()]);
  expect(file.suggestedFilename()).toMatch(/\.pptx$/);
  expect(await file.failure()).toBeNull();
  const [pdf] = await Promise.all([
    page.waitForEvent('download', { timeout: uiTimeoutMs }),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);

  await publish.click();
  const published = page.getByRole('listitem', { name: 'Presentation 1' });
  await published.waitFor({ timeout: uiTimeoutMs });
  expect(await published.innerText()).toContain('“Sian Morgan’s” (your summary): Thanks to our own team member');
  // Everything reached the server, and the server refused none of it (the snapshot, the acceptance, the draft).
  const syncStatus = page.getByRole('status', { name: 'Sync status' });
  await expect
    .poll(() => syncStatus.getAttribute('class'), { timeout: syncTimeoutMs })
    .toContain('sync-status__text--saved');
  expect(await page.getByRole('heading', { name: /not saved on the server$/ }).count()).toBe(0);
  await artifacts.milestone('2-published', page);

  // The slideshow: full screen from the tap that starts it, keys move it, it says where it is, Escape ends it.
  await page.getByRole('button', { name: 'Start the slideshow' }).click();
  const show = page.getByRole('region', { name: /^Slideshow: / });
  await show.waitFor({ timeout: uiTimeoutMs });
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null), { timeout: uiTimeoutMs })
    .toBe('HTML');
  const position = page.getByText(/^Slide \d+ of \d+$/);
  expect(await position.innerText()).toMatch(/^Slide 1 of \d+$/);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => position.innerText(), { timeout: uiTimeoutMs }).toMatch(/^Slide 2 of \d+$/);
  await page.keyboard.press('End');
  const count = /of (\d+)$/.exec(await position.innerText())?.[1];
  await expect.poll(() => position.innerText(), { timeout: uiTimeoutMs }).toBe(`Slide ${count} of ${count}`);
  await page.keyboard.press('Home');
  // Printed (the print stylesheet), the slideshow gives one page per slide.
  const printed = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(printed.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(Number(count));
  const problems = await screenProblems(page, 'slideshow');
  await artifacts.milestone('3-slideshow', page);
  await page.keyboard.press('Escape');
  if (!page.url().endsWith('/outputs/presentation')) await page.keyboard.press('Escape');
  await page.waitForURL(/\/outputs\/presentation$/, { timeout: uiTimeoutMs });

  // The letter editor.
  await page.getByRole('link', { name: 'Summary letter' }).click();
  await page.getByRole('article', { name: /^Summary letter:/ }).waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await screenProblems(page, 'letter editor')));
  // The summary is the presentation's: the letter has its own words, so nothing to accept here.
  const [docx] = await Promise.all([
    page.waitForEvent('download', { timeout: uiTimeoutMs }),
    page.getByRole('button', { name: 'Download .docx' }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  await artifacts.milestone('4-letter', page);
  expect(problems, problems.join('\n')).toEqual([]);

  // The council contact (added and invited from the manager's other device) reads the
  // presentation published above and comments on the section holding the agreed finding.
  const { memberId: managerId } = await joinedAs(page);
  const { deviceToken } = await deviceOf(page);
  const managerApi = await joinByApi(server, await inviteAgain(server, deviceToken, engagementId, managerId));
  const councilMemberId = newId();
  await pushAll(server, managerApi, [
    mutation(1, 'member', councilMemberId, { displayName: 'Jo Council', role: 'council', position: 'council contact' }),
  ]);
  const councilContext = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  try {
    const council = await councilContext.newPage();
    artifacts.watch('council', council);
    await council.goto(await inviteAgain(server, managerApi.deviceToken, engagementId, councilMemberId));
    await council.getByRole('heading', { level: 1, name: 'Shared with you' }).waitFor({ timeout: uiTimeoutMs });
    const councilApi = watchApiRefusals(council);
    const presentationLink = council.getByRole('link', { name: /: feedback presentation$/ });
    await syncUntilVisible(council, presentationLink);
    await presentationLink.click();
    const section = council.getByRole('region').filter({ hasText: reablement });
    await section.first().waitFor({ timeout: uiTimeoutMs });
    expect(await council.locator('body').innerText()).not.toContain('David Okafor');
    await section.getByRole('button', { name: /^Comment on the section/ }).click();
    await section
      .getByRole('textbox', { name: /^Your comment on the section/ })
      .fill('Reablement is run with the NHS.');
    await section.getByRole('button', { name: 'Send comment' }).click();
    await section
      .getByRole('list', { name: /^Comments on the section/ })
      .getByText('You')
      .waitFor({ timeout: uiTimeoutMs });
    await artifacts.milestone('5-council-comment', council);

    // The manager answers on Council comments; the council sees the review team's answer.
    await page.getByRole('link', { name: 'Evening', exact: true }).first().click();
    await page.getByRole('link', { name: 'Council comments' }).click();
    const card = page.getByRole('article', { name: /^Comment 1, on the section/ });
    await syncUntilVisible(page, card);
    expect(await card.innerText()).toContain('Reablement is run with the NHS.');
    await card.getByRole('textbox', { name: 'Answer to comment 1' }).fill('Thank you: the letter will say so.');
    await card.getByRole('button', { name: 'Send answer' }).click();
    await card.getByText('From the council · Answered').waitFor({ timeout: uiTimeoutMs });
    await syncUntilVisible(council, council.getByText('The review team answered: Thank you: the letter will say so.'));
    expect(await councilApi.refusals(), 'API calls refused to the council’s screens').toEqual([]);
  } finally {
    await councilContext.close();
  }
});
