import type { Page } from '@playwright/test';
import {
  accountMenuButton,
  createUserThroughForm,
  demoAccounts,
  demoPassword,
  demoRoles,
  expect,
  firstSignIn,
  newUser,
  setAccountDisabled,
  signIn,
  submitSignIn,
  test,
} from './fixtures';

const sameMessage =
  'The email address or password is not right, or the account cannot sign in. Check them and try again, or ask the secretariat.';

async function expectMeetingsPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  const rows = page.getByRole('row');
  const som27 = rows.filter({ hasText: 'Twenty-seventh Senior Officials Meeting of NEASPEC' });
  const som26 = rows.filter({ hasText: 'Twenty-sixth Senior Officials Meeting of NEASPEC' });
  await expect(som27).toContainText('No. 27');
  await expect(som27).toContainText('Incheon');
  await expect(som27).toContainText('Planned');
  await expect(som26).toContainText('No. 26');
  await expect(som26).toContainText('Seoul, Republic of Korea');
  await expect(som26).toContainText('Concluded');
  // Upcoming meetings first, then past ones (other specs may add later meetings, never earlier ones).
  const titles = await rows.allInnerTexts();
  const indexOf = (ordinal: string) => titles.findIndex((row) => row.includes(`${ordinal} Senior Officials Meeting`));
  expect(indexOf('Twenty-seventh')).toBeLessThan(indexOf('Twenty-sixth'));
}

test('[auth] a signed-out visitor is sent to sign in, and back where they were going after it', async ({ page, checkA11y }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2F$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Sign in to continue.')).toBeVisible();
  await checkA11y(page);

  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);

  await signIn(page, demoAccounts.secretariat.email, demoPassword);
  await expect(page).toHaveURL('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await checkA11y(page);
});

for (const role of demoRoles) {
  const account = demoAccounts[role];
  test(`[auth] ${role} signs in and sees the meetings${account.isSecretariat ? ' and the Users page' : ', without Users'}`, async ({
    page,
    checkA11y,
  }) => {
    await page.goto('/sign-in');
    await checkA11y(page);
    await signIn(page, account.email, demoPassword);
    await expect(page).toHaveURL('/');
    await expectMeetingsPage(page);
    await checkA11y(page);

    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Meetings' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(account.isSecretariat ? 1 : 0);

    // The account menu names the person and their role, and lists email, role and party.
    const menuButton = accountMenuButton(page, account.name);
    await expect(menuButton).toContainText(account.name);
    await expect(menuButton).toContainText(account.roleLabel);
    await menuButton.click();
    const menu = page.getByRole('menu');
    await expect(menu).toContainText('Signed in as');
    await expect(menu).toContainText(account.email);
    await expect(menu).toContainText(`${account.roleLabel} · ${account.partyName}`);
    await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    if (account.isSecretariat) {
      await nav.getByRole('link', { name: 'Users' }).click();
      await expect(page).toHaveURL('/admin/users');
      await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'page');
      await checkA11y(page);
    }
  });
}

test('[auth] a wrong password, an unknown email and a disabled account get the same message', async ({
  page,
  pageAs,
  checkA11y,
}) => {
  // A fresh account that works, then is disabled by the secretariat.
  const user = newUser('Disabled Signin');
  const staff = await pageAs('secretariat');
  await createUserThroughForm(staff, user, checkA11y);
  await checkA11y(staff);
  const before = await pageAs(null);
  await before.goto('/sign-in');
  await checkA11y(before);
  await firstSignIn(before, user, checkA11y);
  await expect(before.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await checkA11y(before);
  await setAccountDisabled(staff, true, checkA11y);

  await page.goto('/sign-in');
  const error = page.getByTestId('sign-in-error');
  const attempts = [
    { what: 'wrong password', email: demoAccounts['delegate-kor'].email, password: 'not-the-password-2026' },
    { what: 'unknown email', email: `nobody.${Date.now()}@e2e.example`, password: demoPassword },
    { what: 'disabled account', email: user.email, password: user.password },
  ];
  for (const attempt of attempts) {
    await submitSignIn(page, attempt.email, attempt.password);
    await expect(error, attempt.what).toHaveText(sameMessage);
    await expect(page, attempt.what).toHaveURL('/sign-in');
    await expect(page.getByLabel('Password'), `${attempt.what}: the password is cleared`).toHaveValue('');
    await expect(page.getByRole('banner')).toHaveCount(0);
  }
  await checkA11y(page, 'sign-in with the error message');

  // Still signed out: the app sends the visitor back to sign in.
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2F$/);
});

