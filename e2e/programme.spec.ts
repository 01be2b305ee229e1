import { readFile } from 'node:fs/promises';
import type { Route } from '@playwright/test';
import { expect, storageStateOf, test, uniqueSuffix } from './fixtures';
import { createMeetingThroughForm, meetingTitle, seoulDay, takeStep } from './meeting-journeys';
import { captureAction, postAction } from './server-actions';

test('[programme] staff add a low-carbon city project, edit it, and review it for an open meeting under its agenda item; Japan comments, the chair decides; timeline, dashboard and CSV show it', async ({
  pageAs,
  playwright,
  baseURL,
  checkA11y,
}) => {
  // Five people and a dozen pages, each checked for accessibility: a long journey.
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const staff = await pageAs('secretariat');

  // A meeting to come, chaired by the demo chair, with registration open.
  const title = meetingTitle('Programme review meeting');
  const meetingPath = await createMeetingThroughForm(
    staff,
    { title, startDate: seoulDay(30), endDate: seoulDay(31), chair: 'Kim Jae-won (chair@neaspec.example)' },
    checkA11y,
  );
  await takeStep(staff, 'Open registration');
  await expect(staff.getByText('Registration open', { exact: true }).first()).toBeVisible();

  // Its agenda takes project reviews up under an item of kind "Project review".
  await staff.getByRole('link', { name: 'Open the agenda' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await checkA11y(staff);
  const addItem = staff.locator('details').filter({ has: staff.locator('summary', { hasText: 'Add item' }) });
  if ((await addItem.getAttribute('open')) === null) await addItem.locator('summary').click();
  await addItem.getByLabel('Title', { exact: true }).fill('Low-carbon cities');
  await addItem.getByLabel('Kind', { exact: true }).selectOption({ label: 'Project review' });
  await addItem.getByRole('button', { name: 'Add item' }).click();
  await expect(staff.getByTestId('item-title').filter({ hasText: 'Low-carbon cities' })).toBeVisible();

  // The project, under low-carbon cities, with an exact budget.
  const code = `LCC-${uniqueSuffix().toUpperCase()}`;
  const projectTitle = `Low-carbon district heating pilots ${code}`;
  await staff.goto('/programme');
  await expect(staff.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
  await checkA11y(staff);
  await staff.getByRole('link', { name: 'New project' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'New project' })).toBeVisible();
  await checkA11y(staff);
  await staff.getByLabel('Code').fill(code);
  await staff.getByLabel('Title').fill(projectTitle);
  await staff.getByLabel('Area').selectOption({ label: 'Low-carbon cities' });
  await staff.getByLabel('Status').selectOption({ label: 'Ongoing' });
  await staff.getByLabel('Lead party').selectOption({ label: 'Japan' });
  await staff.getByRole('checkbox', { name: 'Mongolia' }).check();
  await staff.getByRole('checkbox', { name: 'Japan' }).check();
  await staff.getByLabel('Budget amount').fill('-5');
  await staff.getByLabel('Currency').fill('USD');
  // A negative amount is refused, and so is the lead ticked as a partner, each saying why.
  await staff.getByRole('button', { name: 'Create project' }).click();
  await expect(staff.getByText('An amount cannot be negative.')).toBeVisible();
  await expect(staff.getByRole('group', { name: 'Partner parties' })).toHaveAccessibleDescription(
    'The lead party is not also a partner: untick it here, or choose another lead.',
  );
  await checkA11y(staff, 'new project with field errors');
  await staff.getByRole('checkbox', { name: 'Japan' }).uncheck();
  await staff.getByLabel('Budget amount').fill('95000.10');
  const action = await captureAction(staff, () => staff.getByRole('button', { name: 'Create project' }).click());
  await expect(staff.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
  await expect(staff.getByText('Project created.')).toBeVisible();
  await expect(staff.getByText('95,000.10 USD')).toBeVisible();
  await checkA11y(staff);
  const projectPath = new URL(staff.url()).pathname;

  // A delegate sending the same call with their own session is refused; nothing is created.
  const delegateRequest = await playwright.request.newContext({ baseURL: origin, storageState: storageStateOf('delegate-kor') });
  const [args] = action.args as [Record<string, unknown>];
  const refused = await postAction(delegateRequest, action, [{ ...args, code: `${code}-X` }], origin);
  expect(await refused.text()).toContain('"formError":"forbidden"');
  await delegateRequest.dispose();

  // Staff edit the project through its form; a save from a form opened before that edit is refused, saying why.
  const staleForm = await pageAs('secretariat');
  await staleForm.goto(`${projectPath}/edit`);
  await expect(staleForm.getByRole('heading', { level: 1, name: 'Edit project' })).toBeVisible();
  await checkA11y(staleForm);
  await staff.getByRole('link', { name: 'Edit project' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Edit project' })).toBeVisible();
  await expect(staff.getByLabel('Title')).toHaveValue(projectTitle);
  await expect(staff.getByLabel('Budget amount')).toHaveValue('95000.10');
  await expect(staff.getByRole('checkbox', { name: 'Mongolia' })).toBeChecked();
  await checkA11y(staff);
  await staff.getByLabel('Implementing partners').fill('Ulaanbaatar district heating company');
  await staff.getByRole('button', { name: 'Save project' }).click();
  await expect(staff.getByText('Project saved.')).toBeVisible();
  await expect(staff.getByText('Ulaanbaatar district heating company')).toBeVisible();
  await checkA11y(staff);
  await staleForm.getByLabel('Implementing partners').fill('Overwritten unseen');
  await staleForm.getByRole('button', { name: 'Save project' }).click();
  await expect(staleForm.getByText('Someone saved this project meanwhile. Reload it and make your change again.')).toBeVisible();
  await staff.reload();
  await expect(staff.getByText('Ulaanbaatar district heating company')).toBeVisible();

  // Staff suspend the project after confirming, and resume it.
  for (const [from, to] of [['Ongoing', 'Suspended'], ['Suspended', 'Ongoing']]) {
    await staff.getByRole('button', { name: `Mark as ${to}` }).click();
    const dialog = staff.getByRole('alertdialog');
    await expect(dialog).toContainText(`The project moves from ${from} to ${to}.`);
    await checkA11y(staff, `${projectPath} (status dialog)`);
    await dialog.getByRole('button', { name: `Mark as ${to}` }).click();
    await expect(dialog).toBeHidden();
    await expect(staff.getByRole('button', { name: `Mark as ${from}` })).toBeVisible();
  }

  // A step a colleague took meanwhile is refused in its dialog, which stays open to say why; the page does not say it again.
  const colleague = await pageAs('secretariat');
  await colleague.goto(projectPath);
  await checkA11y(colleague);
  await colleague.getByRole('button', { name: 'Mark as Suspended' }).click();
  await colleague.getByRole('alertdialog').getByRole('button', { name: 'Mark as Suspended' }).click();
  await expect(colleague.getByRole('button', { name: 'Mark as Ongoing' })).toBeVisible();
  await staff.getByRole('button', { name: 'Mark as Suspended' }).click();
  const staleDialog = staff.getByRole('alertdialog');
  await staleDialog.getByRole('button', { name: 'Mark as Suspended' }).click();
  await expect(staleDialog.getByRole('alert')).toHaveText('It already has this status: nothing was changed.');
  await checkA11y(staff, `${projectPath} (refused status step)`);
  await staleDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(staleDialog).toBeHidden();
  await expect(staff.getByText('It already has this status')).toHaveCount(0);
  await staff.reload();
  await expect(staff.getByRole('button', { name: 'Mark as Ongoing' })).toBeVisible();
  await staff.getByRole('button', { name: 'Mark as Ongoing' }).click();
  await staff.getByRole('alertdialog').getByRole('button', { name: 'Mark as Ongoing' }).click();
  await expect(staff.getByRole('button', { name: 'Mark as Suspended' })).toBeVisible();

  // The review for the open meeting, rated at risk.
  await staff.getByLabel('Meeting', { exact: true }).selectOption({ label: `${title} (${seoulDay(30)})` });
  await staff.getByLabel('Agenda item', { exact: true }).selectOption({ label: '1. Low-carbon cities' });
  await staff.getByLabel('Rating', { exact: true }).selectOption({ label: 'At risk' });
  await staff.getByLabel('Progress summary').fill('Two of the three pilot districts started; the third waits for its funding.');
  await staff.getByLabel('Secretariat recommendation').fill('Seek a voluntary contribution for the third district.');
  await staff.getByLabel('Comments until').fill(seoulDay(29));
  // A refusal of a field the form does not show (its hidden project, forged on its way here) is said in the form's alert.
  const projectId = projectPath.split('/').pop()!;
  const forgeProject = async (route: Route) => {
    const body = route.request().postData();
    if (route.request().method() !== 'POST' || !body) return route.continue();
    await route.continue({ postData: body.replaceAll(projectId, '00000000-0000-4000-8000-000000000000') });
  };
  const thisPage = (url: URL) => url.pathname === projectPath;
  await staff.route(thisPage, forgeProject);
  await staff.getByRole('button', { name: 'Save review' }).click();
  await expect(staff.getByRole('alert').filter({ hasText: 'Choose one of the projects.' })).toBeVisible();
  await staff.unroute(thisPage, forgeProject);
  await expect(staff.getByText('Review saved.')).toHaveCount(0);
  await staff.getByRole('button', { name: 'Save review' }).click();
  await expect(staff.getByText('Review saved.')).toBeVisible();
  const timeline = staff.getByRole('list', { name: 'Reviews across meetings' });
  await expect(timeline.getByRole('listitem').filter({ hasText: title })).toContainText('At risk');
  await expect(timeline.getByRole('listitem').filter({ hasText: title })).toContainText('Agenda item 1: Low-carbon cities');
  await checkA11y(staff);

  // Japan's delegate finds the review waiting on their home page, and comments before the deadline.
  const japan = await pageAs('delegate-jpn');
  await japan.goto('/');
  const waiting = japan.getByRole('region', { name: 'Waiting for you' });
  const commentTaskName = `Comment on the review of ${code}: ${projectTitle}`;
  const commentTask = waiting.getByRole('link', { name: commentTaskName });
  await expect(waiting.getByRole('listitem').filter({ has: japan.getByRole('link', { name: commentTaskName }) })).toContainText(`${title} · comments until the end of`);
  await checkA11y(japan);
  await commentTask.click();
  await expect(japan.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
  await checkA11y(japan);
  await japan.getByLabel('Your comment').fill('Japan supports the recommendation and will consider a contribution.');
  const sendComment = await captureAction(japan, () => japan.getByRole('button', { name: 'Send comment' }).click());
  // The form leaves as the page shows the comment, so the page, not the form, says it was sent.
  await expect(japan).toHaveURL(/notice=commentSent/);
  await expect(japan.getByText('Comment sent.')).toBeVisible();
  await expect(japan.getByText('Japan supports the recommendation and will consider a contribution.')).toBeVisible();
  // Japan has its comment: the form leaves, and a second comment sent all the same is refused.
  await expect(japan.getByLabel('Your comment')).toHaveCount(0);
  const [sendArgs] = sendComment.args as [Record<string, unknown>];
  const secondComment = await postAction(japan.request, sendComment, [{ ...sendArgs, body: 'Japan also notes the budget.' }], origin);
  expect(await secondComment.text()).toContain('"formError":"commentAlreadyMade"');
  // Commented on, it no longer waits for Japan.
  await japan.goto('/');
  await expect(waiting).toBeVisible();
  await expect(commentTask).toHaveCount(0);
  await japan.goto(projectPath);
  await expect(japan.getByText('Japan supports the recommendation and will consider a contribution.')).toBeVisible();
  // Japan's delegate changes the comment before the deadline, in place; readers see it changed.
  await japan.getByRole('link', { name: `Edit comment of Japan on the review for ${title}` }).click();
  const commentEdit = japan.getByLabel("Your delegation's comment");
  await expect(commentEdit).toHaveValue('Japan supports the recommendation and will consider a contribution.');
  await checkA11y(japan, `${japan.url()} (changing the comment)`);
  await commentEdit.fill('Japan supports the recommendation and will contribute to the third district.');
  const editComment = await captureAction(japan, () => japan.getByRole('button', { name: 'Save comment' }).click());
  await expect(japan.getByText('Comment changed.')).toBeVisible();
  await expect(commentEdit).toHaveCount(0);
  const japanComment = japan.locator('li[id^="comment-"]').filter({ hasText: 'will contribute to the third district' });
  await expect(japanComment).toContainText('changed on');
  await expect(japan.getByText('will consider a contribution')).toHaveCount(0);
  // Korea's delegate sending the same change with their own session is refused.
  const koreaRequest = await playwright.request.newContext({ baseURL: origin, storageState: storageStateOf('delegate-kor') });
  const [commentArgs] = editComment.args as [Record<string, unknown>];
  const forgedComment = await postAction(koreaRequest, editComment, [{ ...commentArgs, body: 'Japan withdraws its support.' }], origin);
  expect(await forgedComment.text()).toContain('"formError":"commentOtherParty"');
  await koreaRequest.dispose();
  await japan.reload();
  await expect(japanComment).toBeVisible();
  await expect(japan.getByRole('button', { name: 'Record decision' })).toHaveCount(0);
  await expect(japan.getByRole('link', { name: 'Edit project' })).toHaveCount(0);
  await expect(japan.getByRole('link', { name: /^Edit review/ })).toHaveCount(0);
  await checkA11y(japan);

  // The secretariat corrects the review before the meeting decides: the third district slipped.
  await staff.reload();
  const staffEntry = timeline.getByRole('listitem').filter({ hasText: title });
  await staffEntry.getByRole('link', { name: `Edit review for ${title}` }).click();
  const correction = staff.getByRole('form', { name: `Correct the review for ${title}` });
  await expect(correction.getByLabel('Rating', { exact: true })).toHaveValue('at_risk');
  await expect(correction.getByLabel('Agenda item', { exact: true })).toHaveValue(/.+/);
  await checkA11y(staff, `${staff.url()} (correcting the review)`);
  await correction.getByLabel('Rating', { exact: true }).selectOption({ label: 'Delayed' });
  await correction.getByLabel('Progress summary').fill('Two of the three pilot districts started; the third slipped to next year.');
  const correct = await captureAction(staff, () => correction.getByRole('button', { name: 'Save changes' }).click());
  await expect(staff.getByText('Review corrected.')).toBeVisible();
  await expect(correction).toHaveCount(0);
  await expect(staffEntry).toContainText('Delayed');
  await expect(staffEntry).toContainText('the third slipped to next year');
  await expect(staffEntry).toContainText('Agenda item 1: Low-carbon cities');
  await expect(staffEntry).toContainText('Corrected by the secretariat on');
  await checkA11y(staff);
  // Japan's delegate sending the same correction with their own session is refused; the observer below still reads "Delayed".
  const japanRequest = await playwright.request.newContext({ baseURL: origin, storageState: storageStateOf('delegate-jpn') });
  const [correctionArgs] = correct.args as [Record<string, unknown>];
  const forgedCorrection = await postAction(japanRequest, correct, [{ ...correctionArgs, rating: 'on_track' }], origin);
  expect(await forgedCorrection.text()).toContain('"formError":"forbidden"');
  await japanRequest.dispose();

  // The meeting's chair records the decision.
  const chair = await pageAs('chair');
  await chair.goto(meetingPath);
  const reviewsPanel = chair.getByRole('region', { name: 'Project reviews' });
  await expect(reviewsPanel).toContainText(code);
  await expect(reviewsPanel).toContainText('Agenda item 1: Low-carbon cities');
  await checkA11y(chair);
  // The agenda shows the review under its item.
  await chair.goto(`${meetingPath}/agenda`);
  const agendaItem = chair.getByTestId('agenda-item').filter({ hasText: 'Low-carbon cities' });
  await expect(agendaItem).toContainText(`Project reviews: ${code}: ${projectTitle}`);
  await checkA11y(chair);
  await chair.goto(meetingPath);
  await reviewsPanel.getByRole('link', { name: new RegExp(code) }).click();
  await expect(chair.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
  await chair.getByLabel('Decision of the meeting').fill('The meeting asked the secretariat to find funding for the third district.');
  await chair.getByRole('button', { name: 'Record decision' }).click();
  const asking = chair.getByRole('alertdialog', { name: "Record the meeting's decision?" });
  await expect(asking).toContainText('The decision is final');
  await checkA11y(chair, `${chair.url()} (recording the decision)`);
  await asking.getByRole('button', { name: 'Record decision' }).click();
  await expect(asking).toBeHidden();
  await expect(chair.getByText('The meeting asked the secretariat to find funding for the third district.')).toBeVisible();
  await expect(chair.getByText('Recorded by Kim Jae-won')).toBeVisible();
  await checkA11y(chair);
  // Decided, the review is a record: the secretariat no longer corrects it.
  await staff.reload();
  await expect(staffEntry).toContainText('find funding for the third district');
  await expect(staffEntry.getByRole('link', { name: /^Edit review/ })).toHaveCount(0);

  // The timeline, as an observer reads it: the review, Japan's comment and the decision.
  const observer = await pageAs('observer');
  await observer.goto(projectPath);
  const entry = observer.getByRole('list', { name: 'Reviews across meetings' }).getByRole('listitem').filter({ hasText: title });
  await expect(entry).toContainText('Delayed');
  await expect(entry).toContainText('Corrected by the secretariat on');
  await expect(entry).toContainText('Japan');
  await expect(entry).toContainText('will contribute to the third district');
  await expect(entry.getByRole('link', { name: /^Edit comment/ })).toHaveCount(0);
  await expect(entry).toContainText('find funding for the third district');
  await expect(observer.getByLabel('Your comment')).toHaveCount(0);
  await checkA11y(observer);

  // The dashboard: the chart is drawn, its table has the numbers, the CSV downloads.
  await observer.goto('/programme/dashboard');
  const byArea = observer.getByRole('region', { name: 'Projects by area and status' });
  await expect(byArea.locator('[data-testid="programme-chart"] .recharts-wrapper > svg.recharts-surface')).toBeVisible();
  await expect(byArea.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const row = byArea.getByRole('row', { name: /Low-carbon cities/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).not.toHaveText('0');
  await checkA11y(observer);
  const chartCsv = observer.waitForEvent('download');
  await byArea.getByRole('link', { name: 'Download CSV: Projects by area and status' }).click();
  expect(await readFile((await (await chartCsv).path())!, 'utf8')).toContain('Low-carbon cities');

  // Contributions of the last ten years by default; the demo's 2015 pledge once every year is asked for, in the CSV too.
  const periods = observer.getByRole('navigation', { name: 'Years of contributions shown' });
  await expect(periods.getByRole('link', { name: 'Last ten years' })).toHaveAttribute('aria-current', 'page');
  const byYear = observer.getByRole('region', { name: 'Contributions by year' });
  await expect(byYear.getByRole('row', { name: /^2023 USD/ })).toBeVisible();
  await expect(byYear.getByRole('row', { name: /^2015 / })).toHaveCount(0);
  // Each panel says which years it totals; the core fund's position is over every year.
  const firstYear = new Date().getUTCFullYear() - 9;
  await expect(observer.getByRole('region', { name: 'Contributions by party' })).toContainText(`Pledged and paid per party from ${firstYear}`);
  await expect(observer.getByRole('region', { name: 'Core fund position' })).toContainText('over all years, whichever years are shown above');
  await periods.getByRole('link', { name: 'All years' }).click();
  await expect(observer).toHaveURL(/\/programme\/dashboard\?years=all$/);
  await expect(periods.getByRole('link', { name: 'All years' })).toHaveAttribute('aria-current', 'page');
  await expect(observer.getByRole('region', { name: 'Contributions by party' })).toContainText('Pledged and paid per party over all years');
  await expect(byYear.getByRole('row', { name: /^2015 USD/ })).toBeVisible();
  await checkA11y(observer);
  const allYearsCsv = observer.waitForEvent('download');
  await byYear.getByRole('link', { name: 'Download CSV: Contributions by year' }).click();
  expect(await readFile((await (await allYearsCsv).path())!, 'utf8')).toContain('2015,USD,120000.00,120000.00');

  // The projects CSV has the project, with its exact budget.
  await observer.goto('/programme?area=low-carbon-cities');
  await expect(observer.getByRole('link', { name: projectTitle })).toBeVisible();
  await checkA11y(observer);
  const download = observer.waitForEvent('download');
  await observer.getByRole('link', { name: 'Download CSV' }).click();
  const csv = await readFile((await (await download).path())!, 'utf8');
  expect(csv).toContain(`${code},${projectTitle},Low-carbon cities,ongoing,JPN,MNG`);
  expect(csv).toContain('95000.10,USD');
});

test('[programme] contributions: totals by year and party and the core fund in each currency; delegates read but record nothing', async ({
  pageAs,
  checkA11y,
}) => {
  test.setTimeout(90_000);
  const staff = await pageAs('secretariat');
  await staff.goto('/programme/contributions');
  await expect(staff.getByRole('heading', { name: 'Record a contribution' })).toBeVisible();
  await checkA11y(staff);
  const form = staff.getByRole('region', { name: 'Record a contribution' });
  /** Mongolia's pledge, sent through the form. */
  const sendPledge = async ({ year, amount, currency, date }: { year: string; amount: string; currency: string; date: string }) => {
    await form.getByLabel('Party').selectOption({ label: 'Mongolia' });
    await form.getByLabel('Year').fill(year);
    await form.getByLabel('Amount').fill(amount);
    await form.getByLabel('Currency').fill(currency);
    await form.getByLabel('Date', { exact: true }).fill(date);
    await form.getByRole('button', { name: 'Record a contribution' }).click();
  };
  await sendPledge({ year: '2031', amount: '0.1', currency: 'MNT', date: '2031-02-01' });
  await expect(staff.getByText('Contribution recorded.')).toBeVisible();
  await sendPledge({ year: '2031', amount: '0.2', currency: 'MNT', date: '2031-02-02' });
  await expect(staff.getByText('Contribution recorded.')).toBeVisible();
  // 0.1 + 0.2 is 0.30, exactly, in its own currency.
  const byYear = staff.getByRole('table', { name: 'Totals by year' });
  await expect(byYear.getByRole('row', { name: /2031/ })).toContainText('0.30 MNT');
  await checkA11y(staff);

  // Won have no decimals: cents are refused on the amount, and an amount typed with its thousands grouped is taken and shown whole.
  await sendPledge({ year: '2032', amount: '1,500,000.50', currency: 'KRW', date: '2032-02-01' });
  await expect(form.getByText('This currency is counted in whole units: enter the amount without decimals.')).toBeVisible();
  await form.getByLabel('Amount').fill('1,500,000');
  await form.getByRole('button', { name: 'Record a contribution' }).click();
  await expect(staff.getByText('Contribution recorded.')).toBeVisible();
  await expect(byYear.getByRole('row', { name: /2032/ })).toContainText('1,500,000 KRW');

  // Recorded for the wrong year after all: staff remove it, after confirming, and it leaves the totals.
  await staff.goto('/programme/contributions?year=2032&party=MNG');
  const wrong = 'Mongolia: Pledge for 2032, 1,500,000 KRW';
  await staff.getByRole('button', { name: `Remove ${wrong}` }).click();
  const removal = staff.getByRole('alertdialog', { name: `Remove ${wrong}?` });
  await expect(removal).toContainText('the audit log keeps it');
  await checkA11y(staff, 'contributions, removing one');
  await removal.getByRole('button', { name: 'Remove' }).click();
  await expect(removal).toBeHidden();
  await expect(staff.getByRole('button', { name: `Remove ${wrong}` })).toHaveCount(0);
  await expect(byYear.getByRole('row', { name: /2032/ })).toHaveCount(0);
  await checkA11y(staff);

  const delegate = await pageAs('delegate-kor');
  await delegate.goto('/programme/contributions');
  await expect(delegate.getByRole('table', { name: 'Totals by year' })).toBeVisible();
  await expect(delegate.getByRole('heading', { name: 'Record a contribution' })).toHaveCount(0);
  await expect(delegate.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  await checkA11y(delegate);
  await delegate.goto('/programme/projects/new');
  await expect(delegate.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
  await checkA11y(delegate);
});

test('[programme] staff add an area, retire it and restore it; a retired area is offered for no new project until then', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const suffix = uniqueSuffix();
  const name = `Chemicals and waste ${suffix}`;
  await staff.goto('/programme/areas');
  await expect(staff.getByRole('heading', { name: 'Add an area' })).toBeVisible();
  await checkA11y(staff);
  await staff.getByLabel('Code', { exact: true }).fill(`chemicals-${suffix}`);
  await staff.getByLabel('Name', { exact: true }).fill(name);
  await staff.getByRole('button', { name: 'Add area' }).click();
  await expect(staff.getByText('Area added.')).toBeVisible();
  const row = staff.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Active');

  await row.getByRole('button', { name: `Retire ${name}` }).click();
  const dialog = staff.getByRole('alertdialog');
  await checkA11y(staff, `${staff.url()} (retire dialog)`);
  await dialog.getByRole('button', { name: 'Retire', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Retired');
  await staff.goto('/programme/projects/new');
  await expect(staff.getByRole('heading', { level: 1, name: 'New project' })).toBeVisible();
  await checkA11y(staff);
  await expect(staff.getByLabel('Area').getByRole('option', { name })).toHaveCount(0);

  await staff.goto('/programme/areas');
  await row.getByRole('button', { name: `Restore ${name}` }).click();
  await expect(row).toContainText('Active');
  await expect(row.getByRole('button', { name: `Retire ${name}` })).toBeVisible();
  await checkA11y(staff);
  await staff.goto('/programme/projects/new');
  await expect(staff.getByLabel('Area').getByRole('option', { name })).toHaveCount(1);
  await checkA11y(staff);
});
