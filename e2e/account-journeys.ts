import type { Page } from '@playwright/test';
import { expect, newUserPassword, settle, submitSignIn, uniqueSuffix } from './fixtures';
import { createMeetingThroughForm, meetingTitle, seoulDay, takeStep } from './meeting-journeys';

type A11yCheck = (page?: Page, label?: string) => Promise<void>;

// Journeys of signing up, confirming accounts, parties and invitations, done as people do them, for
// accounts.spec.ts and the registration specs that start from a new account.

export type SignUpPerson = { name: string; email: string; password: string; party: string; position: string };

/** Someone no one has signed up yet, for a party as the sign-up form names it ("Mongolia"). */
export function newSignUp(label: string, overrides: Partial<SignUpPerson> = {}): SignUpPerson {
  const suffix = uniqueSuffix();
  return {
    name: `${label} ${suffix}`,
    email: `${label.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${suffix}@e2e.example`,
    password: newUserPassword,
    party: 'Mongolia',
    position: 'Director, Ministry of Environment',
    ...overrides,
  };
}

/**
 * The secretariat creates a meeting (a few weeks ahead unless `days` says when) and opens its
 * registration; returns the meeting's id and title. `staff` must be signed in as the secretariat.
 */
export async function meetingWithRegistrationOpen(
  staff: Page,
  checkA11y: A11yCheck,
  label = 'Registration meeting',
  days: { startDate: string; endDate: string } = { startDate: seoulDay(40), endDate: seoulDay(41) },
) {
  const title = meetingTitle(label);
  const path = await createMeetingThroughForm(staff, { title, ...days }, checkA11y);
  await takeStep(staff, 'Open registration');
  await expect(staff.getByText('The meeting is now “Registration open”.')).toBeVisible();
  return { id: path.split('/').at(-1)!, title, path };
}

/**
 * A visitor signs up through the form: from the public page of the meeting (its "create one" link,
 * keeping the meeting) when `meetingId` is given, else from the sign-in page. Ends on the page that
 * says the account waits for confirmation.
 */
