import {
  acceptInvitationThroughForm,
  confirmAccountThroughQueue,
  inviteThroughForm,
  meetingWithRegistrationOpen,
  newInvitee,
  newSignUp,
  refuseAccountThroughQueue,
  signInToRegister,
  signUpThroughForm,
} from './account-journeys';
import { accountMenuButton, demoAccounts, expect, submitSignIn, test, uniqueSuffix } from './fixtures';

// Journeys of several people in several browsers, each step checked with axe: longer than most specs.
test.slow();

test('[accounts] a visitor signs up for Mongolia from a meeting’s page, waits for the secretariat, then signs in to register', async ({
  page,
  pageAs,
  checkA11y,
}) => {
  const staff = await pageAs('secretariat');
  const meeting = await meetingWithRegistrationOpen(staff, checkA11y);
  const person = newSignUp('Signed Up');

  await signUpThroughForm(page, person, { meetingId: meeting.id, checkA11y });
  await expect(page.getByText('Once it is confirmed, sign in to register for the meeting:')).toBeVisible();

  // Not yet: the account waits for confirmation, and the sign-in page says so.
  await page.getByRole('link', { name: 'Sign in after confirmation' }).click();
  await expect(page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(`/meetings/${meeting.id}/register`)}`);
  await submitSignIn(page, person.email, person.password);
  await expect(page.getByTestId('sign-in-error')).toHaveText(
    "Your account waits for the secretariat's confirmation. You will get an email when it is confirmed, and can sign in then.",
  );
  await checkA11y(page);

  // Staff see it waiting, with the party it claims, and confirm it.
  await staff.goto('/admin/users');
  await checkA11y(staff);
  await staff.getByRole('link', { name: /^Waiting for confirmation/ }).click();
  await checkA11y(staff);
  await confirmAccountThroughQueue(staff, person, checkA11y);
  await expect(staff.getByRole('button', { name: `Confirm the account of ${person.name}` })).toHaveCount(0);

  // Now the same sign-in goes through, straight to the meeting's registration.
  await signInToRegister(page, person, meeting.id);
  await checkA11y(page);
  await page.goto('/');
  await expect(accountMenuButton(page, person.name)).toBeVisible();
  await checkA11y(page);
});

test('[accounts] a refused sign-up cannot sign in, and says so', async ({ page, pageAs, checkA11y }) => {
  const person = newSignUp('Refused Person', { party: 'Japan' });
  await signUpThroughForm(page, person, { checkA11y });

  const staff = await pageAs('secretariat');
  await refuseAccountThroughQueue(staff, person, 'Please sign up with your ministry address.', checkA11y);

  await page.goto('/sign-in');
  await submitSignIn(page, person.email, person.password);
  await expect(page.getByTestId('sign-in-error')).toContainText('The secretariat did not confirm this account');
  await checkA11y(page);
});

test('[accounts] staff add a party, rename it and retire it; a retired party is no longer offered for sign-up', async ({
  page,
  pageAs,
  checkA11y,
}) => {
  const staff = await pageAs('secretariat');
  await staff.goto('/');
  await checkA11y(staff);
  await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Parties' }).click();
  await expect(staff).toHaveURL('/admin/parties');
  await expect(staff.getByRole('heading', { level: 1, name: 'Parties' })).toBeVisible();
  await expect(staff.getByRole('row', { name: /MNG Mongolia Member state Active/ })).toBeVisible();
  await checkA11y(staff);

  // A member state's code suggests the country's name; a code that names no country is refused.
  await staff.getByLabel('Kind').selectOption({ label: 'Member state' });
  // The name is the UN's, not everyday English ("Laos").
  await staff.getByLabel('Code').fill('lao');
  await expect(staff.getByLabel('Name', { exact: true })).toHaveValue("Lao People's Democratic Republic");
  await staff.getByLabel('Code').fill('btn');
  await expect(staff.getByLabel('Name', { exact: true })).toHaveValue('Bhutan');
  await staff.getByLabel('Code').fill('XQZ');
  await staff.getByRole('button', { name: 'Add party' }).click();
  await expect(staff.getByText("A member state's code is its ISO 3166 three-letter code (for example MNG).")).toBeVisible();
  await checkA11y(staff);

  const suffix = uniqueSuffix().slice(-8).toUpperCase();
  const code = `E2E-${suffix}`;
  const name = `Partner Network ${suffix}`;
  await staff.getByLabel('Kind').selectOption({ label: 'Organization' });
  await staff.getByLabel('Code').fill(code);
  await staff.getByLabel('Name', { exact: true }).fill(name);
  await staff.getByRole('button', { name: 'Add party' }).click();
  await expect(staff.getByText(`${name} was added.`)).toBeVisible();
  const row = staff.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('Organization');
  await expect(row).toContainText('Active');
  await checkA11y(staff);

  // Offered for sign-up while active.
  await page.goto('/sign-up');
  await expect(page.getByLabel('Party').locator('option', { hasText: name })).toHaveCount(1);
  await checkA11y(page);

  const renamed = `Partner Alliance ${suffix}`;
  await row.getByRole('button', { name: `Rename ${name}` }).click();
  const renameDialog = staff.getByRole('alertdialog');
  await expect(renameDialog).toBeVisible();
  await renameDialog.getByLabel('New name').fill(renamed);
  await checkA11y(staff, `${staff.url()} (rename dialog)`);
  await renameDialog.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(renameDialog).toBeHidden();
  await expect(staff.getByText(`The party was renamed ${renamed}.`)).toBeVisible();
  await expect(row).toContainText(renamed);

  await row.getByRole('button', { name: `Retire ${renamed}` }).click();
  const retireDialog = staff.getByRole('alertdialog');
  await expect(retireDialog).toContainText('It keeps its accounts, registrations and history');
  await checkA11y(staff, `${staff.url()} (retire dialog)`);
  await retireDialog.getByRole('button', { name: 'Retire', exact: true }).click();
  await expect(retireDialog).toBeHidden();
  await expect(staff.getByText(`${renamed} was retired.`)).toBeVisible();
  await expect(row).toContainText('Retired');
  await expect(row.getByRole('button', { name: `Retire ${renamed}` })).toHaveCount(0);
  await checkA11y(staff);

  // No longer offered for sign-up, nor for new accounts.
  await page.reload();
  await expect(page.getByLabel('Party').locator('option', { hasText: renamed })).toHaveCount(0);
  await staff.goto('/admin/users/new');
  await expect(staff.getByLabel('Party', { exact: true }).locator('option', { hasText: renamed })).toHaveCount(0);
  await checkA11y(staff);

  // The audit log has all three steps.
  await staff.goto('/admin/audit?entity=party');
  for (const action of ['Party added', 'Party renamed', 'Party retired']) {
    await expect(staff.getByRole('row').filter({ hasText: action }).filter({ hasText: renamed }).first()).toBeVisible();
  }
  await checkA11y(staff);
});

test('[accounts] an invitation link makes an active account once, and is refused to anyone else and the second time', async ({
  pageAs,
  checkA11y,
}) => {
  const staff = await pageAs('secretariat');
  const meeting = await meetingWithRegistrationOpen(staff, checkA11y, 'Invitation meeting');
  const invitee = newInvitee('Invited Person');
  const link = await inviteThroughForm(staff, meeting.id, invitee, checkA11y);
  expect(link).toMatch(/^\/invitations\/[A-Za-z0-9_-]{43}$/);

  // Someone else, signed in, is told the invitation is not theirs; nothing changes.
  const delegate = await pageAs('delegate-kor');
  await delegate.goto(link);
  await expect(delegate.getByRole('heading', { level: 1, name: 'This invitation is for someone else' })).toBeVisible();
  await expect(delegate.getByText(`This invitation is for ${invitee.email}, and you are signed in as delegate.kor@neaspec.example.`)).toBeVisible();
  await checkA11y(delegate);

  // The invited person, signed out in a fresh browser, makes their account and lands on registration.
  const invited = await pageAs(null);
  await acceptInvitationThroughForm(invited, link, invitee, meeting.id, checkA11y);
  await checkA11y(invited);
  await invited.goto('/');
  await expect(accountMenuButton(invited, invitee.name)).toBeVisible();
  await checkA11y(invited);

  // The link works once.
  const again = await pageAs(null);
  await again.goto(link);
  await expect(again.getByRole('heading', { level: 1, name: 'This invitation was already used' })).toBeVisible();
  await checkA11y(again);
  const unknown = await pageAs(null);
  await unknown.goto(`/invitations/${'x'.repeat(43)}`);
  await expect(unknown.getByRole('heading', { level: 1, name: 'This invitation link does not work' })).toBeVisible();
  await checkA11y(unknown);

  await staff.reload();
  const row = staff.getByRole('row').filter({ hasText: invitee.email });
  await expect(row).toContainText('Accepted');
  await expect(row).toContainText(`by ${invitee.name}`);
  await checkA11y(staff);
});

test('[accounts] someone with an account accepts an invitation to their email while signed in, and goes on to register', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const meeting = await meetingWithRegistrationOpen(staff, checkA11y, 'Invitation of a member');
  const china = demoAccounts['delegate-chn'];
  const link = await inviteThroughForm(staff, meeting.id, newInvitee('China delegate', { name: china.name, email: china.email, party: 'China (CHN)' }), checkA11y);

  const invited = await pageAs('delegate-chn');
  await invited.goto(link);
  await expect(invited.getByText(`You are signed in as ${china.email}.`)).toBeVisible();
  await checkA11y(invited);
  await invited.getByRole('button', { name: 'Accept and register' }).click();
  await expect(invited).toHaveURL(`/meetings/${meeting.id}/register`);
  await checkA11y(invited);

  await staff.reload();
  await expect(staff.getByRole('row').filter({ hasText: china.email })).toContainText(`by ${china.name}`);
});
