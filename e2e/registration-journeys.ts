import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { takeStep } from './meeting-journeys';

// The registration journeys, step by step through the forms, for the specs that need them.

type CheckA11y = (page: Page) => Promise<void>;

/** The smallest file the app accepts as a PDF: its type is read from the %PDF- header. */
export const credentialsPdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Staff open registration from the meeting's page (`meetingPath` is /meetings/<id>). */
export async function openRegistrationThroughPage(page: Page, meetingPath: string): Promise<void> {
  await page.goto(meetingPath);
  await takeStep(page, 'Open registration');
  await expect(page.getByText('Registration open').first()).toBeVisible();
}

export type RegistrationEntry = {
  honorific?: 'Mr.' | 'Ms.' | 'Dr.';
  role?: 'Head of delegation' | 'Alternate' | 'Delegate' | 'Adviser' | 'Observer';
  position?: string;
  organization?: string;
  participation?: 'In person' | 'Online';
  arrivalDate?: string;
  departureDate?: string;
  dietaryNeeds?: string;
  accessNeeds?: string;
  isListedPublicly?: boolean;
};

/** A signed-in delegate registers themselves from the meeting's page; returns when the page says it was received. */
export async function registerThroughForm(page: Page, meetingPath: string, entry: RegistrationEntry, checkA11y: CheckA11y): Promise<void> {
  await page.goto(meetingPath);
  await checkA11y(page);
  await page.getByRole('region', { name: 'Participation', exact: true }).getByRole('link', { name: 'Register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registration' })).toBeVisible();
  await checkA11y(page);
  const form = page.getByRole('form', { name: 'Registration', exact: true });
  await fillRegistration(form, entry);
  await form.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText('Your registration was received.')).toBeVisible();
  await checkA11y(page);
}

async function fillRegistration(form: ReturnType<Page['getByRole']>, entry: RegistrationEntry): Promise<void> {
  if (entry.role) await form.getByLabel('Role in the delegation').selectOption({ label: entry.role });
  if (entry.honorific) await form.getByLabel('Honorific').selectOption({ label: entry.honorific });
  if (entry.position) await form.getByLabel('Position').fill(entry.position);
  if (entry.organization) await form.getByLabel('Ministry or organization').fill(entry.organization);
  if (entry.participation) await form.getByLabel('Participation').selectOption({ label: entry.participation });
  if (entry.arrivalDate) await form.getByLabel('Arrival').fill(entry.arrivalDate);
  if (entry.departureDate) await form.getByLabel('Departure').fill(entry.departureDate);
  if (entry.dietaryNeeds) await form.getByLabel('Dietary needs').fill(entry.dietaryNeeds);
  if (entry.accessNeeds) await form.getByLabel('Access needs').fill(entry.accessNeeds);
  if (entry.isListedPublicly) await form.getByLabel('Show my name in the public list of participants').check();
}

/** The registrant's status as the meeting's page and their registration page show it ("Pending", "Approved" ...). */
export async function expectRegistrationStatus(page: Page, meetingPath: string, status: string): Promise<void> {
  await page.goto(meetingPath);
  const participation = page.getByRole('region', { name: 'Participation', exact: true });
  await expect(participation.getByRole('link', { name: `My registration: ${status}` })).toBeVisible();
  await expect(participation.getByRole('link', { name: 'Register', exact: true })).toHaveCount(0);
  await page.goto(`${meetingPath}/register`);
  await expect(page.getByRole('region', { name: 'Your registration', exact: true })).toContainText(`Status: ${status}`);
}

/** Staff approve one person's registration in the meeting's queue (pending ones shown). */
export async function approveThroughQueue(page: Page, meetingPath: string, name: string, checkA11y: CheckA11y): Promise<void> {
  await page.goto(`${meetingPath}/registrations?status=pending`);
  await expect(page.getByRole('heading', { level: 1, name: 'Registrations' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Approve 1 registration?');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '1 registration was approved: each person is told by email.' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `Select ${name}` })).toBeHidden();
}

/** Staff reject a person's registration with a reason, which the dialog asks for on the field when it is missing. */
export async function rejectThroughQueue(page: Page, meetingPath: string, name: string, reason: string, checkA11y: CheckA11y): Promise<void> {
  await page.goto(`${meetingPath}/registrations?status=pending`);
  await checkA11y(page);
  await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Reject', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog.getByLabel('Reason')).toHaveAccessibleDescription('Give the reason, which is sent to the person.');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await checkA11y(page);
  await dialog.getByLabel('Reason').fill(reason);
  await checkA11y(page);
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '1 registration was rejected' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `Select ${name}` })).toBeHidden();
}

