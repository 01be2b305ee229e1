import { confirmAccountThroughQueue, meetingWithRegistrationOpen, newSignUp, signInToRegister, signUpThroughForm } from './account-journeys';
import { waitForEmail } from './email';
import { demoAccounts, expect, test } from './fixtures';
import { seoulDay } from './meeting-journeys';
import { checkInAtDesk, downloadParticipantsCsv, downloadPdfText, openParticipantList } from './participant-journeys';
import {
  approveThroughQueue,
  credentialsPdf,
  expectCredentialsReportLine,
  expectRegistrationStatus,
  registerThroughForm,
  reviewCredentialsThroughForm,
  uploadCredentialsThroughForm,
} from './registration-journeys';

// The whole of registration as the issue tells it, from a visitor on the public page to the
// credentials report; each step is one of the journeys the area specs use.
test('[registration] a visitor signs up for Mongolia, is confirmed, registers, is approved by email, gets a badge and is checked in; Korea’s credentials are accepted and DPR Korea is not represented', async ({
  pageAs,
  checkA11y,
}) => {
  // Three people, a dozen pages and three downloads.
  test.slow();
  const staff = await pageAs('secretariat');
  // Held today and tomorrow, so its participant can be checked in: nobody is checked in before the day.
  const meeting = await meetingWithRegistrationOpen(staff, checkA11y, 'Open SOM', { startDate: seoulDay(0), endDate: seoulDay(1) });

  const visitor = await pageAs(null);
  const person = newSignUp('Mongolian delegate', { party: 'Mongolia' });
  await signUpThroughForm(visitor, person, { meetingId: meeting.id, checkA11y });
  await confirmAccountThroughQueue(staff, person, checkA11y);
  await waitForEmail(person.email, 'Your account is confirmed');

  await visitor.goto(`/sign-in?callbackUrl=${encodeURIComponent(`/meetings/${meeting.id}/register`)}`);
  await checkA11y(visitor);
  await signInToRegister(visitor, person, meeting.id);
  await registerThroughForm(
    visitor,
    meeting.path,
    {
      role: 'Head of delegation',
      position: person.position,
      organization: 'Ministry of Environment and Tourism',
      arrivalDate: seoulDay(-1),
      departureDate: seoulDay(2),
      dietaryNeeds: 'Vegetarian',
      accessNeeds: 'Step-free access to the meeting room',
      isListedPublicly: true,
    },
    checkA11y,
  );
  await expectRegistrationStatus(visitor, meeting.path, 'Pending');
  // Staff find it waiting on their home page, and open the queue from there.
  await staff.goto('/');
  const waiting = staff.getByRole('region', { name: 'Waiting for you' });
  await expect(waiting).toContainText('What waits in your queues');
  await checkA11y(staff);
  await waiting.getByRole('link', { name: `Decide 1 registration for ${meeting.title}` }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Registrations' })).toBeVisible();
  // The queue shows staff the stay and the needs to arrange, and selects its whole page from the header.
  const row = staff.getByRole('row').filter({ hasText: person.name });
  await expect(row).toContainText(/Arrives \w{3} \d{1,2} · Leaves \w{3} \d{1,2}/);
  await expect(row).toContainText('Dietary: Vegetarian');
  await expect(row).toContainText('Access: Step-free access to the meeting room');
  const selectAll = staff.getByRole('checkbox', { name: 'Select all on this page' });
  await selectAll.check();
  await expect(row.getByRole('checkbox', { name: `Select ${person.name}` })).toBeChecked();
  await expect(staff.getByText('1 selected')).toBeVisible();
  await selectAll.uncheck();
  await expect(staff.getByText('0 selected')).toBeVisible();
  await checkA11y(staff);
  await approveThroughQueue(staff, meeting.path, person.name, checkA11y);
  await staff.goto('/');
  await expect(waiting.getByRole('link').filter({ hasText: meeting.title })).toHaveCount(0);
  await expectRegistrationStatus(visitor, meeting.path, 'Approved');
  await checkA11y(visitor);
  const approval = await waitForEmail(person.email, `Registration approved: ${meeting.title}`);
  expect(approval.text).toContain(meeting.title);

  await openParticipantList(staff, meeting.path, checkA11y);
  expect(await downloadParticipantsCsv(staff)).toContain(person.name);
  expect(await downloadPdfText(staff, 'Badges (PDF)')).toContain(person.name);
  await checkInAtDesk(staff, meeting.path, person.name, checkA11y);

  const korea = await pageAs('delegate-kor');
  await registerThroughForm(korea, meeting.path, { role: 'Head of delegation', arrivalDate: seoulDay(0), departureDate: seoulDay(1) }, checkA11y);
  await approveThroughQueue(staff, meeting.path, demoAccounts['delegate-kor'].name, checkA11y);
  await uploadCredentialsThroughForm(korea, meeting.path, { name: 'credentials-kor.pdf', buffer: credentialsPdf }, checkA11y);
  await reviewCredentialsThroughForm(staff, meeting.path, 'Republic of Korea', 'Mark received', 'Received', checkA11y);
  await reviewCredentialsThroughForm(staff, meeting.path, 'Republic of Korea', 'Accept', 'Accepted', checkA11y);
  await expectCredentialsReportLine(staff, meeting.path, 'Republic of Korea', 'Accepted', checkA11y);
  await expectCredentialsReportLine(staff, meeting.path, 'Mongolia', 'Not submitted', checkA11y);
  await expectCredentialsReportLine(staff, meeting.path, "Democratic People's Republic of Korea", 'not represented', checkA11y);
});