test('[auth] after sign-in, a callback to another site is not followed', async ({ page, checkA11y, baseURL }) => {
  // A target on this site is followed; anything a browser would read as another site falls back to the home page.
  const cases = [
    { callbackUrl: `${baseURL}/meetings?x=1`, lands: '/meetings?x=1', heading: 'Page not found' },
    { callbackUrl: 'https://evil.example/meetings?x=1', lands: '/', heading: 'Meetings' },
    { callbackUrl: '//evil.example/steal', lands: '/', heading: 'Meetings' },
    { callbackUrl: '/\\evil.example', lands: '/', heading: 'Meetings' },
    // Browsers drop tabs and newlines from URLs: this is //evil.example/x once they have.
    { callbackUrl: '/\t/evil.example/x', lands: '/', heading: 'Meetings' },
    { callbackUrl: '/.//evil.example', lands: '/', heading: 'Meetings' },
  ];
  for (const { callbackUrl, lands, heading } of cases) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await checkA11y(page);
    await submitSignIn(page, demoAccounts.observer.email, demoPassword);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    expect(page.url(), callbackUrl).toBe(`${baseURL}${lands}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // Signed in, a page not found leads to the meetings of the app, not the public list.
    if (heading === 'Page not found') await expect(page.getByRole('link', { name: 'Go to meetings' })).toHaveAttribute('href', '/');
    await checkA11y(page);
  }
});

test('[auth] the form asks for a valid email and a password before sending', async ({ page, checkA11y }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill('not an email');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await expect(page.getByTestId('sign-in-error')).toHaveCount(0);
  await checkA11y(page, 'sign-in with field errors');
});

test('[auth] the account menu works from the keyboard and passes the accessibility check when open', async ({
  pageAs,
  checkA11y,
}) => {
  const account = demoAccounts.chair;
  const page = await pageAs('chair');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await checkA11y(page);

  const menuButton = accountMenuButton(page, account.name);
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Your account' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
  await checkA11y(page, 'account menu open');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();
});

test('[auth] signing out from the account menu ends the session, in every browser', async ({ page, pageAs, checkA11y }) => {
  // A fresh account: signing out ends every session of the account, and the demo accounts' saved
  // sessions are shared by the other specs.
  const user = newUser('Signs Out', { role: 'Observer', party: 'United Nations Environment Programme (UNEP)' });
  const staff = await pageAs('secretariat');
  await createUserThroughForm(staff, user, checkA11y);
  await checkA11y(staff);
  const elsewhere = await pageAs(null);
  await firstSignIn(elsewhere, user, checkA11y);
  await expectMeetingsPage(elsewhere);
  await checkA11y(elsewhere);

  await page.goto('/sign-in');
  await signIn(page, user.email, user.password);
  await expectMeetingsPage(page);
  await checkA11y(page);

  await accountMenuButton(page, user.name).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/sign-in?signedOut=1');
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await checkA11y(page);

  const cookies = await page.context().cookies();
  expect(cookies.filter((cookie) => cookie.name.includes('session-token'))).toEqual([]);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2F$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  // The other browser still holds its cookie, and its next request finds the session ended.
  await elsewhere.reload();
  await expect(elsewhere).toHaveURL('/sign-in?error=SessionEnded');
  await expect(elsewhere.getByText('Your session has ended: the account was signed out elsewhere')).toBeVisible();
  await checkA11y(elsewhere, 'sign-in, session ended');
  await signIn(elsewhere, user.email, user.password);
  await expectMeetingsPage(elsewhere);
});

test('[auth] five wrong passwords pause signing in to the account, and the audit log shows each attempt', async ({
  page,
  pageAs,
  checkA11y,
}) => {
  const user = newUser('Guessed At');
  const staff = await pageAs('secretariat');
  await createUserThroughForm(staff, user, checkA11y);
  await checkA11y(staff);
  const userId = new URL(staff.url()).pathname.split('/').pop() ?? '';

  await page.goto('/sign-in');
  const error = page.getByTestId('sign-in-error');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await submitSignIn(page, user.email, `wrong-password-${attempt}-2026`);
    await expect(error, `attempt ${attempt}`).toHaveText(sameMessage);
    await expect(page.getByLabel('Password')).toHaveValue('');
  }

  // The right password now: refused without being checked, with when to try again.
  await submitSignIn(page, user.email, user.initialPassword);
  await expect(error).toHaveText(
    /^Too many failed attempts to sign in\. To protect the account, signing in is paused: try again in 1[45] minutes\.$/,
  );
  await expect(page).toHaveURL('/sign-in');
  await expect(page.getByRole('banner')).toHaveCount(0);
  await checkA11y(page, 'sign-in, paused after too many failures');

  // Through next-auth's endpoint itself, as a script would post it: refused the same way.
  const csrf = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { email: user.email, password: user.initialPassword, csrfToken: csrf.csrfToken, json: 'true' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(401);
  expect(((await response.json()) as { url: string }).url).toMatch(/[?&]error=SignInThrottled%3A\d+$/);
  expect((await page.context().cookies()).filter((cookie) => cookie.name.includes('session-token'))).toEqual([]);

  // Staff see five failures and the refusals on the account, in the audit log.
  await staff.goto('/admin/audit?entity=user');
  const rowsOfAccount = staff.getByRole('row').filter({ has: staff.locator(`a[href="/admin/users/${userId}"]`) });
  await expect(rowsOfAccount.filter({ hasText: 'Sign-in failed' })).toHaveCount(5);
  await expect(rowsOfAccount.filter({ hasText: 'Sign-in refused after too many failures' })).toHaveCount(2);
  await expect(rowsOfAccount.filter({ hasText: 'Sign-in failed' }).first()).toContainText('Why: wrong password');
  await checkA11y(staff);
});

test('[auth] someone already signed in who opens the sign-in page goes on where they were going', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const cases = [
    { path: '/sign-in', lands: '/', heading: 'Meetings' },
    { path: `/sign-in?callbackUrl=${encodeURIComponent('/admin/users?page=1')}`, lands: '/admin/users?page=1', heading: 'Users' },
    // Only through safeCallbackPath: another site, or a repeated parameter, means the home page.
    { path: `/sign-in?callbackUrl=${encodeURIComponent('//evil.example/steal')}`, lands: '/', heading: 'Meetings' },
    { path: '/sign-in?callbackUrl=%2Fadmin%2Fusers&callbackUrl=%2Fmeetings%2Fnew', lands: '/', heading: 'Meetings' },
  ];
  for (const { path, lands, heading } of cases) {
    await staff.goto(path);
    await expect(staff.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
    expect(new URL(staff.url()).pathname + new URL(staff.url()).search, path).toBe(lands);
    await checkA11y(staff);
  }
});

test('[auth] a repeated callbackUrl parameter still lets a visitor sign in, to the home page', async ({ page, checkA11y }) => {
  const response = await page.goto('/sign-in?callbackUrl=%2Fadmin%2Fusers&callbackUrl=%2Fmeetings%2Fnew');
  expect(response?.status()).toBe(200);
  await checkA11y(page);
  await submitSignIn(page, demoAccounts.observer.email, demoPassword);
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await checkA11y(page);
});

test('[auth] a sign-in sent before the page’s script has loaded never puts the password in the address', async ({ browser }) => {
  // No script at all: the form as the browser sends it by itself, before hydration.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
  try {
    const page = await context.newPage();
    await page.goto('/sign-in');
    const sent = page.waitForRequest((request) => request.isNavigationRequest() && new URL(request.url()).pathname === '/sign-in');
    await submitSignIn(page, demoAccounts.secretariat.email, demoPassword);
    const request = await sent;
    expect(request.method()).toBe('POST');
    expect(request.url()).not.toContain(encodeURIComponent(demoPassword));
    expect(page.url()).not.toContain(encodeURIComponent(demoPassword));
  } finally {
    await context.close();
  }
});
