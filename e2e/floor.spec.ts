import { addAgendaItem } from './agenda-journeys';
import { demoAccounts, expect, storageStateOf, test } from './fixtures';
import { createMeetingThroughForm, meetingTitle, seoulDay, takeStep } from './meeting-journeys';
import { approveThroughQueue, openRegistrationThroughPage, registerThroughForm } from './registration-journeys';
import { captureAction, postAction } from './server-actions';

test("[floor] the chair sets five minutes a speaker; Japan and China ask for the floor on the item in discussion and the chair gives it in turn; the list and the room's screen keep themselves current, a delegation withdraws, others are refused, and the report names who spoke", async ({
  pageAs,
  checkA11y,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const staff = await pageAs('secretariat');
  const title = meetingTitle('Floor meeting');
  const meetingPath = await createMeetingThroughForm(
    staff,
    { title, startDate: seoulDay(), endDate: seoulDay(1), chair: 'Kim Jae-won (chair@neaspec.example)' },
    checkA11y,
  );
  await staff.getByRole('link', { name: 'Open the agenda' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await checkA11y(staff);
  await addAgendaItem(staff, 'Opening of the meeting');
  await addAgendaItem(staff, 'Air pollution');
  await openRegistrationThroughPage(staff, meetingPath);
  const japan = await pageAs('delegate-jpn');
  const china = await pageAs('delegate-chn');
  await registerThroughForm(japan, meetingPath, { role: 'Head of delegation' }, checkA11y);
  await registerThroughForm(china, meetingPath, { role: 'Head of delegation' }, checkA11y);
  await approveThroughQueue(staff, meetingPath, demoAccounts['delegate-jpn'].name, checkA11y);
  await approveThroughQueue(staff, meetingPath, demoAccounts['delegate-chn'].name, checkA11y);
  await staff.goto(meetingPath);
  await takeStep(staff, 'Close registration');
  await takeStep(staff, 'Start the meeting');

  // Until the chair takes an item up, there is no list to join.
  const floorPath = `${meetingPath}/floor`;
  await japan.goto(meetingPath);
  await japan.getByRole('link', { name: "Speakers' list" }).click();
  await expect(japan.getByRole('heading', { level: 1, name: "Speakers' list" })).toBeVisible();
  await expect(japan.getByText('No item is in discussion. The list opens when the chair takes an item up on the agenda.')).toBeVisible();
  await expect(japan.getByRole('button', { name: /^Ask for the floor/ })).toHaveCount(0);
  await checkA11y(japan);

  // The chair finds the list from the meetings on their home page, then takes the item up on the agenda.
  const chair = await pageAs('chair');
  await chair.goto('/');
  await checkA11y(chair);
  await chair.getByRole('link', { name: `Speakers' list of ${title}` }).click();
  await expect(chair.getByRole('heading', { level: 2, name: 'No item in discussion' })).toBeVisible();
  await checkA11y(chair);
  await chair.goto(`${meetingPath}/agenda`);
  await checkA11y(chair);
  await chair.getByRole('button', { name: 'Take up 2. Air pollution' }).click();
  await expect(chair.getByTestId('in-discussion')).toContainText('In discussion now: 2. Air pollution');
  await chair.getByTestId('in-discussion').getByRole('link', { name: "Open the speakers' list" }).click();
  await expect(chair.getByRole('heading', { level: 2, name: 'In discussion: 2. Air pollution' })).toBeVisible();
  // The item's own clock runs from when it was taken up (no minutes were planned for it).
  await expect(chair.getByTestId('item-clock')).toContainText('On this item:');
  await expect(chair.getByTestId('item-clock').getByRole('timer')).toHaveText(/^\d+:\d{2}$/);
  await expect(chair.getByText('No delegation is waiting for the floor.')).toBeVisible();
  await expect(chair.getByRole('button', { name: /^Ask for the floor/ })).toHaveCount(0);
  await checkA11y(chair);

  // The chair gives each speaker five minutes (thirty at most); the timers count against it.
  await expect(chair.getByTestId('speaking-time')).toHaveText('No time per speaker is set.');
  const minutes = chair.getByLabel('Minutes per speaker');
  await minutes.fill('45');
  await chair.getByRole('button', { name: 'Save the time' }).click();
  await expect(chair.getByText('Enter whole minutes, from 1 to 30, or leave it empty for no limit.')).toBeVisible();
  await checkA11y(chair, 'floor, speaking time refused');
  await minutes.fill('5');
  const setTime = await captureAction(chair, () => chair.getByRole('button', { name: 'Save the time' }).click());
  await expect(chair.getByTestId('speaking-time')).toHaveText('Each speaker has 5 minutes. The timers count against it; nobody is cut off.');
  await checkA11y(chair, 'floor, speaking time set');

  // Japan asks first, then China; each delegation has one place.
  await japan.reload();
  await japan.getByRole('button', { name: 'Ask for the floor on 2. Air pollution' }).click();
  await expect(japan.getByTestId('floor-waiting').getByRole('listitem')).toHaveText([/^1\. Japan\s*Your delegation\s*Sato Haruka, asked at .+Withdraw our request$/]);
  await expect(japan.getByText("Your delegation is already on the speakers' list for this item.")).toBeVisible();
  await expect(japan.getByTestId('speaking-time')).toHaveText(/^Each speaker has 5 minutes/);
  await expect(japan.getByLabel('Minutes per speaker')).toHaveCount(0);
  await expect(japan.getByRole('button', { name: /^Ask for the floor/ })).toHaveCount(0);
  await checkA11y(japan, 'floor, on the list');
  await china.goto(floorPath);
  await china.getByRole('button', { name: 'Ask for the floor on 2. Air pollution' }).click();
  await expect(china.getByTestId('floor-waiting').getByRole('listitem')).toHaveText([/^1\. Japan\s*Sato Haruka/, /^2\. China\s*Your delegation/]);
  // A delegation runs no one else's place: China has no step on Japan's.
  await expect(china.getByRole('button', { name: 'Strike off Japan' })).toHaveCount(0);
  await checkA11y(china);

  // The chair gives the floor in turn: giving it to China closes Japan.
  await chair.reload();
  const give = await captureAction(chair, () => chair.getByRole('button', { name: 'Give the floor to Japan' }).click());
  await expect(chair.getByTestId('floor-speaking')).toContainText(/Japan\s*Sato Haruka, since/);
  // The speaking time counts up, for the chair to keep to the time allowed.
  await expect(chair.getByTestId('floor-speaking').getByRole('timer')).toHaveText(/^\d+:\d{2}$/);
  await expect(chair.getByTestId('floor-speaking').getByRole('timer')).not.toHaveText('0:00');
  await expect(chair.getByTestId('floor-speaking')).toContainText('/ 5:00');
  await checkA11y(chair, 'floor, Japan speaking');

  // Japan's delegate replays the chair's call: refused, and Japan still has the floor.
  const forger = await playwright.request.newContext({ baseURL: baseURL!, storageState: storageStateOf('delegate-jpn') });
  const forged = await postAction(forger, give, give.args, baseURL!);
  expect(await forged.text()).toContain('"formError":"floorChairOnly"');
  const forgedTime = await postAction(forger, setTime, [{ ...(setTime.args[0] as object), minutes: '30' }], baseURL!);
  expect(await forgedTime.text()).toContain('"formError":"floorSpeakingTimeChairOnly"');
  await forger.dispose();

  // Staff put the list on the room's screen: the item, who has the floor and for how long, who is next.
  await staff.goto(floorPath);
  await checkA11y(staff);
  await staff.getByRole('link', { name: "Open the projector view" }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Air pollution' })).toBeVisible();
  await expect(staff.getByText('Agenda item 2', { exact: true })).toBeVisible();
  await expect(staff.getByTestId('screen-item-clock').getByRole('timer')).toHaveText(/^\d+:\d{2}$/);
  await expect(staff.getByTestId('screen-speaking')).toContainText(/Japan\s*Sato Haruka/);
  await expect(staff.getByTestId('screen-speaking').getByRole('timer')).toHaveText(/^\d+:\d{2}$/);
  await expect(staff.getByTestId('screen-speaking')).toContainText('/ 5:00');
  await expect(staff.getByTestId('screen-next').getByRole('listitem')).toHaveText([/^1\.\s*China\s*Wang Lei$/]);
  await expect(staff.getByRole('button')).toHaveCount(0);
  await checkA11y(staff, 'room screen');

  await chair.getByRole('button', { name: 'Give the floor to China' }).click();
  await expect(chair.getByTestId('floor-speaking')).toContainText(/China\s*Wang Lei, since/);
  await expect(chair.getByText('No delegation is waiting for the floor.')).toBeVisible();
  // The screen follows on its own.
  await expect(staff.getByTestId('screen-speaking')).toContainText(/China\s*Wang Lei/, { timeout: 20_000 });
  await expect(staff.getByText('Nobody is waiting for the floor')).toBeVisible();
  await checkA11y(staff, 'room screen, China speaking');
  // Japan's page follows without a reload: the list keeps itself current.
  await expect(japan.getByTestId('floor-speaking')).toContainText('China', { timeout: 20_000 });
  await expect(japan.getByRole('region', { name: 'Who took the floor' })).toContainText(/Japan: Sato Haruka \(.+–.+\)/);
  await chair.getByRole('button', { name: 'China has finished' }).click();
  await expect(chair.getByText('Nobody has the floor.')).toBeVisible();
  await expect(chair.getByRole('region', { name: 'Who took the floor' }).getByRole('listitem')).toHaveText([/^Japan: Sato Haruka/, /^China: Wang Lei/]);

  // Japan asks again, then withdraws; the list is empty again.
  await japan.reload();
  await japan.getByRole('button', { name: 'Ask for the floor on 2. Air pollution' }).click();
  await expect(japan.getByTestId('floor-waiting').getByRole('listitem')).toHaveCount(1);
  await japan.getByRole('button', { name: 'Withdraw our request' }).click();
  const dialog = japan.getByRole('alertdialog');
  await expect(dialog).toContainText('Withdraw the request of Japan?');
  await checkA11y(japan, 'floor, withdraw dialog');
  await dialog.getByRole('button', { name: 'Withdraw our request' }).click();
  await expect(dialog).toBeHidden();
  await expect(japan.getByText('No delegation is waiting for the floor.')).toBeVisible();
  await expect(japan.getByRole('button', { name: 'Ask for the floor on 2. Air pollution' })).toBeVisible();

  // Staff start the meeting's report from the record: who attended, then who spoke on the item.
  await staff.goto(meetingPath);
  await staff.getByRole('link', { name: 'New statement' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'New statement' })).toBeVisible();
  await staff.getByLabel('Kind', { exact: true }).selectOption({ label: 'Report' });
  await staff.getByRole('button', { name: 'Add what the meeting recorded (2 paragraphs)' }).click();
  await expect(staff.getByLabel('Text of paragraph 1')).toHaveValue('The meeting was attended by the delegations of China and Japan.');
  await expect(staff.getByLabel('Text of paragraph 2')).toHaveValue('Agenda item 2, “Air pollution”. Statements were made by the representatives of Japan and China.');
  await checkA11y(staff, 'new statement, a report with its speakers');

  // An observer not registered for the meeting reads the list and is told why they cannot join it.
  const observer = await pageAs('observer');
  await observer.goto(floorPath);
  await expect(observer.getByText('Only participants whose registration is approved ask for the floor.')).toBeVisible();
  await expect(observer.getByRole('button', { name: /^Ask for the floor/ })).toHaveCount(0);
  await expect(observer.getByRole('button', { name: /^Give the floor/ })).toHaveCount(0);
  await checkA11y(observer);
});
