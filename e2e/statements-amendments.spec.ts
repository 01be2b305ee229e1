import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { pdfText } from '@/tests/helpers/pdf-text';
import { waitForEmail } from './email';
import { demoAccounts, expect, storageStateOf, test } from './fixtures';
import {
  acceptAmendmentThroughPage,
  acceptAmendmentWithChangeThroughPage,
  amendmentEntry,
  produceRevisionThroughPage,
  proposeAmendmentThroughForm,
  proposeRefusedThroughForm,
  rejectAmendmentThroughPage,
  withdrawAmendmentThroughPage,
} from './amendment-journeys';
import { createMeetingThroughForm, meetingTitle, seoulDay } from './meeting-journeys';
import { captureAction, postAction } from './server-actions';
import { circulateThroughForm, draftStatementThroughForm, statementLines, threeParagraphs } from './statement-journeys';

/** Presses a key on a room's screen until it shows `query`: the keys are heard once the page's script has loaded. */
async function stepByKey(page: Page, key: string, query: string) {
  await expect(async () => {
    if (!page.url().endsWith(query)) await page.keyboard.press(key);
    await expect(page).toHaveURL((url) => url.search === query, { timeout: 5_000 });
  }).toPass({ timeout: 20_000 });
}

test("[statements] amendments go up on the room's screen one by one; two accepted amendments rewriting one paragraph, one in changed words, are settled by staff, never won by one; withdrawn and rejected ones stay out", async ({
  pageAs,
  checkA11y,
  playwright,
  baseURL,
}) => {
  test.slow();
  const staff = await pageAs('secretariat');
  const meetingPath = await createMeetingThroughForm(
    staff,
    { title: meetingTitle('Conflicts meeting'), startDate: seoulDay(20), endDate: seoulDay(21), chair: 'Kim Jae-won (chair@neaspec.example)' },
    checkA11y,
  );
  const title = `Decision ${Date.now()}`;
  const statementPath = await draftStatementThroughForm(staff, meetingPath, { title, paragraphs: [...threeParagraphs] }, checkA11y);
  await circulateThroughForm(staff, 1);

  const japan = await pageAs('delegate-jpn');
  await japan.goto(statementPath);
  await checkA11y(japan);
  const japans = await proposeAmendmentThroughForm(japan, {
    paragraph: 'operative paragraph 1',
    kind: 'Replace the paragraph',
    text: 'Welcome the steady progress of the programme in its five areas;',
    rationale: 'Steady is the word the review used.',
  });
  const deletion = await proposeAmendmentThroughForm(japan, { paragraph: 'preambular paragraph 1', kind: 'Delete the paragraph', rationale: 'Not needed.' });
  await withdrawAmendmentThroughPage(japan, deletion, checkA11y);

  const korea = await pageAs('delegate-kor');
  await korea.goto(statementPath);
  await checkA11y(korea);
  // Japan's change again, in Korea's name: the form points to co-sponsoring it and adds nothing.
  await proposeRefusedThroughForm(
    korea,
    { paragraph: 'operative paragraph 1', kind: 'Replace the paragraph', text: 'Welcome the steady progress of the programme in its five areas;', rationale: 'Agreed.' },
    `Amendment ${japans} already proposes this change: co-sponsor it instead.`,
  );
  const koreas = await proposeAmendmentThroughForm(korea, {
    paragraph: 'operative paragraph 1',
    kind: 'Replace the paragraph',
    text: 'Welcome the remarkable progress of the programme;',
    rationale: 'Shorter.',
  });
  const insertion = await proposeAmendmentThroughForm(korea, {
    paragraph: 'operative paragraph 2',
    kind: 'Insert a paragraph after it',
    paragraphKind: 'Operative',
    text: 'Decide to hold the next meeting in Seoul.',
    rationale: 'Korea offers to host.',
  });
  expect([japans, deletion, koreas, insertion]).toEqual([1, 2, 3, 4]);
  await expect(amendmentEntry(korea, deletion).getByText('Withdrawn', { exact: true })).toBeVisible();

  // The room debates Korea's amendment on the projector: its words against the paragraph, and the operator
  // steps through the amendments still before the meeting, passing over the withdrawn one.
  const screen = await pageAs('secretariat');
  await screen.goto(statementPath);
  await checkA11y(screen);
  await expect(amendmentEntry(screen, deletion).getByRole('link', { name: /room's screen/ })).toHaveCount(0);
  await screen.getByRole('link', { name: `Open the projector view: amendment ${koreas} (Republic of Korea)` }).click();
  await expect(screen.getByRole('heading', { level: 1, name: `Amendment ${koreas} (Republic of Korea)` })).toBeVisible();
  await expect(screen.getByTestId('screen-amendment-status')).toHaveText('Proposed · 2 of 3 before the meeting');
  await expect(screen.getByText('Replaces operative paragraph 1 of revision 1 with these words:')).toBeVisible();
  await expect(screen.getByTestId('screen-amendment-words').locator('ins')).toContainText(['remarkable']);
  await expect(screen.getByTestId('screen-amendment-words').locator('del')).toContainText(['in its five areas']);
  await expect(screen.getByText('Rationale: Shorter.')).toBeVisible();
  await checkA11y(screen);
  await screen.getByRole('link', { name: `Previous: amendment ${japans}` }).click();
  await expect(screen.getByRole('heading', { level: 1, name: `Amendment ${japans} (Japan)` })).toBeVisible();
  await expect(screen.getByTestId('screen-amendment-status')).toHaveText('Proposed · 1 of 3 before the meeting');
  await expect(screen.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
  await checkA11y(screen);
  await screen.getByRole('link', { name: `Next: amendment ${koreas}` }).click();
  await expect(screen.getByRole('heading', { level: 1, name: `Amendment ${koreas} (Republic of Korea)` })).toBeVisible();
  // A presenter's clicker steps on too: Page Down is the next amendment.
  await stepByKey(screen, 'PageDown', `?amendment=${insertion}`);
  await expect(screen.getByRole('heading', { level: 1, name: `Amendment ${insertion} (Republic of Korea)` })).toBeVisible();
  await expect(screen.getByText('The paragraph it follows:')).toBeVisible();
  await expect(screen.getByTestId('screen-amendment-words')).toHaveText('Decide to hold the next meeting in Seoul.');
  await checkA11y(screen);
  await stepByKey(screen, 'ArrowLeft', `?amendment=${koreas}`);
  await expect(screen.getByRole('heading', { level: 1, name: `Amendment ${koreas} (Republic of Korea)` })).toBeVisible();

  // Or staff drive the projector from their own page: the meeting's screen follows what they put on it.
  const projector = await pageAs('secretariat');
  await projector.goto(`${meetingPath}/screen`);
  await expect(projector.getByTestId('room-screen')).toHaveAttribute('data-shows', 'floor');
  await checkA11y(projector);
  await staff.reload();
  await amendmentEntry(staff, insertion).getByRole('button', { name: `Put on the room's screen: amendment ${insertion} (Republic of Korea)` }).click();
  await expect(amendmentEntry(staff, insertion).getByText("On the room's screen", { exact: true })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: `Amendment ${insertion} (Republic of Korea)` })).toBeVisible({ timeout: 20_000 });
  await expect(projector.getByTestId('screen-amendment-words')).toHaveText('Decide to hold the next meeting in Seoul.');
  await checkA11y(projector, `${projector.url()} (an amendment)`);
  await staff.getByRole('button', { name: "Put on the room's screen", exact: true }).click();
  await expect(staff.getByText("On the room's screen", { exact: true }).first()).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 20_000 });
  await checkA11y(projector, `${projector.url()} (the text)`);
  await checkA11y(staff);
  await staff.goto(`${meetingPath}/floor`);
  await expect(staff.getByTestId('room-screen-shows')).toHaveText(`It shows “${title}”.`);
  await checkA11y(staff);
  await staff.getByRole('button', { name: "Put the speakers' list on the screen" }).click();
  await expect(staff.getByTestId('room-screen-shows')).toHaveText("It shows the speakers' list.");
  await expect(projector.getByTestId('room-screen')).toHaveAttribute('data-shows', 'floor', { timeout: 20_000 });
  // The speakers' list page is the chair's remote: any of the meeting's statements goes up from there too.
  const putUp = await captureAction(staff, () => staff.getByRole('button', { name: `Put on the screen: ${title}` }).click());
  await expect(staff.getByRole('region', { name: "The room's screen" }).getByText("On the room's screen", { exact: true })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 20_000 });
  await checkA11y(staff, `${staff.url()} (a statement on the screen)`);
  // Korea's delegate replays the call to take the text down: refused, and the screen keeps it.
  const forger = await playwright.request.newContext({ baseURL: baseURL!, storageState: storageStateOf('delegate-kor') });
  const forged = await postAction(forger, putUp, [{ ...(putUp.args[0] as object), shows: 'floor' }], baseURL!);
  expect(await forged.text()).toContain('"formError":"floorScreenChairOnly"');
  await forger.dispose();
  await staff.reload();
  await expect(staff.getByTestId('room-screen-shows')).toHaveText(`It shows “${title}”.`);
  await staff.goto(statementPath);

  await staff.reload();
  await acceptAmendmentThroughPage(staff, japans, checkA11y);
  await acceptAmendmentWithChangeThroughPage(staff, koreas, 'Welcome the remarkable progress of the programme in all five areas;', checkA11y);
  await rejectAmendmentThroughPage(staff, insertion, 'The host is decided later.', checkA11y);
  // The screen follows the decision on its own, with the words accepted instead.
  await expect(screen.getByTestId('screen-amendment-status')).toHaveText('Accepted · 2 of 3 before the meeting', { timeout: 20_000 });
  await expect(screen.getByTestId('screen-accepted-words')).toContainText('all five areas');
  await checkA11y(screen, `${screen.url()} (accepted)`);
  await expect(amendmentEntry(staff, insertion)).toContainText('The host is decided later.');
  await checkA11y(staff);

  // Each proposing delegation is told of the decision by email, with the reason of a rejection.
  const accepted = await waitForEmail(demoAccounts['delegate-jpn'].email, `Amendment ${japans} accepted: ${title}`);
  expect(accepted.text).toContain(`The secretariat has accepted amendment ${japans} to "${title}"`);
  const rejected = await waitForEmail(demoAccounts['delegate-kor'].email, `Amendment ${insertion} rejected: ${title}`);
  expect(rejected.text).toMatch(/The reason:\s+The host is decided later\./);
  await waitForEmail(demoAccounts['delegate-kor'].email, `Amendment ${koreas} accepted with a change: ${title}`);

  // The chair cannot finalize a text that lacks accepted amendments, and is told why before trying.
  const chair = await pageAs('chair');
  await chair.goto(statementPath);
  await expect(chair.getByRole('button', { name: 'Finalize the text' })).toBeDisabled();
  await expect(chair.getByRole('button', { name: 'Finalize the text' })).toHaveAccessibleDescription(
    '2 accepted amendments are not yet in the text: once the secretariat produces the next revision, the text can be finalized.',
  );
  await checkA11y(chair);

  // Both accepted amendments rewrite operative paragraph 1: staff must give its words.
  await staff.getByRole('link', { name: 'Produce revision 2' }).click();
  const conflict = staff.getByRole('group', { name: 'Settle operative paragraph 1' });
  await expect(conflict).toContainText('Amendment 1 (Japan): Welcome the steady progress');
  await expect(conflict).toContainText('Amendment 3 (Republic of Korea): Welcome the remarkable progress of the programme in all five areas;');
  await checkA11y(staff);
  await staff.getByRole('button', { name: 'Produce revision 2' }).click();
  await expect(conflict.getByText("Write the paragraph's final words, or choose to delete it.")).toBeVisible();
  await checkA11y(staff, `${staff.url()} (conflict unsettled)`);
  await staff.goto(statementPath);
  await produceRevisionThroughPage(staff, 2, { resolutions: { 'operative paragraph 1': 'Welcome the steady and remarkable progress of the programme;' } });
  await checkA11y(staff);
  expect(await statementLines(staff)).toEqual([
    threeParagraphs[0].text,
    '1. Welcome the steady and remarkable progress of the programme;',
    `2. ${threeParagraphs[2].text}`,
  ]);
  await expect(staff.getByTestId('shaped-by')).toHaveText('Shaped by Amendment 1 (Japan), Amendment 3 (Republic of Korea)');
});

