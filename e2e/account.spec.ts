import type { Page } from '@playwright/test';
import {
  accountMenuButton,
  createUserThroughForm,
  expect,
  firstSignIn,
  newUser,
  signIn,
  submitSignIn,
  test,
} from './fixtures';
import { captureCreateUserAction, createUserArgs, postAction } from './server-actions';

// Every spec here uses accounts of its own: a password change or a reset ends the account's other
// sessions, and the demo accounts' saved sessions are shared by the other specs.

const newPassword = 'a new passphrase for 2026';

/** Fills the change-password form (on /account or /change-password) and sends it. */
async function submitPasswordChange(page: Page, current: string, next: string, confirmation = next): Promise<void> {
  await page.getByLabel(/^(Current|Temporary) password$/).fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('New password again').fill(confirmation);
  await page.getByRole('button', { name: /^(Change password|Save and continue)$/ }).click();
}

test('[account] a person changes their password: the current one is asked for, this browser stays signed in, others end', async ({
  pageAs,
  checkA11y,
}) => {
  const user = newUser('Changes Password');
  const staff = await pageAs('secretariat');
  await createUserThroughForm(staff, user, checkA11y);
  await checkA11y(staff);

  const page = await pageAs(null);
  await page.goto('/sign-in');
  await checkA11y(page);
  await firstSignIn(page, user, checkA11y);
  await checkA11y(page);
  const elsewhere = await pageAs(null);
  await signIn(elsewhere, user.email, user.password);
  await checkA11y(elsewhere);

  // The account page, from the account menu.
  await accountMenuButton(page, user.name).click();
  await page.getByRole('menuitem', { name: 'Your account' }).click();
  await expect(page).toHaveURL('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText(user.email);
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Mongolia');
  await checkA11y(page);

  const current = page.getByLabel('Current password');
  const next = page.getByLabel('New password', { exact: true });
  const again = page.getByLabel('New password again');

  // The browser checks the rules first: a common password, and two that differ.
  await submitPasswordChange(page, user.password, 'Password1234', 'Password1234');
  await expect(next).toHaveAccessibleDescription('This is one of the most common passwords, which are tried first. Choose another.');
  await submitPasswordChange(page, user.password, newPassword, `${newPassword}!`);
  await expect(again).toHaveAccessibleDescription('The two passwords are not the same.');
  await checkA11y(page, 'account page with field errors');

  // The server checks the current password, and the email.
  await submitPasswordChange(page, 'not-my-password-2026', newPassword);
  await expect(current).toHaveAccessibleDescription('This is not your current password.');
  await expect(current).toBeFocused();
  await submitPasswordChange(page, user.password, user.email.toUpperCase());
  await expect(next).toHaveAccessibleDescription('Do not use the email address of the account as its password.');

  await submitPasswordChange(page, user.password, newPassword);
  await expect(page.getByText('Your password was changed. Any other session of your account was signed out.')).toBeVisible();
  await expect(current).toHaveValue('');
  await checkA11y(page, 'account page, password changed');

  // This browser stays signed in: its session was renewed with the change.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();

  // The other browser's session has ended.
  await elsewhere.reload();
  await expect(elsewhere).toHaveURL('/sign-in?error=SessionEnded');
  await checkA11y(elsewhere, 'sign-in, session ended by a password change');
  await submitSignIn(elsewhere, user.email, user.password);
  await expect(elsewhere.getByTestId('sign-in-error')).toBeVisible();
  await signIn(elsewhere, user.email, newPassword);
  await expect(elsewhere.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
});

test('[account] the secretariat resets a password: shown once, it makes the person choose a new one before anything else', async ({
  pageAs,
  checkA11y,
  baseURL,
}) => {
  // A staff account, so the test can replay a staff action with the person's session.
  const user = newUser('Forgot Password', { role: 'Secretariat', party: 'United Nations ESCAP (ESCAP)' });
  const staff = await pageAs('secretariat');
  const createUser = await captureCreateUserAction(staff, user, checkA11y);
  await checkA11y(staff);
  const userPage = staff.url();

  const person = await pageAs(null);
  await firstSignIn(person, user, checkA11y);
  await checkA11y(person);

  // Staff reset the password after a confirmation, and see the temporary one once.
  const passwordPanel = staff.getByRole('region', { name: 'Password' });
  await passwordPanel.getByRole('button', { name: 'Reset password' }).click();
  const dialog = staff.getByRole('alertdialog', { name: `Reset the password of ${user.name}?` });
  await expect(dialog).toContainText('they are signed out everywhere');
  await checkA11y(staff, 'reset password dialog');
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await expect(dialog).toBeHidden();
  await expect(passwordPanel).toContainText(`The temporary password of ${user.name}, shown only this once:`);
  const temporaryPassword = (await staff.getByTestId('temporary-password').textContent()) ?? '';
  expect(temporaryPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await expect(passwordPanel).toContainText('They have a temporary password and must choose their own at their next sign-in.');
  await checkA11y(staff, 'user page with the temporary password');
  await staff.reload();
  await expect(staff.getByTestId('temporary-password')).toHaveCount(0);

  // The person's session has ended; the old password no longer works, the temporary one does.
  await person.reload();
  await expect(person).toHaveURL('/sign-in?error=SessionEnded');
  await checkA11y(person, 'sign-in, session ended by a reset');
  await submitSignIn(person, user.email, user.password);
  await expect(person.getByTestId('sign-in-error')).toBeVisible();
  await submitSignIn(person, user.email, temporaryPassword);
  await expect(person).toHaveURL('/change-password');
  await expect(person.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await checkA11y(person);

  // Every page sends them back here, and every other action is refused.
  for (const path of ['/', '/admin/users', '/account']) {
    await person.goto(path);
    await expect(person, path).toHaveURL('/change-password');
  }
  const other = newUser('Not Created');
  const response = await postAction(person.request, createUser, createUserArgs(createUser, other), baseURL ?? '');
  expect(await response.text()).toContain('"formError":"passwordChangeRequired"');

  // They choose their own, with the temporary one as the current password, and go on into the app.
  await submitPasswordChange(person, temporaryPassword, temporaryPassword);
  await expect(person.getByLabel('New password', { exact: true })).toHaveAccessibleDescription(
    'Choose a password different from the current one.',
  );
  await checkA11y(person, 'change-password page with an error');
  await submitPasswordChange(person, temporaryPassword, newPassword);
  await expect(person.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(person).toHaveURL('/');
  await person.goto('/admin/users');
  await expect(person.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await checkA11y(person);

  await staff.goto(userPage);
  await expect(staff.getByRole('region', { name: 'Password' })).toContainText('If they have lost their password');
  await checkA11y(staff);
});
