import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, storageStateOf, test } from './fixtures';
import { createMeetingThroughForm, meetingTitle, openDemoSom26, seoulDay, smallPdf, uploadPaperThroughForm } from './meeting-journeys';
import { captureAction, postAction } from './server-actions';

/** The highest-numbered Senior Officials Meeting in the list: the one the next is planned from. */
async function openLatestSom(page: Page, checkA11y: (page: Page) => Promise<void>): Promise<number> {
  await page.goto('/?series=SOM');
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await checkA11y(page);
  const numbers = (await page.getByRole('row').allInnerTexts())
    .map((row) => /No\.\s*(\d+)/.exec(row)?.[1])
    .filter((n): n is string => Boolean(n))
    .map(Number);
  const latest = Math.max(...numbers);
  await page.getByRole('row', { name: new RegExp(`No\\.\\s*${latest}\\b`) }).getByRole('link').click();
  await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Timetable' })).toBeVisible();
  return latest;
}

test('[meetings] staff plan the next SOM, build its timetable, upload the agenda and open registration; the public sees it', async ({
  page,
  pageAs,
  baseURL,
  checkA11y,
}) => {
  // A long journey: a timetable built and edited, two papers, their access, and the public pages.
  test.slow();
  const staff = await pageAs('secretariat');
  const latest = await openLatestSom(staff, checkA11y);
  await checkA11y(staff);
  const next = latest + 1;

  // Plan the next meeting from the latest one: the number goes up by one and the title follows.
  await staff.getByRole('link', { name: 'Plan next meeting' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Plan the next meeting' })).toBeVisible();
  await checkA11y(staff);
  await expect(staff.getByLabel('Title')).toHaveValue(/Senior Officials Meeting of NEASPEC$/);
  await staff.getByRole('button', { name: `Plan meeting ${next}` }).click();
  await expect(staff.getByText(`Meeting ${next} was planned from the previous one.`)).toBeVisible();
  await expect(staff.getByText(`Senior Officials Meeting · No. ${next}`)).toBeVisible();
  await expect(staff.getByText('Planned', { exact: true })).toBeVisible();
  await checkA11y(staff);
  const meetingPath = new URL(staff.url()).pathname;
  const title = await staff.getByRole('heading', { level: 1 }).innerText();

  // Add a session: the pickers open on the first day; times are the meeting's own.
  await staff.getByLabel('Session', { exact: true }).fill('Heads of delegation meeting');
  await staff.getByLabel('Room').fill('Conference room 1');
  await staff.getByRole('button', { name: 'Add session' }).click();
  await expect(staff.getByText('The session was added.')).toBeVisible();
  await expect(staff.getByRole('listitem').filter({ hasText: 'Heads of delegation meeting' })).toContainText('09:30–10:30');
  // It moves to ten o'clock and another room: the form opens with its values, refuses an end before the start, then saves.
  await staff.getByRole('link', { name: 'Edit session Heads of delegation meeting' }).click();
  const editing = staff.getByRole('form', { name: 'Change the session “Heads of delegation meeting”' });
  await expect(editing.getByLabel('Room')).toHaveValue('Conference room 1');
  await checkA11y(staff, `${meetingPath} (editing a session)`);
  const startsAt = await editing.getByLabel('Starts').inputValue();
  await editing.getByLabel('Starts').fill(startsAt.replace('T09:30', 'T10:00'));
  await editing.getByLabel('Ends').fill(startsAt.replace('T09:30', 'T09:45'));
  await editing.getByRole('button', { name: 'Save session' }).click();
  await expect(editing.getByLabel('Ends')).toHaveAccessibleDescription('The end must be after the start.');
  await editing.getByLabel('Ends').fill(startsAt.replace('T09:30', 'T11:00'));
  await editing.getByLabel('Room').fill('Conference room 2');
  await editing.getByRole('button', { name: 'Save session' }).click();
  await expect(staff.getByText('The session was saved.')).toBeVisible();
  await expect(staff.getByRole('listitem').filter({ hasText: 'Heads of delegation meeting' })).toContainText('10:00–11:00');
  await expect(staff.getByRole('listitem').filter({ hasText: 'Heads of delegation meeting' })).toContainText('Conference room 2');
  await expect(staff.getByRole('button', { name: 'Add session' })).toBeVisible();
  await checkA11y(staff);
  // A session added by mistake is removed after confirming.
  await staff.getByLabel('Session', { exact: true }).fill('Session added by mistake');
  await staff.getByRole('button', { name: 'Add session' }).click();
  await expect(staff.getByRole('listitem').filter({ hasText: 'Session added by mistake' })).toBeVisible();
  await staff.getByRole('button', { name: 'Remove session Session added by mistake' }).click();
  await expect(staff.getByRole('alertdialog')).toContainText('Remove “Session added by mistake”?');
  await checkA11y(staff, `${meetingPath} (removing a session)`);
  await staff.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
  // While the dialog is open the page behind it is hidden from the checks: wait for it to close, which it does once the session is removed.
  await expect(staff.getByRole('alertdialog')).toBeHidden();
  await expect(staff.getByRole('listitem').filter({ hasText: 'Session added by mistake' })).toHaveCount(0);
  await staff.reload();
  await expect(staff.getByRole('listitem').filter({ hasText: 'Session added by mistake' })).toHaveCount(0);
  await expect(staff.getByRole('listitem').filter({ hasText: 'Heads of delegation meeting' })).toBeVisible();

  // Upload the provisional agenda: it gets the meeting's first working-document symbol.
  await uploadPaperThroughForm(staff, { title: 'Provisional agenda', isPublic: true, fileName: 'agenda.pdf' }, checkA11y);
  const symbol = `ESCAP/NEASPEC/SOM(${next})/1`;
  await expect(staff.getByText(`The document was uploaded as ${symbol}.`)).toBeVisible();
  await expect(staff.getByRole('rowheader', { name: symbol, exact: true })).toBeVisible();
  // Another language version of it starts out as public as the agenda itself.
  await staff.getByRole('link', { name: 'Upload document' }).click();
  await staff.getByLabel('What is it?').selectOption({ label: 'Another language version of a document' });
  await staff.getByLabel('Document it belongs to').selectOption({ label: `${symbol} (English) · Provisional agenda` });
  await expect(staff.getByLabel('Public document')).toBeChecked();
  await checkA11y(staff, 'upload form, a language version');
  await staff.getByRole('link', { name: 'Cancel' }).click();
  await expect(staff.getByRole('rowheader', { name: symbol, exact: true })).toBeVisible();
  // Its access changes after confirming: restricted, then public again for the page below.
  const agendaRow = staff.getByRole('row').filter({ has: staff.getByRole('rowheader', { name: symbol, exact: true }) });
  await agendaRow.getByRole('button', { name: `Restrict ${symbol} (English)` }).click();
  const accessDialog = staff.getByRole('alertdialog', { name: `Restrict ${symbol} (English)?` });
  await expect(accessDialog).toContainText('the public page no longer lists it');
  await checkA11y(staff, `${meetingPath} (restricting a paper)`);
  await accessDialog.getByRole('button', { name: 'Restrict' }).click();
  await expect(accessDialog).toBeHidden();
  await expect(agendaRow).toContainText('Restricted');
  await agendaRow.getByRole('button', { name: `Make public: ${symbol} (English)` }).click();
  await staff.getByRole('alertdialog').getByRole('button', { name: 'Make public' }).click();
  await expect(agendaRow).toContainText('Public');
  await expect(agendaRow.getByRole('button', { name: `Restrict ${symbol} (English)` })).toBeVisible();

  // Open registration, after confirming.
  await staff.getByRole('button', { name: 'Open registration' }).click();
  const dialog = staff.getByRole('alertdialog');
  await expect(dialog).toContainText('The meeting moves from “Planned” to “Registration open”.');
  await checkA11y(staff, `${meetingPath} (confirmation dialog)`);
  await dialog.getByRole('button', { name: 'Open registration' }).click();
  await expect(staff.getByText('The meeting is now “Registration open”.')).toBeVisible();
  await checkA11y(staff);

  // Signed out, anyone sees the public page with its Register link, the agenda and the calendar file.
  const publicPath = meetingPath.replace('/meetings/', '/public/meetings/');
  await page.goto(publicPath);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Register' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Heads of delegation meeting' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: symbol, exact: true })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Access' })).toHaveCount(0);
  await checkA11y(page);

  const agenda = await page.request.get(await page.getByRole('link', { name: `Download ${symbol}, English` }).getAttribute('href') ?? '');
  expect(agenda.status()).toBe(200);
  expect(agenda.headers()['content-type']).toBe('application/pdf');
  expect(agenda.headers()['content-disposition']).toMatch(/^attachment/);
  expect(Buffer.from(await agenda.body()).equals(smallPdf)).toBe(true);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`SOM-${next}.ics`);
  const ics = await (await import('node:fs/promises')).readFile((await download.path()) ?? '', 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain(`SUMMARY:${title}`);
  expect(ics).toContain('SUMMARY:Heads of delegation meeting');

  // From there, the programme's meetings, signed out; each leads to its public page, as the header's name leads back.
  await page.getByRole('link', { name: 'All meetings' }).click();
  await expect(page).toHaveURL('/public');
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings of NEASPEC' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Status' })).toHaveCount(0);
  await checkA11y(page);

  // The programme's calendar to subscribe to: the link opens the calendar app (webcal), the address shown is its feed.
  const subscription = page.getByRole('region', { name: 'Follow the meetings in your calendar' });
  const feed = new URL('/public/calendar.ics', baseURL).toString();
  await expect(subscription.getByRole('link', { name: 'Subscribe in your calendar app' })).toHaveAttribute('href', feed.replace(/^https?:/, 'webcal:'));
  await expect(subscription.getByText(feed, { exact: true })).toBeVisible();
  const subscribed = await page.request.get(feed);
  expect(subscribed.status()).toBe(200);
  expect(subscribed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const feedText = (await subscribed.text()).replace(/\r\n /g, '');
  expect(feedText).toContain('X-WR-CALNAME:NEASPEC meetings');
  expect(feedText).toContain(`SUMMARY:Heads of delegation meeting (${title})`);
  expect(feedText).toContain('SUMMARY:Twenty-sixth Senior Officials Meeting of NEASPEC');

  const first = page.getByRole('table').getByRole('link').first();
  const firstTitle = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/^.+\/public\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('banner').getByRole('link', { name: /Secretariat/ }).click();
  await expect(page).toHaveURL('/public');
  // A public address that leads nowhere sends a visitor back to the meetings, not to sign in.
  const missing = await page.goto(`/public/meetings/${crypto.randomUUID()}`);
  expect(missing?.status()).toBe(404);
  await checkA11y(page);
  await page.getByRole('link', { name: 'See the meetings' }).click();
  await expect(page).toHaveURL('/public');

  // Signed in, the meetings filtered to a series offer that series' calendar.
  await staff.goto('/');
  await staff.getByLabel('Series').selectOption({ label: 'Senior Officials Meeting' });
  await staff.getByRole('button', { name: 'Apply' }).click();
  await expect(staff).toHaveURL(/series=SOM/);
  const seriesSubscription = staff.getByRole('region', { name: 'Follow the meetings in your calendar' });
  await expect(seriesSubscription).toContainText('Subscribe once to the series “Senior Officials Meeting”');
  const seriesFeed = new URL('/public/calendar.ics?series=SOM', baseURL).toString();
  await expect(seriesSubscription.getByText(seriesFeed, { exact: true })).toBeVisible();
  await checkA11y(staff);
  const seriesText = await (await staff.request.get(seriesFeed)).text();
  expect(seriesText).toContain('X-WR-CALNAME:NEASPEC: Senior Officials Meeting');
  expect(seriesText.replace(/\r\n /g, '')).toContain(`SUMMARY:${title}`);
});

