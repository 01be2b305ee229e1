import { waitForEmail } from './email';
import { expect, test, uniqueSuffix } from './fixtures';
import { createMeetingThroughForm, meetingTitle, seoulDay } from './meeting-journeys';
import { canWriteDatabase, insertOutboxEmail, insertRegistration } from './participant-db';
import { checkInAtDesk, downloadParticipantsCsv, downloadPdfText, openParticipantList } from './participant-journeys';

// The participants are written straight into the server's database (e2e/participant-db.ts): that
// needs PostgreSQL. On the embedded PGlite the server holds the only connection, so these skip.
test.skip(!canWriteDatabase, 'needs DATABASE_URL (PostgreSQL): the spec writes registrations beside the server');

test('[participants] list, CSV, badges, check-in, the public list and issuing the list as an INF document', async ({ pageAs, checkA11y }) => {
  // One long journey through six pages and three downloads.
  test.slow();
  const page = await pageAs('secretariat');
  const title = meetingTitle('Participants EGM');
  const meetingPath = await createMeetingThroughForm(page, { title, startDate: seoulDay(-1), endDate: seoulDay(1) }, checkA11y);
  const meetingId = meetingPath.split('/').at(-1)!;
  const suffix = uniqueSuffix();
  const listed = { name: `Bold Batbayar ${suffix}`, email: `bold-${suffix}@example.mn` };
  const unlisted = { name: `Sato Unlisted ${suffix}`, email: `sato-${suffix}@example.jp` };
  await insertRegistration({ meetingId, partyCode: 'MNG', ...listed, role: 'head', honorific: 'Mr.', isListedPublicly: true });
  const unlistedId = await insertRegistration({ meetingId, partyCode: 'JPN', ...unlisted, role: 'delegate', isListedPublicly: false });
  await insertRegistration({ meetingId, partyCode: 'JPN', name: `Pending ${suffix}`, email: `pending-${suffix}@example.jp`, status: 'pending' });

  // The list: by party, member states alphabetically (Japan before Mongolia), pending ones left out.
  await openParticipantList(page, meetingPath, checkA11y);
  await expect(page.getByText('2 approved participants')).toBeVisible();
  const parties = page.getByRole('heading', { level: 3 });
  await expect(parties).toHaveText(['Japan', 'Mongolia']);
  await expect(page.getByText(`Mr. ${listed.name}`)).toBeVisible();
  await expect(page.getByText(`Pending ${suffix}`)).toHaveCount(0);

  const csv = await downloadParticipantsCsv(page);
  expect(csv).toContain(listed.name);
  expect(csv).toContain(unlisted.email);
  expect(csv).not.toContain(`Pending ${suffix}`);

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
  await expect(page.getByRole('button', { name: /^Issue a revision of .*\/INF\/1$/ })).toBeVisible();

  // Check-in at the desk: the first day's count goes from none to one.
  await checkInAtDesk(page, meetingPath, listed.name, checkA11y);
  await expect(page.getByTestId(`count-${seoulDay(-1)}`)).toContainText('1 of 2 present');
  await expect(page.getByTestId(`count-${seoulDay(0)}`)).toContainText('0 of 2 present');

  // What the badge's QR code opens: one button for today.
  await page.goto(`${meetingPath}/check-in/${unlistedId}`);
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
  const meetingLink = page.getByRole('link', { name: /Senior Officials Meeting/ }).first();
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

test('[email] a queued message is delivered to the SMTP server and shown as sent in the outbox', async ({ pageAs, checkA11y }) => {
  const to = `outbox-${uniqueSuffix()}@example.org`;
  await insertOutboxEmail({ to, subject: 'Your registration is approved', body: 'Welcome to the meeting.' });
  const email = await waitForEmail(to, 'registration is approved');
  expect(email.text).toContain('Welcome to the meeting.');
  expect(email.from).toBe('secretariat@neaspec.example');

  const page = await pageAs('secretariat');
  await page.goto('/');
  await checkA11y(page);
  await page.getByRole('link', { name: 'Outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(to) });
  await expect(row.getByText('Sent', { exact: true })).toBeVisible();
  await checkA11y(page);
  await row.getByRole('link', { name: /^Read the message/ }).click();
  await expect(page.getByText('Welcome to the meeting.')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Failed' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('row', { name: new RegExp(to) })).toHaveCount(0);
  await checkA11y(page);
});