test("[statements] Korea's delegate prints the compilation of the amendments and comments on the 27th SOM's draft decision; an observer asking for it finds nothing", async ({
  pageAs,
  checkA11y,
  playwright,
  baseURL,
}) => {
  const delegate = await pageAs('delegate-kor');
  await delegate.goto('/?series=SOM');
  await checkA11y(delegate);
  await delegate.getByRole('link', { name: 'Twenty-seventh Senior Officials Meeting of NEASPEC' }).click();
  await expect(delegate.getByRole('heading', { level: 1, name: 'Twenty-seventh Senior Officials Meeting of NEASPEC' })).toBeVisible();
  await checkA11y(delegate);
  await delegate.getByRole('link', { name: 'Decision on the NEASPEC work programme for 2027-2028' }).click();
  await expect(delegate.getByRole('heading', { level: 1, name: 'Decision on the NEASPEC work programme for 2027-2028' })).toBeVisible();
  await checkA11y(delegate);

  const [download] = await Promise.all([
    delegate.waitForEvent('download'),
    delegate.getByRole('link', { name: 'Compilation (PDF) of the amendments and general comments on record' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Compilation-on-Decision-on-the-NEASPEC-work-programme-for-2027-2028.pdf');
  const text = await pdfText(await readFile((await download.path()) ?? ''));
  expect(text).toContain('Compilation of amendments and comments');
  expect(text).toContain('Amendment 1 (Japan)');
  expect(text).toContain('Invite member States to designate a focal point for each programme area;');
  expect(text).toContain('Amendment 2 (Mongolia)');
  expect(text).toContain('The report should show how the work programme is funded.');
  expect(text).toContain('General comments');

  // An observer does not follow the negotiation: the same address is "not found" to them.
  const observer = await playwright.request.newContext({ baseURL: baseURL ?? '', storageState: storageStateOf('observer') });
  expect((await observer.get(`${new URL(delegate.url()).pathname}/compilation`)).status()).toBe(404);
  await observer.dispose();
});
