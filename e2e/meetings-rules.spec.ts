import { expect, test } from './fixtures';
import { createMeetingThroughForm, meetingTitle, seoulDay, takeStep } from './meeting-journeys';

test('[meetings] a save over a newer version is refused and says who changed what', async ({ pageAs, checkA11y }) => {
  const first = await pageAs('secretariat');
  const title = meetingTitle('Versioned meeting');
  const path = await createMeetingThroughForm(first, { title, startDate: '2031-05-12', endDate: '2031-05-13' }, checkA11y);
  const second = await pageAs('secretariat');

  // Both open the edit form; the second saves first.
  await first.goto(`${path}/edit`);
  await second.goto(`${path}/edit`);
  await expect(first.getByText('Changing the dates or the time zone moves the timetable')).toBeVisible();
  await checkA11y(first);
  await checkA11y(second);
  await second.getByLabel('Venue').fill('Coex');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByText('The meeting was saved.')).toBeVisible();
  await checkA11y(second);

  await first.getByLabel('Title', { exact: true }).fill(`${title} (renamed)`);
  await first.getByRole('button', { name: 'Save changes' }).click();
  const alert = first.getByRole('alert').filter({ hasText: 'changed this meeting' });
  await expect(alert).toContainText('Hana Lim changed this meeting after you opened it, so your changes were not saved.');
  await expect(alert).toContainText('Venue: (none) → Coex');
  // Opening the form changed nothing: the other save touched the venue only.
  await expect(alert).not.toContainText('Title:');
  await expect(first).toHaveURL(`${path}/edit`);
  await checkA11y(first);

  // Nothing of the refused save was kept.
  await first.goto(path);
  await expect(first.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await checkA11y(first);

  // The audit log shows the edit as fields, names the meeting and links to it; the day filter finds it.
  await first.goto(`/admin/audit?entity=meeting&from=${seoulDay()}&to=${seoulDay()}`);
  const row = first.getByRole('row').filter({ hasText: 'Meeting edited' }).filter({ hasText: title });
  await expect(row).toContainText('Venue: (none) → Coex');
  await expect(row.getByRole('link', { name: title })).toHaveAttribute('href', path);
  await checkA11y(first);
  await first.goto('/admin/audit?from=2000-01-01&to=2000-01-02');
  await expect(first.getByText('Nothing was recorded for this filter.')).toBeVisible();
  await checkA11y(first);
});

test('[meetings] the chair opens and concludes their own meeting, confirming a conclusion before its last day', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const title = meetingTitle('Chaired meeting');
  const path = await createMeetingThroughForm(staff, { title, startDate: seoulDay(), endDate: seoulDay(1), chair: 'Kim Jae-won (chair@neaspec.example)' }, checkA11y);
  await takeStep(staff, 'Open registration');
  await takeStep(staff, 'Close registration');
  await expect(staff.getByText('The meeting is now “Registration closed”.')).toBeVisible();

  const chair = await pageAs('chair');
  await chair.goto(path);
  await expect(chair.getByRole('definition').filter({ hasText: 'Kim Jae-won' })).toBeVisible();
  // Only the conduct of the meeting: no planning steps, no editing.
  await expect(chair.getByRole('button', { name: 'Open registration' })).toHaveCount(0);
  await expect(chair.getByRole('button', { name: 'Cancel the meeting' })).toHaveCount(0);
  await expect(chair.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await checkA11y(chair);
  await takeStep(chair, 'Start the meeting');
  await expect(chair.getByText('The meeting is now “In session”.')).toBeVisible();
  await chair.getByRole('button', { name: 'Conclude the meeting', exact: true }).click();
  const dialog = chair.getByRole('alertdialog');
  await expect(dialog).toContainText('its last day has not come');
  await checkA11y(chair, `${path} (confirmation outside the meeting days)`);
  await dialog.getByRole('button', { name: 'Conclude the meeting anyway' }).click();
  await expect(chair.getByText('The meeting is now “Concluded”.')).toBeVisible();
  await checkA11y(chair);

  // The public page names the chair too.
  const visitor = await pageAs(null);
  await visitor.goto(path.replace('/meetings/', '/public/meetings/'));
  await expect(visitor.getByRole('definition').filter({ hasText: 'Kim Jae-won' })).toBeVisible();
  await expect(visitor.getByText('Concluded', { exact: true })).toBeVisible();
  await checkA11y(visitor);
});

