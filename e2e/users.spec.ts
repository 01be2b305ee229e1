import {
  accountMenuButton,
  createUserThroughForm,
  expect,
  fillNewUserForm,
  firstSignIn,
  newUser,
  searchUsers,
  setAccountDisabled,
  signIn,
  storageStateOf,
  submitSignIn,
  test,
  uniqueSuffix,
} from './fixtures';
import { captureCreateUserAction, createUserArgs, postAction } from './server-actions';

test.use({ storageState: storageStateOf('secretariat') });

test('[users] the secretariat creates a user, who can then sign in', async ({ page, pageAs, checkA11y }) => {
  const user = newUser('Created Person', { role: 'Delegate', party: 'Mongolia (MNG)' });
  await page.goto('/admin/users');
  await checkA11y(page);
  await page.getByRole('link', { name: 'New user' }).click();
  await expect(page).toHaveURL('/admin/users/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New user' })).toBeVisible();
  await checkA11y(page);

  await fillNewUserForm(page, user);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}\?notice=created$/);
  await expect(page.getByRole('heading', { level: 1, name: user.name })).toBeVisible();
  await expect(page.getByText(user.email)).toBeVisible();
  await expect(page.getByText('The account was created. The person can now sign in with the initial password, and will choose their own.')).toBeVisible();
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('delegate');
  await expect(page.getByLabel('Party', { exact: true }).locator('option:checked')).toHaveText('Mongolia (MNG)');
  await expect(page.getByRole('region', { name: 'Password' })).toContainText('They have a temporary password and must choose their own');
  await checkA11y(page);
  const userPage = page.url();

  await page.getByRole('link', { name: 'All users' }).click();
  await searchUsers(page, user.email);
  const row = page.getByRole('row').filter({ hasText: user.email });
  await expect(row).toContainText(user.name);
  await expect(row).toContainText('Delegate');
  await expect(row).toContainText('Mongolia');
  await expect(row).toContainText('Active');
  await checkA11y(page);

  // The new person signs in, in a browser of their own, and replaces the password staff know with their own.
  const person = await pageAs(null);
  await person.goto('/sign-in');
  await checkA11y(person);
  await firstSignIn(person, user, checkA11y);
  await expect(person.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  // The list's first page (its header, then meetings), whichever meetings other tests have added before the demo's.
  await expect(person.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expect(accountMenuButton(person, user.name)).toContainText('Delegate');
  await expect(person.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
  await checkA11y(person);

  // Staff no longer see a temporary password, and the initial one no longer signs in.
  await page.goto(userPage);
  await expect(page.getByRole('region', { name: 'Password' })).toContainText('If they have lost their password');
  const again = await pageAs(null);
  await again.goto('/sign-in');
  await submitSignIn(again, user.email, user.initialPassword);
  await expect(again.getByTestId('sign-in-error')).toBeVisible();
  await checkA11y(again, 'sign-in, the initial password refused');
  await signIn(again, user.email, user.password);
  await expect(again.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await checkA11y(again);
});

test('[users] the form shows field errors for a bad and a taken email, and creates nothing', async ({ page, checkA11y }) => {
  // A bad email is refused on the field before anything is sent.
  const badEmail = newUser('Bad Email', { email: 'not-an-email' });
  await page.goto('/admin/users/new');
  await fillNewUserForm(page, badEmail);
  await page.getByRole('button', { name: 'Create user' }).click();
  const email = page.getByLabel('Email address');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Enter a valid email address.');
  await expect(page).toHaveURL('/admin/users/new');
  await checkA11y(page, 'new user form with a bad email');

  // A taken email (in other letter case) is refused by the server, and its error lands on the field.
  const existing = newUser('Existing Email');
  await createUserThroughForm(page, existing);
  await checkA11y(page);
  const duplicate = newUser('Duplicate Email', { email: existing.email.toUpperCase() });
  await page.goto('/admin/users/new');
  await fillNewUserForm(page, duplicate);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(email).toHaveAccessibleDescription('An account with this email address already exists.');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email, 'the field the server refused takes the focus').toBeFocused();
  await expect(page).toHaveURL('/admin/users/new');
  await expect(page.getByRole('button', { name: 'Create user' })).toBeEnabled();
  await checkA11y(page, 'new user form with a taken email');

  // Nothing was created for either refusal.
  await page.goto('/admin/users');
  await searchUsers(page, badEmail.name);
  await expect(page.getByText(`No account matches “${badEmail.name}”.`)).toBeVisible();
  await expect(page.getByText('No results')).toBeVisible();
  await checkA11y(page);
  await searchUsers(page, duplicate.name);
  await expect(page.getByText(`No account matches “${duplicate.name}”.`)).toBeVisible();
  await searchUsers(page, existing.email);
  await expect(page.getByText('1 result', { exact: true })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: existing.email })).toContainText(existing.name);
});

