import { pdfText } from '../tests/helpers/pdf-text';
import { waitForEmail } from './email';
import { demoAccounts, expect, test } from './fixtures';
import { createMeetingThroughForm, meetingTitle, seoulDay } from './meeting-journeys';
import { postAction } from './server-actions';
import { checkInAtDesk, downloadParticipantsCsv, downloadPdfText, escapeRegExp, openParticipantList } from './participant-journeys';
import { approveThroughQueue, openRegistrationThroughPage, registerThroughForm } from './registration-journeys';

// The participants register and are approved through the app itself, as people do, so the spec
// runs the same on PostgreSQL and on the embedded database.
test('[participants] list, CSV, badges, check-in, the public list and issuing the list as an INF document, then its revision', async ({ pageAs, checkA11y, baseURL }) => {
  // One long journey through three accounts, a dozen pages and three downloads.
  test.setTimeout(240_000);
  const page = await pageAs('secretariat');
  const title = meetingTitle('Participants EGM');
  const meetingPath = await createMeetingThroughForm(page, { title, startDate: seoulDay(-1), endDate: seoulDay(1) }, checkA11y);
  const meetingId = meetingPath.split('/').at(-1)!;
  await openRegistrationThroughPage(page, meetingPath);
  const listed = { name: demoAccounts['delegate-kor'].name, email: demoAccounts['delegate-kor'].email };
  const unlisted = { name: demoAccounts['delegate-jpn'].name, email: demoAccounts['delegate-jpn'].email };
  const pending = demoAccounts.observer.name;
  await registerThroughForm(await pageAs('delegate-kor'), meetingPath, { role: 'Head of delegation', honorific: 'Mr.', isListedPublicly: true }, checkA11y);
  await registerThroughForm(await pageAs('delegate-jpn'), meetingPath, { role: 'Delegate' }, checkA11y);
  await registerThroughForm(await pageAs('observer'), meetingPath, {}, checkA11y);
  await approveThroughQueue(page, meetingPath, listed.name, checkA11y);
  await approveThroughQueue(page, meetingPath, unlisted.name, checkA11y);
  // The registration's own email went out through the outbox to the test's SMTP server.
  await waitForEmail(unlisted.email, `Registration received: ${title}`);

  // The list: by party, member states alphabetically (Japan before the Republic of Korea), pending ones left out.
  await openParticipantList(page, meetingPath, checkA11y);
  await expect(page.getByText('2 approved participants')).toBeVisible();
  const parties = page.getByRole('heading', { level: 3 });
  await expect(parties).toHaveText(['Japan', 'Republic of Korea']);
  await expect(page.getByText(`Mr. ${listed.name}`)).toBeVisible();
  await expect(page.getByText(pending)).toHaveCount(0);

  const csv = await downloadParticipantsCsv(page);
  expect(csv).toContain(listed.name);
  expect(csv).toContain(unlisted.email);
  expect(csv).not.toContain(pending);

  const badges = await downloadPdfText(page, 'Badges (PDF)');
  expect(badges).toContain(`Mr. ${listed.name}`);
  expect(badges).toContain('Head of delegation');
  expect(badges).toContain(title);

  const printable = await downloadPdfText(page, 'Printable PDF');
  expect(printable).toContain(unlisted.name);

  // Issued as the meeting's first INF document, then as its revision.
  await page.getByRole('button', { name: 'Issue as INF document' }).click();
  const dialog = page.getByRole('alertdialog');
  await checkA11y(page);
  await dialog.getByRole('button', { name: 'Issue as INF document' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Issued as .*\/INF\/1\.$/)).toBeVisible();
  await page.getByRole('button', { name: /^Issue a revision of .*\/INF\/1$/ }).click();
  await dialog.getByRole('button', { name: /^Issue a revision of .*\/INF\/1$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Issued as .*\/INF\/1\/Rev\.1\.$/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /^Issue a revision of .*\/INF\/1$/ })).toBeVisible();
  await page.goto(meetingPath);
  const revision = page.getByRole('link', { name: /^Download .*\/INF\/1\/Rev\.1, English$/ });
  const revised = await page.request.get((await revision.getAttribute('href')) ?? '');
  expect(await pdfText(new Uint8Array(await revised.body()))).toContain(listed.name);

  // Check-in at the desk: the first day's count goes from none to one.
  await checkInAtDesk(page, meetingPath, listed.name, checkA11y);
  await expect(page.getByTestId(`count-${seoulDay(-1)}`)).toContainText('1 of 2 present');
  await expect(page.getByTestId(`count-${seoulDay(0)}`)).toContainText('0 of 2 present');
  // A check-in made by mistake is taken back after confirming, and made again.
  const row = page.getByRole('row', { name: new RegExp(escapeRegExp(listed.name)) });
  await row.getByRole('button', { name: new RegExp(`^Undo the check-in of .*${escapeRegExp(listed.name)} on `) }).click();
  const undo = page.getByRole('alertdialog', { name: new RegExp(`^Take back the check-in of .*${escapeRegExp(listed.name)} on .+\\?$`) });
  await checkA11y(page, 'check-in desk, undo dialog');
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(undo).toBeHidden();
  await expect(page.getByTestId(`count-${seoulDay(-1)}`)).toContainText('0 of 2 present');
  const checkIn = await checkInAtDesk(page, meetingPath, listed.name, checkA11y);
  await expect(page.getByTestId(`count-${seoulDay(-1)}`)).toContainText('1 of 2 present');
  // Tomorrow has not come: the desk offers no check-in for it, and a forged one is refused.
  await expect(row.getByRole('button', { name: /^Check in / })).toHaveCount(1);
  await expect(row.getByText(/: not yet$/)).toHaveCount(1);
  const [checkInArgs] = checkIn.args as [Record<string, unknown>];
  const early = await postAction(page.request, checkIn, [{ ...checkInArgs, day: seoulDay(1) }], baseURL!);
  expect(await early.text()).toContain('"formError":"checkInFutureDay"');
  await page.reload();
  await expect(page.getByTestId(`count-${seoulDay(1)}`)).toContainText('0 of 2 present');

  // What the badge's QR code opens: one button for today.
  await page.goto(`${meetingPath}/check-in`);
  await page.getByRole('link', { name: `Open the check-in record of ${unlisted.name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: unlisted.name })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Check in for today' }).click();
  await expect(page.getByText(/^Present today/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Check in for today' })).toHaveCount(0);
  await page.goto(`${meetingPath}/check-in`);
  await expect(page.getByTestId(`count-${seoulDay(0)}`)).toContainText('1 of 2 present');
  await checkA11y(page);

  // The public list, signed out: only who consented, no emails.
  const visitor = await pageAs(null);
  await visitor.goto(`/public/meetings/${meetingId}`);
  await checkA11y(visitor);
  await visitor.getByRole('link', { name: 'List of participants' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();
  // The router may draw the new page before it updates the address, which the check records.
  await expect(visitor).toHaveURL(new RegExp(`/public/meetings/${meetingId}/participants$`));
  await checkA11y(visitor);
  await expect(visitor.getByText(`Mr. ${listed.name}`)).toBeVisible();
  await expect(visitor.getByText(unlisted.name)).toHaveCount(0);
  await expect(visitor.getByText(listed.email)).toHaveCount(0);
});

test('[participants] delegates and the chair of another meeting are refused the list, badges and check-in', async ({ pageAs, checkA11y }) => {
  const page = await pageAs('delegate-kor');
  // The demo SOM is chaired by the demo chair, not by this delegate.
  await page.goto('/');
  await checkA11y(page);
  // From the list of meetings: the tasks above it link to a meeting's pages too (its registration).
  const meetingLink = page.getByRole('table').getByRole('link', { name: /Senior Officials Meeting/ }).first();
  const href = await meetingLink.getAttribute('href');
  const meetingPath = href!;
  for (const path of [`${meetingPath}/participants`, `${meetingPath}/check-in`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await checkA11y(page);
  }
  for (const path of [`${meetingPath}/badges`, `${meetingPath}/participants/csv`]) {
    const response = await page.request.get(path);
    expect(response.status()).toBe(403);
  }
  await page.goto('/admin/outbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Not available to your role' })).toBeVisible();
  await checkA11y(page);
});

test('[email] a registration’s email is delivered to the SMTP server and shown as sent in the outbox', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const title = meetingTitle('Outbox EGM');
  const meetingPath = await createMeetingThroughForm(staff, { title, startDate: seoulDay(30), endDate: seoulDay(30) }, checkA11y);
  await openRegistrationThroughPage(staff, meetingPath);
  await registerThroughForm(await pageAs('delegate-jpn'), meetingPath, {}, checkA11y);
  const subject = `Registration received: ${title}`;
  const email = await waitForEmail(demoAccounts['delegate-jpn'].email, subject);
  expect(email.text).toContain(title);
  expect(email.from).toBe('secretariat@neaspec.example');

  await staff.goto('/');
  await checkA11y(staff);
  await staff.getByRole('link', { name: 'Outbox', exact: true }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  const row = staff.getByRole('row', { name: new RegExp(title) });
  await expect(row.getByText('Sent', { exact: true })).toBeVisible();
  await checkA11y(staff);
  await row.getByRole('link', { name: /^Read the message/ }).click();
  await expect(staff.getByText(email.text.split('\n')[0]!).first()).toBeVisible();
  await staff.getByLabel('Status').selectOption({ label: 'Failed' });
  await staff.getByRole('button', { name: 'Apply' }).click();
  await expect(staff.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
  await checkA11y(staff);
});