test("[meetings] staff withdraw a paper uploaded by mistake, saying why; visitors lose it, and a delegate's forged withdrawal is refused", async ({
  page,
  pageAs,
  playwright,
  baseURL,
  checkA11y,
}) => {
  const origin = baseURL ?? '';
  const staff = await pageAs('secretariat');
  const meetingPath = await createMeetingThroughForm(staff, { title: meetingTitle('Withdrawal EGM'), startDate: seoulDay(45), endDate: seoulDay(45) }, checkA11y);
  const wrong = await uploadPaperThroughForm(staff, { title: 'Report of another meeting', isPublic: true }, checkA11y);
  const agenda = await uploadPaperThroughForm(staff, { title: 'Provisional agenda', isPublic: true }, checkA11y);
  const fileOf = async (symbol: string) => (await staff.getByRole('link', { name: `Download ${symbol}, English` }).getAttribute('href')) ?? '';
  const [wrongFile, agendaFile] = [await fileOf(wrong), await fileOf(agenda)];

  // A visitor finds the paper on the public page and downloads it.
  const publicPath = meetingPath.replace('/meetings/', '/public/meetings/');
  await page.goto(publicPath);
  await expect(page.getByRole('rowheader', { name: wrong, exact: true })).toBeVisible();
  await checkA11y(page);
  expect((await page.request.get(wrongFile)).status()).toBe(200);

  // Staff withdraw it: the dialog asks why, and keeps its refusal beside the reason until one is given.
  const row = staff.getByRole('row').filter({ has: staff.getByRole('rowheader', { name: wrong, exact: true }) });
  await row.getByRole('button', { name: `Withdraw ${wrong} (English)` }).click();
  const dialog = staff.getByRole('alertdialog', { name: `Withdraw ${wrong} (English)?` });
  await expect(dialog).toContainText('A withdrawal cannot be undone.');
  await checkA11y(staff, `${meetingPath} (withdrawing a paper)`);
  const withdrawal = await captureAction(staff, () => dialog.getByRole('button', { name: 'Withdraw' }).click());
  await expect(dialog.getByLabel('Reason')).toHaveAccessibleDescription(/Say why the paper is withdrawn \(at least 3 characters\)\./);
  await dialog.getByLabel('Reason').fill('Uploaded to the wrong meeting');
  await dialog.getByRole('button', { name: 'Withdraw' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Withdrawn on');
  await expect(row).toContainText('Uploaded to the wrong meeting');
  await expect(row.getByRole('button')).toHaveCount(0);
  await checkA11y(staff);
  // Staff still open it, for the record; the visitor no longer finds it, nor its file.
  expect((await staff.request.get(wrongFile)).status()).toBe(200);
  await page.reload();
  await expect(page.getByRole('rowheader', { name: agenda, exact: true })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: wrong, exact: true })).toHaveCount(0);
  expect((await page.request.get(wrongFile)).status()).toBe(404);

  // Korea's delegate sends the same call for the agenda with their own session: refused, and the agenda stays.
  const delegateRequest = await playwright.request.newContext({ baseURL: origin, storageState: storageStateOf('delegate-kor') });
  const forged = await postAction(delegateRequest, withdrawal, [{ documentId: agendaFile.split('/').at(-1), reason: 'Not wanted' }], origin);
  expect(await forged.text()).toContain('"formError":"forbidden"');
  await delegateRequest.dispose();
  await page.reload();
  await expect(page.getByRole('rowheader', { name: agenda, exact: true })).toBeVisible();
  expect((await page.request.get(agendaFile)).status()).toBe(200);
});