test('[users] a change of role and party persists, and ends the person’s session so they sign in under the new role', async ({
  page,
  pageAs,
  checkA11y,
}) => {
  const user = newUser('Role Change', { role: 'Delegate', party: 'Mongolia (MNG)' });
  await createUserThroughForm(page, user, checkA11y);
  await checkA11y(page);

  const person = await pageAs(null);
  await person.goto('/sign-in');
  await checkA11y(person);
  await firstSignIn(person, user, checkA11y);
  await expect(accountMenuButton(person, user.name)).toContainText('Delegate');
  await checkA11y(person);

  const role = page.getByLabel('Role', { exact: true });
  const party = page.getByLabel('Party', { exact: true });
  const save = page.getByRole('button', { name: 'Save' });

  // A delegate must belong to a party.
  await party.selectOption({ label: 'No party' });
  await save.click();
  await expect(party).toHaveAccessibleDescription('A delegate must belong to a party.');
  await checkA11y(page, 'role form with an error');

  await role.selectOption({ label: 'Observer' });
  await party.selectOption({ label: 'United Nations Environment Programme (UNEP)' });
  await save.click();
  await expect(page.getByText('Role and party saved.')).toBeVisible();
  await checkA11y(page, 'role form saved');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: user.name })).toBeVisible();
  await expect(role).toHaveValue('observer');
  await expect(party.locator('option:checked')).toHaveText('United Nations Environment Programme (UNEP)');
  await checkA11y(page);

  await page.getByRole('link', { name: 'All users' }).click();
  await searchUsers(page, user.email);
  const row = page.getByRole('row').filter({ hasText: user.email });
  await expect(row).toContainText('Observer');
  await expect(row).toContainText('United Nations Environment Programme');
  await checkA11y(page);

  // The person's next request finds their session ended; signed in again, they have the new role and party.
  await person.reload();
  await expect(person).toHaveURL('/sign-in?error=SessionEnded');
  await expect(person.getByText('Your session has ended: the account was signed out elsewhere, or its password or role changed.')).toBeVisible();
  await checkA11y(person, 'sign-in, session ended by a role change');
  await signIn(person, user.email, user.password);
  const menuButton = accountMenuButton(person, user.name);
  await expect(menuButton).toContainText('Observer');
  await menuButton.click();
  await expect(person.getByRole('menu')).toContainText('Observer · United Nations Environment Programme');
});

