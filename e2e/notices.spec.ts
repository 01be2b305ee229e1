import { receivedEmails, waitForEmail } from './email';
import { demoAccounts, expect, storageStateOf, test } from './fixtures';
import { createMeetingThroughForm, meetingTitle, openDemoSom26, seoulDay } from './meeting-journeys';
import { approveThroughQueue, openRegistrationThroughPage, registerThroughForm } from './registration-journeys';
import { captureAction, postAction } from './server-actions';

test('[notices] staff write to the heads of delegation, who get it by email and read it in the app; others neither read it nor forge the call', async ({
  pageAs,
  checkA11y,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const page = await pageAs('secretariat');
  const title = meetingTitle('Notices EGM');
  const meetingPath = await createMeetingThroughForm(page, { title, startDate: seoulDay(20), endDate: seoulDay(21) }, checkA11y);
  await openRegistrationThroughPage(page, meetingPath);
  const head = demoAccounts['delegate-kor'];
  const delegate = demoAccounts['delegate-jpn'];
  await registerThroughForm(await pageAs('delegate-kor'), meetingPath, { role: 'Head of delegation' }, checkA11y);
  await registerThroughForm(await pageAs('delegate-jpn'), meetingPath, { role: 'Delegate' }, checkA11y);
  await approveThroughQueue(page, meetingPath, head.name, checkA11y);

  await page.goto(meetingPath);
  await page.getByRole('link', { name: 'Notices to participants' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notices to participants' })).toBeVisible();
  await expect(page.getByText('No notice has been sent for this meeting yet.')).toBeVisible();
  await checkA11y(page);

  // Each audience says how many people it reaches: Japan's delegate is still pending.
  const audience = page.getByLabel('Send to');
  await expect(audience.getByRole('option')).toHaveText([
    'Everyone registered, pending or approved (2 people)',
    'Approved participants (1 person)',
    'Heads of delegation (1 person)',
    // While registration is open, the parties nobody has registered for may be reminded (other specs add accounts).
    /^Parties nobody has registered for yet \(their focal points\) \(\d+ people\)$/,
  ]);
  await expect(page.getByRole('button', { name: 'Send to 2 people' })).toBeVisible();

  // Too short a subject and message are refused beside their fields, and nothing is sent.
  await page.getByLabel('Subject').fill('Hi');
  await page.getByLabel('Message').fill('Soon.');
  await page.getByRole('button', { name: 'Send to 2 people' }).click();
  await expect(page.getByText('Write a subject of at least 3 characters.')).toBeVisible();
  await expect(page.getByText('Write a message of at least 10 characters.')).toBeVisible();
  await expect(page.getByText('No notice has been sent for this meeting yet.')).toBeVisible();
  await checkA11y(page, 'notices, refused');

  const subject = 'Original credentials letters at the desk';
  await audience.selectOption({ label: 'Heads of delegation (1 person)' });
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Message').fill('Please bring the original of your credentials letter to the registration desk on the first day.');
  const send = await captureAction(page, () => page.getByRole('button', { name: 'Send to 1 person' }).click());
  await expect(page.getByText('The notice is in the outbox for 1 person.')).toBeVisible();
  const sent = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: subject }) });
  await expect(sent).toContainText(/Sent .+ by .+ to the heads of delegation \(1 person\)/);
  await sent.getByText('Show the message').click();
  await expect(sent.getByText('Please bring the original of your credentials letter')).toBeVisible();
  await checkA11y(page, 'notices, sent');

  // It went out through the outbox to the head alone, greeted by name.
  const email = await waitForEmail(head.email, `${title}: ${subject}`);
  expect(email.text).toContain(`Dear ${head.name},`);
  expect(email.text).toContain('Please bring the original of your credentials letter');
  // Staff find that copy in the outbox, by its kind and its recipient.
  await page.goto('/admin/outbox');
  await page.getByLabel('Kind').selectOption({ label: 'Notice to participants' });
  await page.getByLabel('Recipient').fill(head.email.toUpperCase());
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/kind=meeting_notice/);
  await expect(page.getByRole('row').filter({ hasText: subject })).toHaveCount(1);
  // Every other row (the demo's notices among them) is a notice to the same person: only the header row is not.
  await expect(page.getByRole('row').filter({ hasNotText: 'Notice to participants' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasNotText: head.email })).toHaveCount(1);
  await checkA11y(page, 'outbox, filtered by kind and recipient');
  await page.goto(`${meetingPath}/notices`);
  // Kept: the page shows it again after a reload.
  await page.reload();
  await expect(page.getByText('1 notice, newest first.')).toBeVisible();

  // The head reads it on the page too, from the meeting's Participation panel, without who else got it.
  const headPage = await pageAs('delegate-kor');
  await headPage.goto(meetingPath);
  await checkA11y(headPage, 'meeting page, as the head');
  await headPage.getByRole('region', { name: 'Participation', exact: true }).getByRole('link', { name: 'Notices from the secretariat' }).click();
  await expect(headPage.getByRole('heading', { level: 2, name: 'Notices to you' })).toBeVisible();
  await expect(headPage.getByRole('heading', { level: 3, name: subject })).toBeVisible();
  await expect(headPage.getByText(/^Sent .+ to the heads of delegation$/)).toBeVisible();
  await expect(headPage.getByRole('button', { name: /^Send to/ })).toHaveCount(0);
  await checkA11y(headPage, 'notices, as the head');
  // Japan's delegate, still pending, was not among the heads: nothing for them yet.
  const pendingPage = await pageAs('delegate-jpn');
  await pendingPage.goto(`${meetingPath}/notices`);
  await expect(pendingPage.getByText('The secretariat has sent you no notice for this meeting yet.')).toBeVisible();
  await checkA11y(pendingPage, 'notices, as a pending delegate');

  // Someone not registered finds no link to the page and is refused it; a delegate's forged send writes nothing.
  const observerPage = await pageAs('observer');
  await observerPage.goto(meetingPath);
  await expect(observerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(observerPage.getByRole('link', { name: /^Notices/ })).toHaveCount(0);
  await checkA11y(observerPage, 'meeting page, as an observer not registered');
  const response = await observerPage.goto(`${meetingPath}/notices`);
  expect(response?.status()).toBe(403);
  await expect(observerPage.getByRole('heading', { level: 1, name: 'Not available to your role' })).toBeVisible();
  await checkA11y(observerPage, 'notices, refused to an observer not registered');
  const forger = await playwright.request.newContext({ baseURL: baseURL!, storageState: storageStateOf('delegate-kor') });
  const [args] = send.args as [Record<string, unknown>];
  const forged = await postAction(forger, send, [{ ...args, audience: 'registered', subject: 'Forged notice' }], baseURL!);
  expect(await forged.text()).toContain('"formError":"forbidden"');
  await page.reload();
  await expect(page.getByText('1 notice, newest first.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Forged notice' })).toHaveCount(0);
  expect((await receivedEmails(delegate.email)).filter((message) => message.subject.includes('Forged notice'))).toEqual([]);
});