/** The head opens their delegation from their registration page and uploads the credentials letter. */
export async function uploadCredentialsThroughForm(page: Page, meetingPath: string, file: { name: string; buffer: Buffer }, checkA11y: CheckA11y): Promise<void> {
  await openOwnDelegation(page, meetingPath, checkA11y);
  await page.getByLabel('Credentials letter (PDF)', { exact: true }).setInputFiles({ name: file.name, mimeType: 'application/pdf', buffer: file.buffer });
  await page.getByRole('button', { name: 'Upload letter' }).click();
  await expect(page.getByRole('region', { name: 'Credentials', exact: true })).toContainText('Submitted');
  await expect(page.getByRole('link', { name: file.name })).toBeVisible();
  await checkA11y(page);
}

/** Staff take a step on a delegation's credentials from the delegations list ('Mark received', 'Accept' ...). */
export async function reviewCredentialsThroughForm(
  page: Page,
  meetingPath: string,
  partyName: string,
  step: string,
  expected: string,
  checkA11y: CheckA11y,
  note?: string,
): Promise<void> {
  await page.goto(`${meetingPath}/delegations`);
  await expect(page.getByRole('heading', { level: 1, name: 'Delegations' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('link', { name: partyName, exact: true }).click();
  // In running text some names take "the" ("Delegation of the Republic of Korea").
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Delegation of (the )?${partyName}$`) })).toBeVisible();
  const credentials = page.getByRole('region', { name: 'Credentials', exact: true });
  await credentials.getByLabel('Review', { exact: true }).selectOption({ label: step });
  if (note) await credentials.getByLabel('Note to the head of delegation').fill(note);
  await credentials.getByRole('button', { name: 'Save' }).click();
  if (step === 'Accept') {
    // Accepting is final, so it is asked first.
    const dialog = page.getByRole('alertdialog', { name: 'Accept these credentials?' });
    await expect(dialog).toBeVisible();
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Accept the credentials' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(credentials).toContainText(`Status: ${expected}`);
  await checkA11y(page);
}

/** The credentials report's line for a member state: its status, or "not represented". */
export async function expectCredentialsReportLine(page: Page, meetingPath: string, stateName: string, status: string, checkA11y: CheckA11y): Promise<void> {
  await page.goto(`${meetingPath}/credentials`);
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials report' })).toBeVisible();
  await checkA11y(page);
  await expect(page.getByRole('row', { name: new RegExp(`^${stateName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`) })).toContainText(status);
}

/** A registrant changes their own registration on the registration page, and the page says it was saved. */
export async function editRegistrationThroughForm(page: Page, meetingPath: string, entry: RegistrationEntry, checkA11y: CheckA11y): Promise<void> {
  await page.goto(`${meetingPath}/register`);
  const form = page.getByRole('form', { name: 'Change your registration', exact: true });
  await fillRegistration(form, entry);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your registration was saved.')).toBeVisible();
  await checkA11y(page);
}

/** A head of delegation registers another member by name and email, and the page says so. */
export async function registerMemberThroughForm(page: Page, meetingPath: string, member: { name: string; email: string } & RegistrationEntry, checkA11y: CheckA11y): Promise<void> {
  await page.goto(`${meetingPath}/register`);
  const form = page.getByRole('form', { name: 'Register a member of your delegation', exact: true });
  await form.getByLabel('Full name').fill(member.name);
  await form.getByLabel('Email').fill(member.email);
  await fillRegistration(form, member);
  await form.getByRole('button', { name: 'Register member' }).click();
  await expect(page.getByText('The member was registered in your delegation.')).toBeVisible();
  await expect(form.getByLabel('Full name')).toHaveValue('');
  await checkA11y(page);
}

/** The delegation's page, from the registration page's link; returns the members' table. */
export async function openOwnDelegation(page: Page, meetingPath: string, checkA11y: CheckA11y) {
  await page.goto(`${meetingPath}/register`);
  await page.getByRole('link', { name: 'See your delegation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Delegation of / })).toBeVisible();
  await checkA11y(page);
  return page.getByRole('table', { name: 'Members' });
}

/** The registrant withdraws their registration after confirming, and the page says it is withdrawn. */
export async function withdrawThroughDialog(page: Page, meetingPath: string, checkA11y: CheckA11y): Promise<void> {
  await page.goto(`${meetingPath}/register`);
  await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Withdraw your registration?');
  await checkA11y(page);
  await dialog.getByRole('button', { name: 'Withdraw' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Your registration', exact: true })).toContainText('Status: Withdrawn');
  await checkA11y(page);
}
