import { download, pdfText } from './adoption-journeys';
import { demoAccounts, expect, test } from './fixtures';
import { createMeetingThroughForm, meetingTitle, openDemoSom26, seoulDay } from './meeting-journeys';
import {
  approveThroughQueue,
  credentialsPdf,
  editRegistrationThroughForm,
  expectCredentialsReportLine,
  expectRegistrationStatus,
  openOwnDelegation,
  openRegistrationThroughPage,
  registerMemberThroughForm,
  registerThroughForm,
  rejectThroughQueue,
  reviewCredentialsThroughForm,
  uploadCredentialsThroughForm,
  withdrawThroughDialog,
} from './registration-journeys';

test('[registration] a delegate registers as head, is approved, downloads a letter for the visa, uploads credentials that are accepted; DPR Korea is not represented; the head registers a colleague, confirms her, hands her the delegation and withdraws', async ({
  pageAs,
  checkA11y,
}) => {
  // The whole journey through two accounts: longer than one page's test.
  test.slow();
  const staff = await pageAs('secretariat');
  const title = meetingTitle('Registration flow');
  const meetingPath = await createMeetingThroughForm(staff, { title, startDate: seoulDay(40), endDate: seoulDay(41) }, checkA11y);
  await openRegistrationThroughPage(staff, meetingPath);

  const delegate = await pageAs('delegate-kor');
  await registerThroughForm(
    delegate,
    meetingPath,
    { role: 'Head of delegation', position: 'Director-General', organization: 'Ministry of Environment', arrivalDate: seoulDay(39), departureDate: seoulDay(42), isListedPublicly: true },
    checkA11y,
  );
  await expectRegistrationStatus(delegate, meetingPath, 'Pending');

  await approveThroughQueue(staff, meetingPath, demoAccounts['delegate-kor'].name, checkA11y);
  await expectRegistrationStatus(delegate, meetingPath, 'Approved');
  await checkA11y(delegate);
  // Approved, they download the letter confirming their participation, for their visa; to another delegation it does not exist.
  const letter = await download(delegate, 'Letter confirming your participation (PDF)');
  expect(letter.fileName).toMatch(/\.pdf$/);
  const letterText = (await pdfText(letter.bytes)).replace(/\s+/g, ' ');
  expect(letterText).toContain('CONFIRMATION OF PARTICIPATION');
  expect(letterText).toContain(
    `${demoAccounts['delegate-kor'].name}, Director-General, Ministry of Environment, is registered as head of the delegation of the Republic of Korea to the ${title}`,
  );
  const letterPath = (await delegate.getByRole('link', { name: 'Letter confirming your participation (PDF)' }).getAttribute('href'))!;
  expect((await (await pageAs('delegate-jpn')).request.get(letterPath)).status()).toBe(404);
  // As head, the letter waits for them on their home page, which leads to their delegation.
  await delegate.goto('/');
  const sendLetter = delegate.getByRole('region', { name: 'Waiting for you' }).getByRole('link', { name: `Send your delegation's credentials letter for ${title}` });
  await checkA11y(delegate);
  await sendLetter.click();
  await expect(delegate.getByRole('region', { name: 'Credentials', exact: true })).toContainText('Status: Not submitted');

  await uploadCredentialsThroughForm(delegate, meetingPath, { name: 'credentials-kor.pdf', buffer: credentialsPdf }, checkA11y);
  // Staff ask for a correction with a note the head reads; the head sends a corrected letter.
  const correction = 'The letter must be signed by the Minister.';
  await reviewCredentialsThroughForm(staff, meetingPath, 'Republic of Korea', 'Ask for a correction', 'Correction requested', checkA11y, correction);
  await openOwnDelegation(delegate, meetingPath, checkA11y);
  await expect(delegate.getByText(`Correction asked: ${correction}`)).toBeVisible();
  await uploadCredentialsThroughForm(delegate, meetingPath, { name: 'credentials-kor-signed.pdf', buffer: credentialsPdf }, checkA11y);
  await expect(delegate.getByRole('region', { name: 'Credentials', exact: true })).toContainText('Status: Submitted');
  // Sent, it no longer waits for them.
  await delegate.goto('/');
  await expect(delegate.getByRole('region', { name: 'Waiting for you' })).toBeVisible();
  await expect(sendLetter).toHaveCount(0);
  await reviewCredentialsThroughForm(staff, meetingPath, 'Republic of Korea', 'Mark received', 'Received', checkA11y);
  await reviewCredentialsThroughForm(staff, meetingPath, 'Republic of Korea', 'Accept', 'Accepted', checkA11y);

  await expectCredentialsReportLine(staff, meetingPath, 'Republic of Korea', 'Accepted', checkA11y);
  await expectCredentialsReportLine(staff, meetingPath, "Democratic People's Republic of Korea", 'not represented', checkA11y);

  // The meeting page counts the approved registration.
  await staff.goto(meetingPath);
  await expect(staff.getByRole('region', { name: 'Participation', exact: true }).getByRole('row', { name: /Republic of Korea/ })).toContainText('1');
  await checkA11y(staff);

  // The head changes their own registration, registers a colleague, confirms her, hands her the
  // delegation and withdraws; she leads it from then on.
  await editRegistrationThroughForm(delegate, meetingPath, { position: 'Director-General for International Cooperation' }, checkA11y);
  const colleague = { name: `Lee Min-ji ${Date.now()}`, email: `lee.${Date.now()}@me.go.kr.example` };
  await registerMemberThroughForm(delegate, meetingPath, { ...colleague, role: 'Alternate', position: 'Deputy Director' }, checkA11y);
  // The colleague to confirm waits on the head's home page, which leads to the delegation's members.
  await delegate.goto('/');
  const confirmMember = delegate.getByRole('region', { name: 'Waiting for you' }).getByRole('link', { name: `Confirm 1 member of your delegation to ${title}` });
  await confirmMember.click();
  const members = delegate.getByRole('table', { name: 'Members' });
  await expect(members.getByRole('row', { name: new RegExp(colleague.name) })).toContainText('Alternate');
  await checkA11y(delegate);
  // The head has the letter of each approved member; the colleague's waits for her approval.
  await expect(members.getByRole('link', { name: `Participation letter for ${demoAccounts['delegate-kor'].name} (PDF)` })).toBeVisible();
  await expect(members.getByRole('link', { name: `Participation letter for ${colleague.name} (PDF)` })).toHaveCount(0);
  await members.getByRole('button', { name: `Confirm ${colleague.name} as a member` }).click();
  await expect(members.getByRole('row', { name: new RegExp(colleague.name) }).getByRole('button', { name: /^Confirm / })).toHaveCount(0);
  await delegate.goto('/');
  await expect(delegate.getByRole('region', { name: 'Waiting for you' })).toBeVisible();
  await expect(confirmMember).toHaveCount(0);
  await openOwnDelegation(delegate, meetingPath, checkA11y);
  await members.getByRole('button', { name: `Make head of delegation: ${colleague.name}` }).click();
  const dialog = delegate.getByRole('alertdialog');
  await expect(dialog).toContainText(`Make ${colleague.name} head of delegation?`);
  await checkA11y(delegate);
  await dialog.getByRole('button', { name: 'Make head' }).click();
  await expect(dialog).toBeHidden();
  await expect(members.getByRole('row', { name: new RegExp(colleague.name) })).toContainText('Head of delegation');
  await expect(members.getByRole('row', { name: new RegExp(demoAccounts['delegate-kor'].name) })).toContainText('Delegate');
  // No longer the head: the controls that lead the delegation are gone.
  await expect(members.getByRole('button', { name: /^Make head of delegation/ })).toHaveCount(0);
  await checkA11y(delegate);
  await withdrawThroughDialog(delegate, meetingPath, checkA11y);
});

