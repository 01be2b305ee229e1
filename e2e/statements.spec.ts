import { expect, storageStateOf, test } from './fixtures';
import { createMeetingThroughForm, meetingTitle, seoulDay } from './meeting-journeys';
import { captureAction, postAction } from './server-actions';
import { circulateThroughForm, draftStatementThroughForm, fillParagraphs, reviseThroughForm, statementLines } from './statement-journeys';

const threeParagraphs = [
  { kind: 'Preambular', text: 'Recalling the Framework for NEASPEC adopted in 1996,' },
  { kind: 'Operative', text: 'Welcome the progress of the programme in its five areas;' },
  { kind: 'Operative', text: 'Request the secretariat to report to the next meeting.' },
] as const;

test('[statements] staff draft a text in revisions, compare them word by word, lose no edit to a colleague, and circulate it to the delegations', async ({
  pageAs,
  checkA11y,
}) => {
  test.slow();
  const staff = await pageAs('secretariat');
  const title = meetingTitle('Statements meeting');
  const meetingPath = await createMeetingThroughForm(
    staff,
    { title, startDate: seoulDay(20), endDate: seoulDay(21), chair: 'Kim Jae-won (chair@neaspec.example)' },
    checkA11y,
  );
  const statementTitle = `Commemorative Statement ${Date.now()}`;
  const statementPath = await draftStatementThroughForm(staff, meetingPath, { title: statementTitle, paragraphs: [...threeParagraphs] }, checkA11y);
  // Operative paragraphs are numbered; the preambular one is not.
  expect(await statementLines(staff)).toEqual([threeParagraphs[0].text, `1. ${threeParagraphs[1].text}`, `2. ${threeParagraphs[2].text}`]);
  await checkA11y(staff);

  // Revision 2, then the comparison, inline and side by side.
  await reviseThroughForm(
    staff,
    [threeParagraphs[0], { kind: 'Operative', text: 'Welcome the significant progress of the programme in its five areas;' }, threeParagraphs[2]],
    'Wording from the informal consultations',
    checkA11y,
  );
  await staff.getByRole('link', { name: 'Compare revisions' }).click();
  await expect(staff.getByRole('heading', { name: 'Revision 1 → Revision 2' })).toBeVisible();
  await expect(staff.getByTestId('comparison-inline').locator('ins')).toHaveText(['significant ']);
  await checkA11y(staff);
  await staff.getByRole('link', { name: 'Side by side' }).click();
  const sides = staff.getByTestId('comparison-side-by-side').locator('tr[data-change="changed"] td');
  await expect(sides.nth(0)).toHaveText('1.Welcome the progress of the programme in its five areas;');
  await expect(sides.nth(1).locator('ins')).toHaveText('significant ');
  await checkA11y(staff);

  // Two staff edit revision 2 at once: the second save is refused and shows what the first changed.
  const colleague = await pageAs('secretariat');
  await colleague.goto(`${statementPath}/edit`);
  await checkA11y(colleague);
  await staff.goto(`${statementPath}/edit`);
  await colleague.getByLabel('Text of paragraph 3').fill('Request the secretariat to report in 2024.');
  await colleague.getByRole('button', { name: 'Save as revision 3' }).click();
  await expect(colleague.getByText('Revision 3 was saved.')).toBeVisible();
  await checkA11y(colleague);
  await fillParagraphs(staff, [...threeParagraphs.slice(0, 2)]);
  await staff.getByRole('button', { name: 'Save as revision 3' }).click();
  const refusal = staff.getByRole('alert').filter({ hasText: 'after you opened it' });
  await expect(refusal).toContainText('saved revision 3 of this text after you opened it');
  await expect(refusal).toContainText('Request the secretariat to report in 2024.');
  await checkA11y(staff);

  // The latest revision goes out for comments; delegations see it, observers do not.
  await staff.goto(statementPath);
  await circulateThroughForm(staff, 3);
  await checkA11y(staff);
  expect(await statementLines(staff)).toContain('2. Request the secretariat to report in 2024.');
  const japan = await pageAs('delegate-jpn');
  await japan.goto(meetingPath);
  await checkA11y(japan);
  await japan.getByRole('link', { name: statementTitle }).click();
  await expect(japan.getByText('Circulated for comments until')).toBeVisible();
  await expect(japan.getByRole('link', { name: 'Edit the text' })).toHaveCount(0);
  await checkA11y(japan);
  const observer = await pageAs('observer');
  await observer.goto(meetingPath);
  await expect(observer.getByRole('link', { name: statementTitle })).toHaveCount(0);
  await checkA11y(observer);
  expect((await observer.goto(statementPath))?.status()).toBe(404);
  await checkA11y(observer);
});

test('[statements] a forged edit of the text by a delegate is refused and changes nothing', async ({ pageAs, playwright, baseURL, checkA11y }) => {
  const origin = baseURL ?? '';
  const staff = await pageAs('secretariat');
  const meetingPath = await createMeetingThroughForm(staff, { title: meetingTitle('Forged statement meeting'), startDate: seoulDay(30), endDate: seoulDay(31) }, checkA11y);
  const statementPath = await draftStatementThroughForm(staff, meetingPath, { title: `Forged edit ${Date.now()}`, paragraphs: [...threeParagraphs] }, checkA11y);

  // The secretariat's save of revision 2 is captured on the way.
  await staff.getByRole('link', { name: 'Edit the text' }).click();
  await fillParagraphs(staff, [...threeParagraphs.slice(0, 2)]);
  await checkA11y(staff);
  const action = await captureAction(staff, () => staff.getByRole('button', { name: 'Save as revision 2' }).click());
  await expect(staff.getByText('Revision 2 was saved.')).toBeVisible();

  // Japan's delegate replays it, based on revision 2, with words of their own.
  const [saved] = action.args as [Record<string, unknown>];
  const forged = { ...saved, basedOnRevision: 2, paragraphs: [{ key: '', kind: 'operative', text: 'Forged by a delegation.' }] };
  const delegate = await playwright.request.newContext({ baseURL: origin, storageState: storageStateOf('delegate-jpn') });
  const refused = await postAction(delegate, action, [forged], origin);
  const body = await refused.text();
  expect(body).toContain('"formError":"forbidden"');
  expect(body).not.toContain('"ok":true');
  await delegate.dispose();

  await staff.goto(statementPath);
  await checkA11y(staff);
  expect(await statementLines(staff)).toEqual([threeParagraphs[0].text, `1. ${threeParagraphs[1].text}`]);
  await expect(staff.getByRole('region', { name: 'Revisions' }).getByText('Revision 3')).toHaveCount(0);
});