test('[meetings] the chair has no lifecycle controls on a meeting they do not chair', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const path = await createMeetingThroughForm(staff, { title: meetingTitle('Unchaired meeting'), startDate: seoulDay(), endDate: seoulDay() }, checkA11y);
  await takeStep(staff, 'Open registration');
  await takeStep(staff, 'Close registration');
  const chair = await pageAs('chair');
  await chair.goto(path);
  await expect(chair.getByRole('heading', { name: 'Timetable' })).toBeVisible();
  await expect(chair.getByRole('button', { name: 'Start the meeting' })).toHaveCount(0);
  await expect(chair.getByRole('heading', { name: 'Lifecycle' })).toHaveCount(0);
  await checkA11y(chair);
});

test('[meetings] a meeting concluded before its days is never "concluded" to the public; a refused removal or step says why in its dialog', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const title = meetingTitle('Future meeting');
  const path = await createMeetingThroughForm(staff, { title, startDate: seoulDay(400), endDate: seoulDay(401) }, checkA11y);
  await staff.getByLabel('Session', { exact: true }).fill('Opening session');
  await staff.getByRole('button', { name: 'Add session' }).click();
  await expect(staff.getByText('The session was added.')).toBeVisible();

  // Another tab concludes the meeting, confirming that it has not begun...
  const other = await pageAs('secretariat');
  await other.goto(path);
  await takeStep(other, 'Open registration');
  await takeStep(other, 'Close registration');
  await takeStep(other, 'Start the meeting', { expectWarning: /has not begun/ });
  await takeStep(other, 'Conclude the meeting', { expectWarning: /has not begun/ });
  await expect(other.getByText('The meeting is now “Concluded”.')).toBeVisible();
  await checkA11y(other);

  // ...so the first tab's Remove is refused, and says why instead of closing silently.
  await staff.getByRole('button', { name: 'Remove session Opening session' }).click();
  const dialog = staff.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog.getByRole('alert')).toContainText('A concluded or cancelled meeting can no longer be edited.');
  await checkA11y(staff, `${path} (refused removal)`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // So is a lifecycle step, in its own dialog; the page repeats neither refusal.
  await staff.getByRole('button', { name: 'Open registration', exact: true }).click();
  await dialog.getByRole('button', { name: 'Open registration' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('This meeting is concluded or cancelled: its status can no longer change.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(staff.getByText('its status can no longer change')).toHaveCount(0);

  // Reloaded, the page offers no timetable controls any more.
  await staff.reload();
  await expect(staff.getByText('Opening session')).toBeVisible();
  await expect(staff.getByRole('button', { name: /^Remove session/ })).toHaveCount(0);
  await expect(staff.getByRole('button', { name: 'Add session' })).toHaveCount(0);
  await expect(staff.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await checkA11y(staff);

  const visitor = await pageAs(null);
  await visitor.goto(path.replace('/meetings/', '/public/meetings/'));
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText('Closed', { exact: true })).toBeVisible();
  await expect(visitor.getByText('Concluded', { exact: true })).toHaveCount(0);
  await checkA11y(visitor);
});

test('[meetings] the key dates and the register page say when registration opens, or that it has no closing date', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const path = await createMeetingThroughForm(staff, { title: meetingTitle('Registration window'), startDate: seoulDay(60), endDate: seoulDay(61) }, checkA11y);
  const registration = staff.locator('dt', { hasText: /^Registration$/ }).locator('+ dd');
  await expect(registration).toHaveText('Not set');
  await takeStep(staff, 'Open registration');
  await expect(registration).toHaveText('Open, with no closing date set');
  await checkA11y(staff);

  // Set to open in ten days: the key dates give the day, and a delegate is told when it opens.
  await staff.goto(`${path}/edit`);
  await checkA11y(staff);
  await staff.getByLabel('Registration opens').fill(`${seoulDay(10)}T09:00`);
  await staff.getByRole('button', { name: 'Save changes' }).click();
  await expect(staff.getByText('The meeting was saved.')).toBeVisible();
  await expect(registration).toHaveText(/^From .+ 9:00/);
  await checkA11y(staff);
  const delegate = await pageAs('delegate-jpn');
  await delegate.goto(`${path}/register`);
  await expect(delegate.getByText(/^Registration for this meeting opens on .+ \(Asia\/Seoul time\)\.$/)).toBeVisible();
  await expect(delegate.getByRole('button', { name: 'Register' })).toHaveCount(0);
  await checkA11y(delegate);
});