test('[registration] dates outside the window are refused on the server with the field’s message; another delegate cannot open the queue; staff refuse a registration with a reason the delegate reads', async ({
  pageAs,
  checkA11y,
}) => {
  // Three people's pages, two refusals and a registration: it took 43 s of the default 45 on a busy machine.
  test.slow();
  const staff = await pageAs('secretariat');
  const meetingPath = await createMeetingThroughForm(
    staff,
    { title: meetingTitle('Registration refusals'), startDate: seoulDay(50), endDate: seoulDay(50) },
    checkA11y,
  );
  await openRegistrationThroughPage(staff, meetingPath);

  const delegate = await pageAs('delegate-jpn');
  await delegate.goto(`${meetingPath}/register`);
  const form = delegate.getByRole('form', { name: 'Registration', exact: true });
  // The days as the app writes them ("Mar 14, 2027"), not as the date inputs store them.
  const written = (isoDate: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  await expect(form.getByText(`Between ${written(seoulDay(48))} and ${written(seoulDay(52))}.`).first()).toBeVisible();
  await form.getByLabel('Arrival').fill(seoulDay(45));
  await form.getByRole('button', { name: 'Register' }).click();
  await expect(form.getByText('Choose a day within two days of the meeting.')).toBeVisible();
  await checkA11y(delegate);
  await expect(delegate.getByRole('region', { name: 'Your registration', exact: true })).toHaveCount(0);

  const response = await delegate.goto(`${meetingPath}/registrations`);
  expect(response?.status()).toBe(403);
  await checkA11y(delegate);

  // Registered within the window, the delegate is refused by staff, and reads why.
  await registerThroughForm(delegate, meetingPath, { arrivalDate: seoulDay(49), departureDate: seoulDay(51) }, checkA11y);
  const reason = 'Japan’s delegation is complete; please ask your head of delegation.';
  await rejectThroughQueue(staff, meetingPath, demoAccounts['delegate-jpn'].name, reason, checkA11y);
  await expectRegistrationStatus(delegate, meetingPath, 'Rejected');
  await expect(delegate.getByRole('region', { name: 'Your registration', exact: true })).toContainText(`Not accepted: ${reason}`);
  await checkA11y(delegate);
});

test('[registration] after the 26th SOM, Korea’s head downloads a certificate of the days attended; staff find it on the delegation’s page', async ({ pageAs, checkA11y }) => {
  const delegate = await pageAs('delegate-kor');
  await openDemoSom26(delegate, checkA11y);
  await delegate.getByRole('region', { name: 'Participation', exact: true }).getByRole('link', { name: 'My registration: Approved' }).click();
  await expect(delegate.getByRole('region', { name: 'Your registration', exact: true })).toContainText('Status: Approved');
  // Concluded, the meeting gives a certificate of attendance, not a letter for a visa.
  await expect(delegate.getByRole('link', { name: 'Letter confirming your participation (PDF)' })).toHaveCount(0);
  await checkA11y(delegate);
  const certificate = await download(delegate, 'Certificate of your attendance (PDF)');
  const text = (await pdfText(certificate.bytes)).replace(/\s+/g, ' ');
  expect(text).toContain('CERTIFICATE OF ATTENDANCE');
  expect(text).toContain(`certifies that Mr. ${demoAccounts['delegate-kor'].name}, Director-General,`);
  expect(text).toContain(
    'attended the Twenty-sixth Senior Officials Meeting of NEASPEC, held in Seoul, the Republic of Korea, from 23 to 24 November 2023, as head of the delegation of the Republic of Korea.',
  );
  // Staff download each attendee's certificate from the delegation's page.
  const delegationPath = (await delegate.getByRole('link', { name: 'See your delegation' }).getAttribute('href'))!;
  const staff = await pageAs('secretariat');
  await staff.goto(delegationPath);
  await expect(staff.getByRole('link', { name: `Certificate of attendance for ${demoAccounts['delegate-kor'].name} (PDF)` })).toBeVisible();
  await checkA11y(staff);
});