test('[notices] before registration opens, staff remind the parties nobody has registered for; each focal point gets a copy saying why; after a meeting the reminder is refused', async ({
  pageAs,
  checkA11y,
  playwright,
  baseURL,
}) => {
  const page = await pageAs('secretariat');
  const title = meetingTitle('Reminder EGM');
  const meetingPath = await createMeetingThroughForm(page, { title, startDate: seoulDay(60), endDate: seoulDay(61) }, checkA11y);
  await page.goto(`${meetingPath}/notices`);
  await expect(page.getByRole('heading', { level: 1, name: 'Notices to participants' })).toBeVisible();

  // Nobody is registered yet: the registrations' audiences reach no one, the focal points of every party do.
  const audience = page.getByLabel('Send to');
  await expect(audience.getByRole('option', { name: 'Everyone registered, pending or approved (no one)' })).toHaveCount(1);
  await audience.selectOption('unregistered');
  const subject = 'Save the date';
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Message').fill('The meeting will be held in two months; registration opens soon on the meeting page.');
  await checkA11y(page, 'notices, a reminder to register');
  const send = await captureAction(page, () => page.getByRole('button', { name: /^Send to \d+ people$/ }).click());
  await expect(page.getByText(/^The notice is in the outbox for \d+ people\.$/)).toBeVisible();
  const sent = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: subject }) });
  await expect(sent).toContainText(/to the focal points of the parties nobody had registered for \(\d+ people\)/);
  const email = await waitForEmail(demoAccounts['delegate-chn'].email, `${title}: ${subject}`);
  expect(email.text).toContain(`Dear ${demoAccounts['delegate-chn'].name},`);
  expect(email.text).toContain('as a focal point of a party nobody has registered for');

  // The 26th SOM is over: its form no longer offers the reminder, and the same call sent for it is refused.
  await openDemoSom26(page, checkA11y);
  const som26Path = new URL(page.url()).pathname;
  await page.goto(`${som26Path}/notices`);
  await expect(page.getByLabel('Send to').locator('option')).toHaveCount(3);
  await expect(page.getByLabel('Send to').locator('option[value="unregistered"]')).toHaveCount(0);
  await checkA11y(page, 'notices of a concluded meeting');
  const staffRequest = await playwright.request.newContext({ baseURL: baseURL!, storageState: storageStateOf('secretariat') });
  const [args] = send.args as [Record<string, unknown>];
  const forged = await postAction(staffRequest, send, [{ ...args, meetingId: som26Path.split('/').at(-1), subject: 'Too late' }], baseURL!);
  expect(await forged.text()).toContain('"audience":"noticeUnregisteredClosed"');
  await staffRequest.dispose();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Too late' })).toHaveCount(0);
});
