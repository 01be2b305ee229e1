import type { Page } from '@playwright/test';
import { pdfText } from '../tests/helpers/pdf-text';
import { expect, test } from './fixtures';
import { createMeetingThroughForm, meetingTitle, openDemoSom26, seoulDay, takeStep } from './meeting-journeys';
import { statementLines } from './statement-journeys';
import { addAgendaItem } from './agenda-journeys';

/** The builder's numbers and titles, in the order shown. */
async function builderOrder(page: Page): Promise<string[]> {
  const rows = page.getByRole('list', { name: 'Agenda items in order' }).getByTestId('builder-item');
  const numbers = await rows.getByTestId('item-number').allInnerTexts();
  const titles = await rows.getByTestId('item-title').allInnerTexts();
  return numbers.map((number, index) => `${number} ${titles[index]}`);
}

/** Drags an item by its handle onto the row of the item with the target title, in small steps as a hand does. */
async function dragOnto(page: Page, handle: string, target: string) {
  const from = (await page.getByRole('button', { name: handle, exact: true }).boundingBox())!;
  const to = (await page.getByTestId('builder-item').filter({ has: page.getByTestId('item-title').getByText(target, { exact: true }) }).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 4 });
  await page.mouse.move(to.x + 40, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('[agenda] staff build, reorder, issue, annotate, revise and adopt an agenda; the chair conducts an item with a follow-up for Japan and defers another; the next meeting takes both up, and Japan sees its follow-up', async ({
  pageAs,
  checkA11y,
}) => {
  test.slow();
  const staff = await pageAs('secretariat');
  const title = meetingTitle('Agenda meeting');
  const meetingPath = await createMeetingThroughForm(
    staff,
    { title, startDate: seoulDay(), endDate: seoulDay(1), chair: 'Kim Jae-won (chair@neaspec.example)' },
    checkA11y,
  );

  // Build: items and sub-items, numbered from their order.
  await staff.getByRole('link', { name: 'Open the agenda' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await checkA11y(staff);
  await addAgendaItem(staff, 'Opening of the meeting');
  await addAgendaItem(staff, 'Review of programme areas');
  await addAgendaItem(staff, 'Air pollution', '2. Review of programme areas');
  await addAgendaItem(staff, 'Nature conservation', '2. Review of programme areas');
  await addAgendaItem(staff, 'Closing of the meeting');
  const built = [
    '1 Opening of the meeting',
    '2 Review of programme areas',
    '2.1 Air pollution',
    '2.2 Nature conservation',
    '3 Closing of the meeting',
  ];
  await expect.poll(() => builderOrder(staff)).toEqual(built);
  await checkA11y(staff);

  // Edit an item's title in place, then remove the item: the numbers close up again.
  await addAgendaItem(staff, 'Other matters');
  await staff.getByRole('button', { name: 'Edit 4. Other matters' }).click();
  const editing = staff.getByTestId('builder-item').filter({ has: staff.getByRole('button', { name: 'Save item' }) });
  await editing.getByLabel('Title', { exact: true }).fill('Any other business');
  await checkA11y(staff, `${meetingPath}/agenda (editing an item)`);
  await editing.getByRole('button', { name: 'Save item' }).click();
  await expect.poll(() => builderOrder(staff)).toContain('4 Any other business');
  await staff.getByRole('button', { name: 'Remove 4. Any other business' }).click();
  await expect(staff.getByRole('alertdialog')).toContainText('Remove 4. Any other business?');
  await staff.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
  await expect(staff.getByRole('alertdialog')).toBeHidden();
  await expect.poll(() => builderOrder(staff)).toEqual(built);

  // Reorder by keyboard: the numbers change at once, and stay after a reload.
  const moveUp = staff.getByRole('button', { name: 'Move 3. Closing of the meeting up' });
  await moveUp.focus();
  await staff.keyboard.press('Enter');
  const reordered = ['1 Opening of the meeting', '2 Closing of the meeting', '3 Review of programme areas', '3.1 Air pollution', '3.2 Nature conservation'];
  await expect.poll(() => builderOrder(staff)).toEqual(reordered);
  // The focus stays on the button pressed, for the next move.
  await expect(staff.getByRole('button', { name: 'Move 2. Closing of the meeting up' })).toBeFocused();
  await expect(staff.getByRole('button', { name: 'Move 2. Closing of the meeting up' })).toBeEnabled();
  await staff.reload();
  await expect.poll(() => builderOrder(staff)).toEqual(reordered);

  // Reorder by dragging with the mouse: up onto the first item, then back down, each kept after a reload.
  await dragOnto(staff, 'Drag 2. Closing of the meeting', 'Opening of the meeting');
  const dragged = ['1 Closing of the meeting', '2 Opening of the meeting', '3 Review of programme areas', '3.1 Air pollution', '3.2 Nature conservation'];
  await expect.poll(() => builderOrder(staff)).toEqual(dragged);
  // The new order shows at once; the moves' buttons come back once the move is stored.
  await expect(staff.getByRole('button', { name: 'Move 1. Closing of the meeting down' })).toBeEnabled();
  await staff.reload();
  await expect.poll(() => builderOrder(staff)).toEqual(dragged);
  await dragOnto(staff, 'Drag 1. Closing of the meeting', 'Opening of the meeting');
  await expect.poll(() => builderOrder(staff)).toEqual(reordered);
  await expect(staff.getByRole('button', { name: 'Move 2. Closing of the meeting up' })).toBeEnabled();
  await staff.reload();
  await expect.poll(() => builderOrder(staff)).toEqual(reordered);

  // Issue the provisional agenda: a PDF with the items in order, with their numbers.
  await staff.getByRole('button', { name: 'Issue the provisional agenda' }).click();
  await staff.getByRole('alertdialog').getByRole('button', { name: 'Issue' }).click();
  await expect(staff.getByText(/^Issued as ESCAP\/NEASPEC\/EGM\(\d+\)\/1\./)).toBeVisible();
  await expect(staff.getByRole('button', { name: 'Issue a revision of the agenda' })).toBeVisible();

  // Its annotations are issued once an item has one, as an addendum; a change to the agenda is issued as its revision.
  const issueAnnotations = async () => {
    await staff.getByRole('button', { name: 'Issue the annotations' }).click();
    await staff.getByRole('alertdialog').getByRole('button', { name: 'Issue' }).click();
  };
  await issueAnnotations();
  await expect(staff.getByRole('alertdialog')).toContainText('No item has an annotation yet');
  await checkA11y(staff, `${meetingPath}/agenda (annotations refused)`);
  await staff.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await staff.getByRole('button', { name: 'Edit 1. Opening of the meeting' }).click();
  const opening = staff.getByTestId('builder-item').filter({ has: staff.getByRole('button', { name: 'Save item' }) });
  await opening.getByLabel('Annotation').fill('The Chair opens the meeting and **welcomes** the delegations.');
  await opening.getByRole('button', { name: 'Save item' }).click();
  await expect(opening).toBeHidden();
  await issueAnnotations();
  await expect(staff.getByRole('alertdialog')).toBeHidden();
  await expect(staff.getByText(/^Issued as ESCAP\/NEASPEC\/EGM\(\d+\)\/1\/Add\.1\./)).toBeVisible();
  await staff.getByRole('button', { name: 'Issue a revision of the agenda' }).click();
  await staff.getByRole('alertdialog').getByRole('button', { name: 'Issue' }).click();
  await expect(staff.getByText(/^Issued as ESCAP\/NEASPEC\/EGM\(\d+\)\/1\/Rev\.1\./)).toBeVisible();

  await staff.getByRole('link', { name: `← ${title}` }).click();
  const paper = async (symbolEnd: string) => {
    const link = staff.getByRole('link', { name: new RegExp(`^Download ESCAP/NEASPEC/EGM\\(\\d+\\)/${symbolEnd}, English$`) });
    const response = await staff.request.get((await link.getAttribute('href')) ?? '');
    expect(response.headers()['content-type']).toBe('application/pdf');
    return pdfText(new Uint8Array(await response.body()));
  };
  expect(await paper('1/Add\\.1')).toContain('The Chair opens the meeting and welcomes the delegations.');
  expect(await paper('1/Rev\\.1')).toContain('1. Opening of the meeting');
  const text = await paper('1');
  // The masthead of a UN paper, and the meeting's days as words.
  for (const words of ['Distr.: General', 'Original: English']) expect(text).toContain(words);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  const lines = ['1. Opening of the meeting', '2. Closing of the meeting', '3. Review of programme areas', '3.1. Air pollution', '3.2. Nature conservation'];
  const positions = lines.map((line) => text.indexOf(line));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);

  // Open the meeting's session, then adopt the agenda at the meeting.
  await takeStep(staff, 'Open registration');
  await takeStep(staff, 'Close registration');
  await takeStep(staff, 'Start the meeting');
  await staff.goto(`${meetingPath}/agenda`);
  await staff.getByRole('button', { name: 'Mark as annotated' }).click();
  await expect(staff.getByText('Annotated', { exact: true })).toBeVisible();
  await staff.getByRole('button', { name: 'Adopt the agenda' }).click();
  await checkA11y(staff, `${meetingPath}/agenda (adoption dialog)`);
  await staff.getByRole('alertdialog').getByRole('button', { name: 'Adopt the agenda' }).click();
  await expect(staff.getByText(/^Adopted on .* by Hana Lim\.$/)).toBeVisible();
  await checkA11y(staff);

  // The chair takes an item up; the meeting page shows it; then records its outcome with a follow-up for Japan.
  const chair = await pageAs('chair');
  await chair.goto(`${meetingPath}/agenda`);
  // Checked (and so settled) first: a click before the page is live would take nothing up.
  await checkA11y(chair);
  await chair.getByRole('button', { name: 'Take up 3. Review of programme areas' }).click();
  await expect(chair.getByTestId('in-discussion')).toHaveText("In discussion now: 3. Review of programme areas Open the speakers' list");
  await checkA11y(chair);
  await chair.goto(meetingPath);
  await expect(chair.getByTestId('in-discussion')).toHaveText("In discussion now: 3. Review of programme areas Open the speakers' list");
  await checkA11y(chair);
  await chair.goto(`${meetingPath}/agenda`);
  await chair.getByLabel('Outcome of 3. Review of programme areas').fill('The meeting took note of the review and asked for monitoring data.');
  await chair.getByRole('listitem').filter({ hasText: 'Outcome of 3. Review of programme areas' }).first().getByRole('button', { name: 'Save outcome' }).click();
  await expect(chair.getByText('Outcome saved.')).toBeVisible();
  await chair.getByText('Add a follow-up to item 3', { exact: true }).click();
  const followUp = chair.locator('details').filter({ hasText: 'Add a follow-up to item 3' }).first();
  await followUp.getByLabel('What is to be done').fill('Share air monitoring data');
  await followUp.getByLabel('Owner').selectOption({ label: 'Japan' });
  await followUp.getByLabel('By the next meeting instead of a date').check();
  await followUp.getByRole('button', { name: 'Add follow-up' }).click();
  await expect(chair.getByText('Share air monitoring data (Japan, by the next meeting) · Open')).toBeVisible();
  await chair.getByRole('button', { name: 'Conclude 3. Review of programme areas' }).click();
  await expect(chair.getByTestId('in-discussion')).toBeHidden();
  await checkA11y(chair);

  // Staff start the meeting's report from what it recorded: the item's outcome and its follow-up, under the report's title.
  await staff.goto(meetingPath);
  await staff.getByRole('link', { name: 'New statement' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'New statement' })).toBeVisible();
  await expect(staff.getByRole('button', { name: /^Add what the meeting recorded/ })).toHaveCount(0);
  await staff.getByLabel('Kind', { exact: true }).selectOption({ label: 'Report' });
  await staff.getByRole('button', { name: 'Add what the meeting recorded (2 paragraphs)' }).click();
  await expect(staff.getByLabel('Title')).toHaveValue(`Report of the ${title}`);
  await expect(staff.getByLabel('Text of paragraph 1')).toHaveValue('Agenda item 3, “Review of programme areas”. The meeting took note of the review and asked for monitoring data.');
  await expect(staff.getByLabel('Text of paragraph 2')).toHaveValue('Agenda item 3, follow-up (Japan, due by the next meeting): Share air monitoring data.');
  await expect(staff.getByLabel('Text of paragraph 3')).toHaveCount(0);
  await expect(staff.getByRole('button', { name: /^Add what the meeting recorded/ })).toHaveCount(0);
  await checkA11y(staff, 'new statement, a report from the record');
  await staff.getByRole('button', { name: 'Draft the statement' }).click();
  await expect(staff.getByText('The statement was drafted as revision 1.')).toBeVisible();
  expect(await statementLines(staff)).toEqual([
    '1. Agenda item 3, “Review of programme areas”. The meeting took note of the review and asked for monitoring data.',
    '2. Agenda item 3, follow-up (Japan, due by the next meeting): Share air monitoring data.',
  ]);
  await checkA11y(staff);

  // An item taken up by mistake goes back to pending; a sub-item there is no time for is deferred.
  const agendaItem = (label: string) => chair.getByTestId('agenda-item').filter({ has: chair.getByRole('heading', { name: label }) });
  await chair.getByRole('button', { name: 'Take up 1. Opening of the meeting' }).click();
  await expect(chair.getByTestId('in-discussion')).toHaveText("In discussion now: 1. Opening of the meeting Open the speakers' list");
  await chair.getByRole('button', { name: 'Put 1. Opening of the meeting back to pending' }).click();
  await expect(chair.getByTestId('in-discussion')).toBeHidden();
  await chair.getByRole('button', { name: 'Defer 3.2. Nature conservation' }).click();
  // A pending item can be taken up too: what shows the deferral stored is that it can no longer be deferred.
  await expect(chair.getByRole('button', { name: 'Defer 3.2. Nature conservation' })).toHaveCount(0);
  await chair.reload();
  await expect(agendaItem('3.2. Nature conservation').getByText('Deferred', { exact: true })).toBeVisible();
  await expect(agendaItem('1. Opening of the meeting').getByText('In discussion', { exact: true })).toHaveCount(0);
  await expect(chair.getByRole('button', { name: 'Take up 1. Opening of the meeting' })).toBeVisible();

  // The next meeting's agenda builder shows the open follow-up.
  await staff.goto(`${meetingPath}/plan-next`);
  await expect(staff.getByLabel('Start its agenda with the recurring items')).toBeChecked();
  await checkA11y(staff);
  await staff.getByRole('button', { name: /^Plan meeting \d+$/ }).click();
  await expect(staff.getByText(/was planned from the previous one/)).toBeVisible();
  await checkA11y(staff);
  await staff.getByRole('link', { name: 'Open the agenda' }).click();
  await expect(staff.getByTestId('earlier-follow-ups')).toContainText('Share air monitoring data — Japan');
  await checkA11y(staff);

  // The item deferred there is offered to this agenda; once added, it is an item here and offered no more.
  const deferred = staff.getByRole('region', { name: 'Deferred items' });
  await expect(deferred.getByRole('listitem')).toHaveText([/^Nature conservation \(deferred at meeting No\. \d+\)/]);
  await deferred.getByRole('button', { name: 'Add to this agenda: Nature conservation' }).click();
  await expect(deferred).toBeHidden();
  await staff.reload();
  await expect.poll(() => builderOrder(staff)).toContainEqual(expect.stringMatching(/^\d+ Nature conservation$/));
  await expect(deferred).toBeHidden();

  // Japan's delegate sees the follow-up on the follow-ups page.
  const japan = await pageAs('delegate-jpn');
  await japan.goto('/follow-ups');
  await expect(japan.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  await expect(japan.getByRole('row').filter({ hasText: 'Share air monitoring data' })).toContainText(title);
  await checkA11y(japan);

  // Once Japan has shared the data, staff mark it done there, from the open ones; Japan sees it done.
  const openOfThisMeeting = `/follow-ups?meeting=${meetingPath.split('/').pop()}`;
  const thisMeeting = `${openOfThisMeeting}&status=all`;
  await staff.goto(openOfThisMeeting);
  const status = staff.getByRole('form', { name: 'Change the status of: Share air monitoring data' });
  // Each control names its follow-up; dropping one needs a note saying why, and nothing is saved without it.
  await status.getByRole('combobox', { name: 'Status of: Share air monitoring data' }).selectOption({ label: 'Dropped' });
  await status.getByRole('button', { name: 'Save the status of: Share air monitoring data' }).click();
  await expect(status.getByRole('alert')).toContainText('Say in the note why the follow-up is dropped.');
  await staff.reload();
  await expect(status.getByRole('combobox')).toHaveValue('open');
  await status.getByRole('combobox').selectOption({ label: 'Done' });
  await status.getByRole('button', { name: 'Save' }).click();
  // Done, it leaves the list of open ones, and the list says where it went.
  await expect(staff.getByRole('status').filter({ hasText: 'Saved: “' })).toHaveText('Saved: “Share air monitoring data” is Done, so it no longer shows under this filter.');
  await expect(status).toHaveCount(0);
  await expect(staff.getByText('No follow-up matches these filters.')).toBeVisible();
  await checkA11y(staff, 'follow-ups, the saved one left the filter');

  // Under all statuses it stays in its row, which says it was saved until it is changed again.
  await staff.goto(thisMeeting);
  await expect(status.getByRole('combobox')).toHaveValue('done');
  await status.getByRole('textbox', { name: 'Note on: Share air monitoring data' }).fill('Shared in March');
  await status.getByRole('button', { name: 'Save' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Saved: “' })).toHaveText('Saved: “Share air monitoring data” is Done.');
  await expect(status.getByText('Saved.')).toBeVisible();
  await status.getByRole('combobox').selectOption({ label: 'Open' });
  await expect(status.getByText('Saved.')).toHaveCount(0);
  await staff.reload();
  await expect(status.getByRole('combobox')).toHaveValue('done');
  await expect(staff.getByRole('row').filter({ hasText: 'Share air monitoring data' })).toContainText('Shared in March');
  await checkA11y(staff);
  await japan.goto(thisMeeting);
  await expect(japan.getByRole('row').filter({ hasText: 'Share air monitoring data' })).toContainText('Done');
  await expect(japan.getByRole('form', { name: /^Change the status of/ })).toHaveCount(0);
});

test('[agenda] a delegate reads the demo agenda without controls; annotations render Markdown, never script', async ({ pageAs, checkA11y }) => {
  const delegate = await pageAs('delegate-kor');
  await openDemoSom26(delegate, checkA11y);
  await delegate.getByRole('link', { name: 'Open the agenda' }).click();
  await expect(delegate.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await expect(delegate.getByRole('heading', { name: '3.5. Desertification and land degradation' })).toBeVisible();
  await expect(delegate.getByText('host government', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
  await expect(delegate.getByRole('button', { name: /^Move / })).toHaveCount(0);
  await expect(delegate.getByRole('button', { name: /^Take up / })).toHaveCount(0);
  // Each item says how long the meeting spent on it, and by how much it ran over the plan.
  const statement = delegate.getByTestId('agenda-item').filter({ has: delegate.getByRole('heading', { name: '4. Commemorative statement on the 30th anniversary of NEASPEC' }) });
  await expect(statement).toContainText('90 minutes');
  await expect(statement).toContainText('discussed for 105 minutes (15 minutes over the plan)');
  await checkA11y(delegate);
});

test("[agenda] Korea's delegate finds their delegation's overdue follow-up first on their home page, and it leads to its row", async ({ pageAs, checkA11y }) => {
  const korea = await pageAs('delegate-kor');
  await korea.goto('/');
  const waiting = korea.getByRole('region', { name: 'Waiting for you' });
  // Overdue, it is the soonest of all.
  const first = waiting.getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText('Follow-up: Send the national input to the progress report of the Low Carbon City Platform');
  await expect(first).toContainText('Agreed at the Twenty-sixth Senior Officials Meeting of NEASPEC; was due by the end of Nov 30, 2026 (Asia/Seoul)');
  await checkA11y(korea);
  await first.getByRole('link').click();
  await expect(korea).toHaveURL(/\/follow-ups\?meeting=[\w-]+#follow-up-[\w-]+$/);
  const row = korea.locator(`tr${new URL(korea.url()).hash}`);
  await expect(row).toContainText('Send the national input to the progress report of the Low Carbon City Platform');
  await expect(row).toContainText('Overdue');
  await checkA11y(korea);
});
