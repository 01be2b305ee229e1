import type { Page, Request } from '@playwright/test';
import { newSignUp, openQueuePageOf, signUpThroughForm } from './account-journeys';
import { expect, test, uniqueSuffix } from './fixtures';
import { createMeetingThroughForm, meetingTitle, seoulDay } from './meeting-journeys';

/** Holds back the page the browser goes to next, where `matches` says, until the returned function is called. */
async function holdPage(page: Page, matches: (url: URL) => boolean): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(matches, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The answer of the next server action the page calls. */
const actionAnswer = (page: Page) => page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));

/** The paths of the pages the browser prefetches from now on (Next marks those requests). */
function prefetchedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request: Request) => {
    if (request.headers()['next-router-prefetch']) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

test('[navigation] a page prefetches no other page until the reader points at, focuses or touches a link', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const prefetched = prefetchedPaths(staff);
  await staff.goto('/');
  const meetingLink = staff.getByRole('row').nth(1).getByRole('link').first();
  await expect(meetingLink).toBeVisible();
  await staff.waitForLoadState('networkidle');
  await checkA11y(staff);
  // Twenty meetings and the navigation are in view: Next alone would have rendered each of their pages.
  expect(prefetched).toEqual([]);

  const meetingPath = new URL((await meetingLink.getAttribute('href'))!, staff.url()).pathname;
  await meetingLink.hover();
  await expect.poll(() => prefetched).toContain(meetingPath);

  await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).focus();
  await expect.poll(() => prefetched).toContain('/admin/audit');
  expect(prefetched.filter((path) => path !== meetingPath && path !== '/admin/audit')).toEqual([]);

  // The link still leads where it says.
  await meetingLink.click();
  await staff.waitForURL((url) => url.pathname === meetingPath);
  await expect(staff.getByRole('heading', { name: 'Timetable' })).toBeVisible();
  // A meeting's page is within Meetings, and the header says so.
  await expect(staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' })).toHaveAttribute('aria-current', 'true');
  await checkA11y(staff);
});

test('[navigation] a submission answers with its result alone, and the page it stays on is rendered once, by its refresh', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  await staff.goto('/admin/parties');
  const answers: { status: number; bytes: number }[] = [];
  const refreshes: string[] = [];
  // The action's answer is read on its way to the page: the browser drops a body once the page refreshes.
  await staff.route('**/admin/parties', async (route) => {
    if (route.request().method() !== 'POST' || !route.request().headers()['next-action']) return route.continue();
    const response = await route.fetch();
    answers.push({ status: response.status(), bytes: (await response.body()).byteLength });
    await route.fulfill({ response });
  });
  staff.on('request', (request) => {
    if (request.method() === 'GET' && request.headers()['rsc'] && !request.headers()['next-router-prefetch']) refreshes.push(new URL(request.url()).pathname);
  });

  const code = `NAV-${uniqueSuffix().slice(-8).toUpperCase()}`;
  await staff.getByLabel('Kind').selectOption({ label: 'Organization' });
  await staff.getByLabel('Code').fill(code);
  await staff.getByLabel('Name', { exact: true }).fill(`Navigation Partners ${code}`);
  await staff.getByRole('button', { name: 'Add party' }).click();
  await expect(staff.getByRole('row').filter({ hasText: code })).toContainText('Active');
  await checkA11y(staff);

  // The action's answer is the new party, not the parties page rendered again (that was about 20 KB).
  await expect.poll(() => answers.length).toBe(1);
  expect(answers[0]!.status).toBe(200);
  expect(answers[0]!.bytes).toBeLessThan(2_000);
  expect(refreshes).toEqual(['/admin/parties']);
});

test('[navigation] a form that leads to another page stays pending until that page shows, so it cannot be sent twice', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const meetingPath = await createMeetingThroughForm(staff, { title: meetingTitle('Leaving meeting'), startDate: seoulDay(30), endDate: seoulDay(31) }, checkA11y);
  await staff.goto(`${meetingPath}/edit`);
  await checkA11y(staff);
  // The meeting page the saved form goes to is held back until the form has been looked at.
  const release = await holdPage(staff, (url) => url.pathname === meetingPath && url.searchParams.get('notice') === 'saved');
  const description = `Held while leaving ${uniqueSuffix()}`;
  await staff.getByLabel('Description').fill(description);
  const answered = actionAnswer(staff);
  await staff.getByRole('button', { name: 'Save changes' }).click();
  expect((await answered).ok()).toBe(true);
  // The action has answered, and the form is still pending: nothing to click twice.
  await expect(staff.getByRole('button', { name: 'Saving…' })).toBeDisabled();
  await expect(staff.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  release();
  await expect(staff.getByText('The meeting was saved.')).toBeVisible();
  await expect(staff.getByText(description)).toBeVisible();
});