test('[users] a disabled account is signed out at its next request, and can sign in again once enabled', async ({
  page,
  pageAs,
  checkA11y,
}) => {
  const user = newUser('Disable Me');
  await createUserThroughForm(page, user, checkA11y);
  await checkA11y(page);

  const person = await pageAs(null);
  await person.goto('/sign-in');
  await checkA11y(person);
  await firstSignIn(person, user, checkA11y);
  await expect(person.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await checkA11y(person);

  // Disabling asks first; cancelling changes nothing.
  await page.getByRole('button', { name: 'Disable account' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Disable ${user.name}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('They are signed out at their next request');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();

  await setAccountDisabled(page, true, checkA11y);
  await expect(page.getByText('Disabled', { exact: true })).toBeVisible();
  await expect(page.getByText('This account is disabled and cannot sign in.')).toBeVisible();
  await checkA11y(page, 'user page, disabled');

  // Their next request sends them to sign in, with a word about why.
  await person.reload();
  await expect(person).toHaveURL('/sign-in?error=AccountDisabled');
  await expect(person.getByText('Your account is no longer active. Ask the secretariat if you need access.')).toBeVisible();
  await checkA11y(person, 'sign-in, account disabled');
  await submitSignIn(person, user.email, user.password);
  await expect(person.getByTestId('sign-in-error')).toBeVisible();
  await expect(person).toHaveURL(/\/sign-in/);
  await person.goto('/');
  await expect(person).toHaveURL(/\/sign-in/);

  await setAccountDisabled(page, false, checkA11y);
  await expect(page.getByText('Active', { exact: true })).toBeVisible();
  await checkA11y(page, 'user page, enabled again');

  const again = await pageAs(null);
  await again.goto('/sign-in');
  await checkA11y(again);
  await signIn(again, user.email, user.password);
  await expect(again.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await checkA11y(again);
});

test('[users] the user list searches and pages', async ({ page, checkA11y, baseURL }) => {
  // 22 accounts that share one tag; the list shows 20 a page. The first goes through the form, the
  // others repeat its server action call (quicker than filling the form 21 more times).
  const tag = `Pager${uniqueSuffix()}`;
  const total = 22;
  const names = Array.from({ length: total }, (_, i) => `${tag} Person ${String(i + 1).padStart(2, '0')}`);
  const first = newUser('x', { name: names[0] ?? '', email: `${tag.toLowerCase()}.01@e2e.example` });
  const action = await captureCreateUserAction(page, first, checkA11y);
  await checkA11y(page);
  for (let i = 1; i < total; i += 1) {
    const user = { name: names[i] ?? '', email: `${tag.toLowerCase()}.${String(i + 1).padStart(2, '0')}@e2e.example` };
    const response = await postAction(page.request, action, createUserArgs(action, user), baseURL ?? '');
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('"ok":true');
  }

  await page.goto('/admin/users');
  await searchUsers(page, tag.toLowerCase());
  await expect(page.getByText(`${total} results`)).toBeVisible();
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination).toContainText('Page 1 of 2');
  const bodyRows = page.locator('tbody').getByRole('row');
  await expect(bodyRows).toHaveCount(20);
  await expect(bodyRows.first()).toContainText(names[0] ?? '');
  await expect(pagination.getByRole('link', { name: 'Previous' })).toHaveCount(0);
  await checkA11y(page);

  await pagination.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(`/admin/users?query=${tag.toLowerCase()}&page=2`);
  await expect(pagination).toContainText('Page 2 of 2');
  await expect(bodyRows).toHaveCount(total - 20);
  await expect(bodyRows.last()).toContainText(names[total - 1] ?? '');
  await expect(pagination.getByRole('link', { name: 'Next' })).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search users' })).toHaveValue(tag.toLowerCase());
  await checkA11y(page, 'user list, page 2');

  await pagination.getByRole('link', { name: 'Previous' }).click();
  await expect(page).toHaveURL(`/admin/users?query=${tag.toLowerCase()}`);
  await expect(pagination).toContainText('Page 1 of 2');

  // A narrow search finds one account; a search without match says so; Clear shows everyone again.
  await searchUsers(page, names[6] ?? '');
  await expect(page.getByText('1 result', { exact: true })).toBeVisible();
  await expect(bodyRows).toHaveCount(1);
  await expect(bodyRows.first()).toContainText(names[6] ?? '');
  await expect(pagination).toHaveCount(0);

  const nothing = `nobody-${uniqueSuffix()}`;
  await searchUsers(page, nothing);
  await expect(page.getByText(`No account matches “${nothing}”.`)).toBeVisible();
  await checkA11y(page, 'user list, no match');
  await page.getByRole('link', { name: 'Clear' }).click();
  await expect(page).toHaveURL('/admin/users');
  await expect(page.getByRole('searchbox', { name: 'Search users' })).toHaveValue('');
  await expect(page.getByRole('row').filter({ hasText: 'secretariat@neaspec.example' })).toBeVisible();
});
