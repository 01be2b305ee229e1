import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, uniqueSuffix } from './fixtures';
import { createMeetingThroughForm, uploadPaperThroughForm } from './meeting-journeys';

type Header = { name: string; value: string };
/** A page's response (async headers) or an API response (sync ones). */
type HeaderSource = { headersArray: () => Header[] | Promise<Header[]> };

/**
 * Checks the security headers of one response (the e2e server's public address is plain HTTP, so no
 * HSTS) and gives back the script nonce of its Content-Security-Policy.
 */
async function expectSecurityHeaders(response: HeaderSource | null, what: string): Promise<string> {
  const all = (await response?.headersArray()) ?? [];
  const values = (name: string) => all.filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
  const policies = values('content-security-policy');
  expect(policies, `${what}: one Content-Security-Policy`).toHaveLength(1);
  const directives = new Map(
    (policies[0] ?? '').split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  const scriptSources = directives.get('script-src') ?? [];
  expect(scriptSources, `${what}: script-src`).not.toContain("'unsafe-inline'");
  expect(scriptSources, `${what}: script-src`).not.toContain("'unsafe-eval'");
  expect(directives.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(values('x-content-type-options'), what).toEqual(['nosniff']);
  expect(values('referrer-policy'), what).toEqual(['strict-origin-when-cross-origin']);
  expect(values('permissions-policy')[0], what).toMatch(/(^|, )camera=\(\)(, |$)/);
  expect(values('permissions-policy')[0], what).toMatch(/(^|, )microphone=\(\)(, |$)/);
  expect(values('permissions-policy')[0], what).toMatch(/(^|, )geolocation=\(\)(, |$)/);
  expect(values('strict-transport-security'), `${what}: no HSTS over plain HTTP`).toEqual([]);
  const nonce = scriptSources.find((s) => s.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce, `${what}: a script nonce`).toMatch(/^[A-Za-z0-9+/]{16,}={0,2}$/);
  return nonce ?? '';
}

/** The nonce of every script element of the page (browsers hide the attribute, not the property). */
function scriptNonces(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.scripts].map((script) => script.nonce ?? ''));
}