test('[navigation] a decided account waits for the queue to reload with neither of its steps open to a second click', async ({ page, pageAs, checkA11y }) => {
  const person = newSignUp('Held Decision');
  await signUpThroughForm(page, person, { checkA11y });
  const staff = await pageAs('secretariat');
  await openQueuePageOf(staff, person);
  await expect(staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'true');
  const release = await holdPage(staff, (url) => url.pathname === '/admin/accounts' && url.searchParams.get('notice') === 'confirmed');
  const confirm = staff.getByRole('button', { name: `Confirm the account of ${person.name}` });
  const refuse = staff.getByRole('button', { name: `Refuse the account of ${person.name}` });
  await confirm.click();
  const answered = actionAnswer(staff);
  await staff.getByRole('alertdialog').getByRole('button', { name: 'Confirm', exact: true }).click();
  expect((await answered).ok()).toBe(true);
  await expect(staff.getByRole('alertdialog')).toHaveCount(0);
  // Confirmed, and the queue not yet reloaded: the row's steps wait, disabled, instead of offering a refusal to come.
  await expect(confirm).toBeDisabled();
  await expect(refuse).toBeDisabled();
  await checkA11y(staff, '/admin/accounts (decided, reloading)');
  release();
  await expect(staff.getByText('The account was confirmed.')).toBeVisible();
  await expect(confirm).toHaveCount(0);
});

test("[layout] on a phone no page scrolls sideways: the header's links take a row of their own, and wide tables scroll in their frame", async ({ pageAs, checkA11y }) => {
  test.slow();
  const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  const som26 = 'Twenty-sixth Senior Officials Meeting of NEASPEC';
  for (const [account, paths] of [
    ['secretariat', ['/follow-ups', '/programme', '/programme/contributions', '/admin/users', '/admin/parties', '/admin/audit', '/account']],
    ['delegate-kor', ['/account']],
  ] as const) {
    const page = await pageAs(account);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?series=SOM');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' })).toBeInViewport();
    expect(await fitsThePhone(page), `${account} on the meetings list`).toBe(true);
    await checkA11y(page, `${page.url()} (phone)`);
    await page.getByRole('link', { name: som26 }).click();
    await expect(page.getByRole('heading', { level: 1, name: som26 })).toBeVisible();
    const meetingPath = new URL(page.url()).pathname;
    // Staff read the restricted L.1 beside the public papers, so the list says which is which; a delegate reads public ones only.
    await expect(page.getByRole('columnheader', { name: 'Access' })).toHaveCount(account === 'secretariat' ? 1 : 0);
    expect(await fitsThePhone(page), `${account} on ${som26}`).toBe(true);
    await checkA11y(page, `${page.url()} (phone)`);
    await page.getByRole('link', { name: /^NEASPEC Commemorative Statement/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^NEASPEC Commemorative Statement/ })).toBeVisible();
    expect(await fitsThePhone(page), `${account} on the statement`).toBe(true);
    await checkA11y(page, `${page.url()} (phone)`);
    for (const path of [`${meetingPath}/agenda`, `${meetingPath}/participants`, ...(account === 'secretariat' ? [`${meetingPath}/registrations`] : []), ...paths]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await fitsThePhone(page), `${account} on ${path}`).toBe(true);
      await checkA11y(page, `${page.url()} (phone)`);
    }
  }
  // The row of links scrolls to the current section, however far along it is.
  const staff = await pageAs('secretariat');
  await staff.setViewportSize({ width: 390, height: 844 });
  await staff.goto('/admin/outbox');
  await expect(staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' })).toBeInViewport({ ratio: 1 });
  await checkA11y(staff, '/admin/outbox (phone)');
});