test("[meetings] the 26th SOM's papers download in one ZIP: delegates and visitors get the public ones, staff the restricted draft too, nobody the withdrawn note", async ({
  page,
  pageAs,
  checkA11y,
}) => {
  /** Clicks "Download all" and reads the names inside the ZIP it saves. */
  async function downloadAll(reader: Page, count: number): Promise<string[]> {
    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('link', { name: `Download all ${count} documents in one ZIP file` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ESCAP-NEASPEC-SOM(26)-papers.zip');
    const zip = await JSZip.loadAsync(await readFile((await download.path()) ?? ''));
    return Object.keys(zip.files).sort();
  }
  const file = (symbol: string) => `ESCAP-NEASPEC-SOM(26)-${symbol}-en.pdf`;
  const publicPapers = [file('1'), file('1-Add.1'), file('2'), file('3'), file('4'), file('INF-1')].sort();

  const delegate = await pageAs('delegate-kor');
  await openDemoSom26(delegate, checkA11y);
  expect(await downloadAll(delegate, 6)).toEqual(publicPapers);

  const staff = await pageAs('secretariat');
  await openDemoSom26(staff, checkA11y);
  // Staff see the withdrawn note listed, marked, but it is not among the papers of the meeting they take away.
  await expect(staff.getByRole('rowheader', { name: 'ESCAP/NEASPEC/SOM(26)/INF/2', exact: true })).toBeVisible();
  expect(await downloadAll(staff, 7)).toEqual([...publicPapers, file('L.1')].sort());

  await page.goto(delegate.url().replace('/meetings/', '/public/meetings/'));
  await checkA11y(page);
  expect(await downloadAll(page, 6)).toEqual(publicPapers);
});

test('[meetings] a delegate sees no edit controls, and a forged edit request is refused', async ({
  pageAs,
  playwright,
  baseURL,
  checkA11y,
}) => {
  const origin = baseURL ?? '';
  const staff = await pageAs('secretariat');
  await openLatestSom(staff, checkA11y);
  const meetingPath = new URL(staff.url()).pathname;

  // The secretariat adds a session; its server action call is captured on the way.
  const sessionTitle = `Staff session ${Date.now().toString(36)}`;
  await staff.getByLabel('Session', { exact: true }).fill(sessionTitle);
  const action = await captureAction(staff, () => staff.getByRole('button', { name: 'Add session' }).click());
  await expect(staff.getByText('The session was added.')).toBeVisible();
  await checkA11y(staff);

  const delegate = await pageAs('delegate-kor');
  await delegate.goto(meetingPath);
  await expect(delegate.getByRole('heading', { name: 'Timetable' })).toBeVisible();
  await expect(delegate.getByText(sessionTitle)).toBeVisible();
  for (const control of ['Edit', 'Plan next meeting', 'Upload document']) {
    await expect(delegate.getByRole('link', { name: control })).toHaveCount(0);
  }
  for (const control of ['Open registration', 'Add session', 'Cancel the meeting']) {
    await expect(delegate.getByRole('button', { name: control })).toHaveCount(0);
  }
  await expect(delegate.getByRole('button', { name: /^Remove session/ })).toHaveCount(0);
  await checkA11y(delegate);

  // The delegate's own pages for staff are refused...
  for (const path of [`${meetingPath}/edit`, `${meetingPath}/plan-next`, `${meetingPath}/documents/new`, '/meetings/new']) {
    const response = await delegate.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(delegate.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
    await checkA11y(delegate);
  }

  // ...and so is the same server action sent with the delegate's session.
  const forgedTitle = `Forged session ${Date.now().toString(36)}`;
  const [args] = action.args as [Record<string, unknown>];
  const request = await playwright.request.newContext({ baseURL: origin, storageState: storageStateOf('delegate-kor') });
  const refused = await postAction(request, action, [{ ...args, title: forgedTitle }], origin);
  const body = await refused.text();
  expect(body).toContain('"formError":"forbidden"');
  await request.dispose();

  await staff.reload();
  await expect(staff.getByText(sessionTitle)).toBeVisible();
  await expect(staff.getByText(forgedTitle)).toHaveCount(0);
  await checkA11y(staff);
});

test('[meetings] the meeting form refuses an end before the start and a number the series already has', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  await staff.goto('/meetings/new');
  await expect(staff.getByRole('heading', { level: 1, name: 'New meeting' })).toBeVisible();
  await checkA11y(staff);
  await staff.getByLabel('Number').fill('26');
  await expect(staff.getByLabel('Title')).toHaveValue('Twenty-sixth Senior Officials Meeting of NEASPEC');
  // The host suggests its zone until staff type their own.
  const zone = staff.getByLabel('Time zone');
  await expect(zone).toHaveValue('Asia/Seoul');
  await staff.getByLabel('Host country').selectOption({ label: 'Mongolia' });
  await expect(zone).toHaveValue('Asia/Ulaanbaatar');
  await staff.getByLabel('Host country').selectOption({ label: 'Japan' });
  await expect(zone).toHaveValue('Asia/Tokyo');
  await zone.fill('Asia/Hovd');
  await staff.getByLabel('Host country').selectOption({ label: 'Mongolia' });
  await expect(zone).toHaveValue('Asia/Hovd');
  await staff.getByLabel('First day').fill('2030-05-10');
  await staff.getByLabel('Last day').fill('2030-05-09');
  await staff.getByRole('button', { name: 'Create meeting' }).click();
  await expect(staff.getByText('The end must be after the start.')).toBeVisible();

  // The browser's check passes; the database's unique number is the server's to refuse.
  await staff.getByLabel('Last day').fill('2030-05-11');
  await staff.getByRole('button', { name: 'Create meeting' }).click();
  await expect(staff.getByText('This series already has a meeting with this number.')).toBeVisible();
  await expect(staff).toHaveURL(/\/meetings\/new$/);
  await checkA11y(staff);
});

test('[meetings] the meeting page keeps its two columns within the page, and its tables fit at 1280 px', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  await staff.goto('/?series=SOM');
  await checkA11y(staff);
  await staff.getByRole('row', { name: /No\.\s*26\b/ }).getByRole('link').click();
  await expect(staff.getByRole('heading', { name: 'Participation' })).toBeVisible();
  await checkA11y(staff);
  // What sticks out past the page header's rule (a scrolling table's contents aside), and which tables scroll.
  const layout = () =>
    staff.evaluate(() => {
      const main = document.querySelector('main')!;
      const headerRight = main.querySelector('h1')!.parentElement!.parentElement!.getBoundingClientRect().right;
      let furthest = 0;
      for (const element of main.querySelectorAll('*')) {
        if (element.parentElement?.closest('.overflow-x-auto')) continue;
        furthest = Math.max(furthest, element.getBoundingClientRect().right);
      }
      const scrolling = [...main.querySelectorAll('.overflow-x-auto')].filter((box) => box.scrollWidth > box.clientWidth + 1).length;
      return { overflow: furthest - headerRight, scrolling };
    });
  const wide = await layout();
  expect(wide.overflow).toBeLessThanOrEqual(0.5);
  expect(wide.scrolling).toBe(0);
  await staff.setViewportSize({ width: 1024, height: 800 });
  expect((await layout()).overflow).toBeLessThanOrEqual(0.5);
});