/** An iCalendar file's lines, with folded long lines joined back. */
function icsLines(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

test('[http] every page comes with a nonce-based Content-Security-Policy, stamped on its scripts, and the other headers', async ({
  page,
  pageAs,
  checkA11y,
}) => {
  const first = await page.goto('/sign-in');
  const nonce = await expectSecurityHeaders(first, '/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const nonces = await scriptNonces(page);
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
  await checkA11y(page);

  // A fresh nonce for every response, or it would be a password written on the page.
  const second = await page.reload();
  expect(await expectSecurityHeaders(second, '/sign-in, again')).not.toBe(nonce);

  // The redirect of a signed-out visitor carries them too.
  const redirect = await page.request.get('/admin/users', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  await expectSecurityHeaders(redirect, 'the redirect to sign in');

  const staff = await pageAs('secretariat');
  const meetings = await staff.goto('/');
  const staffNonce = await expectSecurityHeaders(meetings, '/ signed in');
  await expect(staff.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  expect(new Set(await scriptNonces(staff))).toEqual(new Set([staffNonce]));
  await checkA11y(staff);
});

test('[http] static files are for anyone, signed in or not; pages still ask to sign in', async ({ page }) => {
  const icon = await page.request.get('/icon.svg', { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect((await icon.text()).trimStart()).toMatch(/^<svg[\s>]/);
  await expectSecurityHeaders(icon, '/icon.svg');

  for (const path of ['/', '/admin/users', '/meetings/new']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()['location'], path).toBe(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
});

test('[http] a document download and the calendar file carry the headers; the calendar links to the public address and follows a cancellation', async ({
  page,
  pageAs,
  checkA11y,
  baseURL,
}) => {
  // Staff plan an expert meeting of their own (other specs work on the SOMs) with a session and a public paper.
  const staff = await pageAs('secretariat');
  const title = `Expert Group Meeting on headers ${uniqueSuffix()}`;
  const meetingPath = await createMeetingThroughForm(staff, { title, startDate: '2031-06-02', endDate: '2031-06-03' }, checkA11y);
  await expect(staff.getByText('The meeting was created.')).toBeVisible();
  const publicPath = meetingPath.replace('/meetings/', '/public/meetings/');

  await staff.getByLabel('Session', { exact: true }).fill('Opening session');
  await staff.getByRole('button', { name: 'Add session' }).click();
  await expect(staff.getByText('The session was added.')).toBeVisible();

  await uploadPaperThroughForm(staff, { title: 'Provisional agenda', isPublic: true, fileName: 'agenda.pdf' }, checkA11y);
  await checkA11y(staff);

  // Signed out, the public page links the paper; its download is a route handler's response.
  await page.goto(publicPath);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await checkA11y(page);
  const href = await page.getByRole('link', { name: /^Download .+, English$/ }).getAttribute('href');
  expect(href).toMatch(/^\/files\/[0-9a-f-]{36}$/);
  const download = await page.request.get(href ?? '');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  await expectSecurityHeaders(download, 'a document download');

  // The calendar file: headers, and links to the meeting at the public address (NEXTAUTH_URL, here baseURL).
  const calendarPath = `${publicPath}/calendar.ics`;
  const calendar = await page.request.get(calendarPath);
  expect(calendar.status()).toBe(200);
  await expectSecurityHeaders(calendar, 'the calendar file');
  const lines = icsLines(await calendar.text());
  const links = lines.filter((line) => line.startsWith('URL')).map((line) => new URL(line.replace(/^URL[^:]*:/, '')));
  expect(links).toHaveLength(2);
  for (const link of links) expect(link.href).toBe(`${new URL(baseURL ?? '').origin}${publicPath}`);
  expect(lines.filter((line) => line.startsWith('STATUS:'))).toEqual(['STATUS:CONFIRMED', 'STATUS:CONFIRMED']);

  // Staff cancel the meeting in the browser...
  await staff.goto(meetingPath);
  await staff.getByRole('button', { name: 'Cancel the meeting' }).click();
  const dialog = staff.getByRole('alertdialog');
  await dialog.getByLabel('Reason for cancelling').fill('The host can no longer receive the meeting.');
  await checkA11y(staff, `${meetingPath} (cancel dialog)`);
  await dialog.getByRole('button', { name: 'Cancel the meeting' }).click();
  // (Not the "now Cancelled" notice: it goes when the refreshed page has no lifecycle steps left.)
  await expect(staff.getByText('Cancelled: The host can no longer receive the meeting.')).toBeVisible();
  await checkA11y(staff);

  // ...and the calendar file downloaded from the public page says so, for the meeting and its session.
  await page.reload();
  await expect(page.getByText('This meeting was cancelled: The host can no longer receive the meeting.')).toBeVisible();
  await checkA11y(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Add to calendar (.ics)' }).click()]);
  const cancelled = icsLines(await readFile((await file.path()) ?? '', 'utf8'));
  expect(cancelled.filter((line) => line.startsWith('STATUS:'))).toEqual(['STATUS:CANCELLED', 'STATUS:CANCELLED']);
});

test('[http] junk search parameters on the lists never make an error page', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const long = 'x'.repeat(5000);
  const cases = [
    { path: `/admin/users?query=${long}`, heading: 'Users' },
    { path: '/admin/users?query=a&query=b', heading: 'Users' },
    { path: '/admin/users?page=-3&page=x&query=', heading: 'Users' },
    { path: `/?series=${long}&year=abc&year=2023&page=-1&page=2`, heading: 'Meetings' },
    { path: `/?page=${'9'.repeat(400)}&series=SOM&series=EGM`, heading: 'Meetings' },
  ];
  for (const { path, heading } of cases) {
    const response = await staff.goto(path);
    expect(response?.status(), path.slice(0, 80)).toBe(200);
    await expect(staff.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await checkA11y(staff, path.slice(0, 80));
  }
  // An unusable query is no query: the search box is empty and the list unfiltered.
  await staff.goto('/admin/users?query=a&query=b');
  await expect(staff.getByRole('searchbox', { name: 'Search users' })).toHaveValue('');
});

test('[http] the benchmark\'s reference pages do not exist unless the benchmark turns them on', async ({ pageAs }) => {
  // The e2e server runs without BENCH_FLOOR, as every real server does.
  const staff = await pageAs('secretariat');
  const referencePages = [
    { path: '/bench-floor', heading: 'Framework floor' },
    { path: '/bench-shell', heading: 'Signed-in shell' },
  ];
  for (const { path, heading } of referencePages) {
    const response = await staff.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(heading);
  }
});
