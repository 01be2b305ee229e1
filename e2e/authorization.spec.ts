import { randomUUID } from 'node:crypto';
import { accountMenuButton, demoAccounts, expect, newUser, searchUsers, storageStateOf, test, type DemoRole } from './fixtures';
import { captureCreateUserAction, createUserArgs, postAction } from './server-actions';

const otherRoles: DemoRole[] = ['chair', 'delegate-kor', 'delegate-jpn', 'observer'];

test.describe('a delegate', () => {
  test.use({ storageState: storageStateOf('delegate-kor') });

  test('[authorization] a delegate gets the 403 page for user administration, and has no Users link', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await expect(accountMenuButton(page, demoAccounts['delegate-kor'].name)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
    await checkA11y(page);

    for (const path of ['/admin/users', '/admin/users/new', `/admin/users/${randomUUID()}`]) {
      const response = await page.goto(path);
      // Soft, so the rest of the refusal is checked even while the status is wrong.
      expect.soft(response?.status(), `HTTP status of ${path}`).toBe(403);
      await expect(page).toHaveURL(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Not available to your role' })).toBeVisible();
      await expect(page.getByText('This page is for secretariat staff.')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'New user' })).toHaveCount(0);
      await checkA11y(page);
    }

    await page.getByRole('link', { name: 'Go to meetings' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  });
});

test('[authorization] only the secretariat may open user administration', async ({ pageAs, checkA11y }) => {
  for (const role of otherRoles) {
    const page = await pageAs(role);
    const response = await page.goto('/admin/users');
    expect.soft(response?.status(), `HTTP status of /admin/users for ${role}`).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'Not available to your role' })).toBeVisible();
    await checkA11y(page, `${role}: /admin/users`);
  }
  const staff = await pageAs('secretariat');
  const response = await staff.goto('/admin/users');
  expect(response?.status()).toBe(200);
  await expect(staff.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await checkA11y(staff);
});

test('[authorization] a forged create-user call by a signed-in delegate is refused and creates nothing', async ({
  pageAs,
  playwright,
  baseURL,
  checkA11y,
}) => {
  const origin = baseURL ?? '';
  // The secretariat creates someone through the form; the browser's server action call is captured.
  const staff = await pageAs('secretariat');
  const action = await captureCreateUserAction(staff, newUser('Captured Call'), checkA11y);
  await checkA11y(staff);

  // The delegate sends the same call, for another email, with their own session.
  const forged = newUser('Forged Delegate');
  const delegate = await playwright.request.newContext({ baseURL: origin, storageState: storageStateOf('delegate-kor') });
  const refused = await postAction(delegate, action, createUserArgs(action, forged), origin);
  const refusedBody = await refused.text();
  expect(refused.status(), refusedBody).toBe(200);
  expect(refusedBody).toContain('"formError":"forbidden"');
  expect(refusedBody).not.toContain('"ok":true');
  await delegate.dispose();

  // Signed out, the same call does not reach the action at all: it is sent to sign in.
  const anonymous = newUser('Forged Anonymous');
  const visitor = await playwright.request.newContext({ baseURL: origin });
  const redirected = await postAction(visitor, action, createUserArgs(action, anonymous), origin);
  expect(redirected.status()).toBe(307);
  expect(redirected.headers()['location']).toContain('/sign-in');
  await visitor.dispose();

  // The same call with the secretariat's session works: the forged call was well formed.
  const control = newUser('Replayed Staff');
  const accepted = await postAction(staff.request, action, createUserArgs(action, control), origin);
  expect(accepted.status()).toBe(200);
  expect(await accepted.text()).toContain('"ok":true');

  // Only the secretariat's accounts exist.
  await staff.goto('/admin/users');
  await checkA11y(staff);
  await searchUsers(staff, forged.email);
  await expect(staff.getByText(`No account matches “${forged.email}”.`)).toBeVisible();
  await checkA11y(staff, 'user list, no match');
  await searchUsers(staff, anonymous.email);
  await expect(staff.getByText(`No account matches “${anonymous.email}”.`)).toBeVisible();
  await searchUsers(staff, control.email);
  await expect(staff.getByRole('row').filter({ hasText: control.email })).toContainText(control.name);
});