export async function signUpThroughForm(page: Page, person: SignUpPerson, options: { meetingId?: string; checkA11y?: A11yCheck } = {}): Promise<void> {
  const { meetingId, checkA11y } = options;
  if (meetingId) {
    await page.goto(`/public/meetings/${meetingId}`);
    await expect(page.getByRole('link', { name: 'Register' })).toBeVisible();
    await (checkA11y ? checkA11y(page) : settle(page));
    await page.getByRole('link', { name: 'No account yet? Create one' }).click();
    await expect(page).toHaveURL(`/sign-up?meeting=${meetingId}`);
  } else {
    await page.goto('/sign-in');
    await (checkA11y ? checkA11y(page) : settle(page));
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect(page).toHaveURL('/sign-up');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await (checkA11y ? checkA11y(page) : settle(page));
  await page.getByLabel('Full name').fill(person.name);
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByLabel('Party').selectOption({ label: person.party });
  await page.getByLabel('Position').fill(person.position);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account waits for confirmation' })).toBeVisible();
  await expect(page).toHaveURL(meetingId ? `/sign-up/pending?meeting=${meetingId}` : '/sign-up/pending');
  if (checkA11y) await checkA11y(page);
}

/**
 * The secretariat confirms a signed-up account from the queue (Users, "Waiting for confirmation"),
 * paging on until the person's row shows. `staff` must be signed in as the secretariat.
 */
export async function confirmAccountThroughQueue(staff: Page, person: Pick<SignUpPerson, 'name'>, checkA11y?: A11yCheck): Promise<void> {
  await decideInQueue(staff, person, 'Confirm', checkA11y);
  await expect(staff.getByText('The account was confirmed. They get an email saying they can sign in.')).toBeVisible();
}

/** The secretariat refuses a signed-up account from the queue, giving the reason the person gets by email. */
export async function refuseAccountThroughQueue(staff: Page, person: Pick<SignUpPerson, 'name'>, reason: string, checkA11y?: A11yCheck): Promise<void> {
  await decideInQueue(staff, person, 'Refuse', checkA11y, async (dialog) => dialog.getByLabel('Reason').fill(reason));
  await expect(staff.getByText('The sign-up was refused. They get an email with your reason.')).toBeVisible();
}

/** Opens the page of the queue of accounts to confirm that lists the person. */
export async function openQueuePageOf(staff: Page, person: Pick<SignUpPerson, 'name'>): Promise<void> {
  await staff.goto('/admin/accounts');
  await expect(staff.getByRole('link', { name: /^Waiting for confirmation \(\d+\)$/ })).toHaveAttribute('aria-current', 'page');
  await settle(staff);
  const row = staff.getByRole('button', { name: `Confirm the account of ${person.name}` });
  // Oldest first: someone who just signed up may be on a later page.
  while (!(await row.isVisible())) {
    const next = staff.getByRole('link', { name: 'Next' });
    if (!(await next.isVisible())) throw new Error(`${person.name} is not in the queue of accounts to confirm`);
    await next.click();
    await staff.waitForURL(/\/admin\/accounts\?page=\d+$/);
    await settle(staff);
  }
}

async function decideInQueue(
  staff: Page,
  person: Pick<SignUpPerson, 'name'>,
  decision: 'Confirm' | 'Refuse',
  checkA11y: A11yCheck | undefined,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
): Promise<void> {
  await openQueuePageOf(staff, person);
  if (checkA11y) await checkA11y(staff);
  await staff.getByRole('button', { name: `${decision} the account of ${person.name}` }).click();
  const dialog = staff.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  if (checkA11y) await checkA11y(staff, `${staff.url()} (${decision.toLowerCase()} dialog)`);
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: decision, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(staff).toHaveURL(`/admin/accounts?notice=${decision === 'Confirm' ? 'confirmed' : 'refused'}`);
}

/**
 * Signs in through the form and waits to land on the meeting's registration page: from the sign-in page
 * the page is on (as the pending page's link opens it), else from the one that leads to the registration.
 */
export async function signInToRegister(page: Page, person: Pick<SignUpPerson, 'email' | 'password'>, meetingId: string): Promise<void> {
  if (!page.url().includes('/sign-in')) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(`/meetings/${meetingId}/register`)}`);
    await settle(page);
  }
  await submitSignIn(page, person.email, person.password);
  await expect(page).toHaveURL(`/meetings/${meetingId}/register`);
}

export type Invitee = { name: string; email: string; party: string; role: 'Delegate' | 'Observer' };

export function newInvitee(label: string, overrides: Partial<Invitee> = {}): Invitee {
  const suffix = uniqueSuffix();
  return {
    name: `${label} ${suffix}`,
    email: `${label.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${suffix}@e2e.example`,
    party: 'Mongolia (MNG)',
    role: 'Delegate',
    ...overrides,
  };
}

/**
 * The secretariat invites someone from the meeting's Invitations page (reached from the meeting's
 * page) and reads the link the page shows once; returns it as a path (/invitations/<token>).
 */
export async function inviteThroughForm(staff: Page, meetingId: string, invitee: Invitee, checkA11y?: A11yCheck): Promise<string> {
  await staff.goto(`/meetings/${meetingId}`);
  await settle(staff);
  await staff.getByRole('link', { name: 'Invitations' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Invitations' })).toBeVisible();
  await (checkA11y ? checkA11y(staff) : settle(staff));
  await staff.getByLabel('Name', { exact: true }).fill(invitee.name);
  await staff.getByLabel('Email address').fill(invitee.email);
  await staff.getByLabel('Party').selectOption({ label: invitee.party });
  await staff.getByLabel('Role').selectOption({ label: invitee.role });
  await staff.getByRole('button', { name: 'Send invitation' }).click();
  await expect(staff.getByText(`The invitation to ${invitee.email} is in the outbox.`)).toBeVisible();
  const link = (await staff.getByTestId('invitation-link').innerText()).trim();
  await expect(staff.getByRole('row').filter({ hasText: invitee.email })).toContainText('Pending');
  if (checkA11y) await checkA11y(staff);
  return new URL(link).pathname;
}

/**
 * Someone signed out, with no account yet, opens the invitation link, chooses a password and lands,
 * signed in (with `newUserPassword`), on the meeting's registration page.
 */
export async function acceptInvitationThroughForm(page: Page, link: string, invitee: Pick<Invitee, 'name'>, meetingId: string, checkA11y?: A11yCheck): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Invitation' })).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue(invitee.name);
  await (checkA11y ? checkA11y(page) : settle(page));
  await page.getByLabel('Password').fill(newUserPassword);
  await page.getByRole('button', { name: 'Accept and register' }).click();
  await expect(page).toHaveURL(`/meetings/${meetingId}/register`);
}
