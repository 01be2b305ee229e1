import { strFromU8, unzipSync } from 'fflate';
import {
  acceptAmendmentThroughPage,
  amendmentEntry,
  cosponsorThroughPage,
  produceRevisionThroughPage,
  proposeAmendmentThroughForm,
  withdrawSupportThroughPage,
} from './amendment-journeys';
import {
  adoptByConsensusThroughDialog,
  adoptionPanel,
  docxText,
  download,
  finalizeThroughDialog,
  lodgeObjectionThroughForm,
  pdfText,
  publishThroughDialog,
  recordPositionThroughForm,
  reopenThroughDialog,
  startSilenceThroughDialog,
  withAppClockAhead,
} from './adoption-journeys';
import { waitForEmail } from './email';
import { demoAccounts, expect, storageStateOf, test } from './fixtures';
import { createMeetingThroughForm, meetingTitle, seoulDay } from './meeting-journeys';
import { captureAction, postAction } from './server-actions';
import { circulateThroughForm, draftStatementThroughForm, fillParagraphs, reviseThroughForm, statementLines, threeParagraphs } from './statement-journeys';


const japansWords = 'Request the secretariat to report on each programme area to the next meeting.';
const japansReservation = 'Japan reserves its position on the timing of the report.';
const chinasComment = 'China supports the draft as a whole and will consult its capital on the timing.';
const chairOption = `${demoAccounts.chair.name} (${demoAccounts.chair.email})`;

test("[statements] staff draft and circulate a text; Japan amends it with China's support and China comments, taking one comment back; staff accept it, show the text as amended on the room's screen, and take it into revision 2; the chair adopts it by consensus; Japan records a reservation; signed out, its page, PDF and DOCX show it", async ({
  pageAs,
  checkA11y,
  playwright,
  baseURL,
}) => {
  test.slow();
  const staff = await pageAs('secretariat');
  const meetingPath = await createMeetingThroughForm(
    staff,
    { title: meetingTitle('Commemorative statement meeting'), startDate: seoulDay(20), endDate: seoulDay(21), chair: chairOption },
    checkA11y,
  );
  const title = `Commemorative Statement ${Date.now()}`;
  const statementPath = await draftStatementThroughForm(staff, meetingPath, { title, paragraphs: [...threeParagraphs] }, checkA11y);
  await circulateThroughForm(staff, 1);
  await checkA11y(staff);

  // Japan's delegate proposes new words for operative paragraph 2; China's co-sponsors them.
  const japan = await pageAs('delegate-jpn');
  await japan.goto(statementPath);
  await checkA11y(japan);
  const number = await proposeAmendmentThroughForm(
    japan,
    { paragraph: 'operative paragraph 2', kind: 'Replace the paragraph', text: japansWords, rationale: 'The report should cover every area.' },
    checkA11y,
  );
  await expect(amendmentEntry(japan, number)).toContainText('Proposed by Sato Haruka (Japan)');
  const china = await pageAs('delegate-chn');
  await china.goto(statementPath);
  await checkA11y(china);
  await cosponsorThroughPage(china, number, 'China');
  await checkA11y(china);
  // Support given by mistake is taken back, and given again.
  await withdrawSupportThroughPage(china, number, 'China');
  await china.reload();
  await expect(amendmentEntry(china, number)).not.toContainText('Co-sponsored by');
  await cosponsorThroughPage(china, number, 'China');

  // China's delegate says what China thinks of the text as a whole: too short, it is refused beside the field; then sent.
  const chinaComments = china.getByRole('region', { name: 'Comments from delegations' });
  await expect(chinaComments).toContainText('No delegation has commented on this text.');
  await expect(chinaComments.getByRole('heading', { name: 'Comment for China' })).toBeVisible();
  await chinaComments.getByLabel('Your delegation’s comment').fill('ok');
  await chinaComments.getByRole('button', { name: 'Send comment' }).click();
  await expect(chinaComments.getByText('Write your delegation’s comment: at least 3 characters.')).toBeVisible();
  await checkA11y(china, 'statement, a comment refused');
  await chinaComments.getByLabel('Your delegation’s comment').fill(chinasComment);
  const commentAction = await captureAction(china, () => chinaComments.getByRole('button', { name: 'Send comment' }).click());
  await expect(chinaComments.getByText('Comment sent.')).toBeVisible();
  await expect(chinaComments.getByTestId('statement-comments')).toContainText(`China on revision 1 · ${demoAccounts['delegate-chn'].name}`);
  await expect(chinaComments.getByTestId('statement-comments')).toContainText(chinasComment);
  await expect(chinaComments.getByLabel('Your delegation’s comment')).toHaveValue('');
  await checkA11y(china, 'statement, a comment sent');
  // A second comment sent by mistake is taken back, confirmed in a dialog: it leaves the page.
  await chinaComments.getByLabel('Your delegation’s comment').fill('Sent by mistake: please disregard.');
  await chinaComments.getByRole('button', { name: 'Send comment' }).click();
  await expect(chinaComments.getByTestId('statement-comments').getByRole('listitem')).toHaveCount(2);
  await chinaComments.getByRole('button', { name: /^Withdraw the comment of China of / }).last().click();
  const withdrawDialog = china.getByRole('alertdialog');
  await expect(withdrawDialog).toContainText('Withdraw this comment?');
  await checkA11y(china, 'statement, withdrawing a comment');
  await withdrawDialog.getByRole('button', { name: 'Withdraw', exact: true }).click();
  await expect(withdrawDialog).toBeHidden();
  await expect(chinaComments.getByTestId('statement-comments').getByRole('listitem')).toHaveCount(1);
  await expect(chinaComments.getByTestId('statement-comments')).not.toContainText('Sent by mistake');
  // The chair's replay of the same call is refused: a chair does not comment for a country.
  const chairRequest = await playwright.request.newContext({ baseURL: baseURL ?? '', storageState: storageStateOf('chair') });
  const refusedComment = await (await postAction(chairRequest, commentAction, commentAction.args, baseURL ?? '')).text();
  expect(refusedComment).toContain('"formError":"statementCommentMemberStatesOnly"');
  expect(refusedComment).not.toContain('"ok":true');
  await chairRequest.dispose();

  // Staff accept it; revision 2 carries it, says whose it is, and the comparison shows the words it added.
  await staff.reload();
  await expect(amendmentEntry(staff, number)).toContainText('Co-sponsored by China');
  await expect(staff.getByTestId('statement-comments')).toContainText(chinasComment);
  await acceptAmendmentThroughPage(staff, number);
  // Before revision 2, every delegation reads the text as amended so far, and staff put it on the room's screen.
  await japan.reload();
  const amendedText = japan.getByRole('region', { name: 'The text as amended so far' });
  await expect(amendedText).toContainText('Revision 1 with the amendments accepted so far merged in: amendment 1 (Japan).');
  await expect(amendedText.getByTestId('comparison-inline').locator('ins')).toHaveText(['on each programme area ']);
  await expect(japan.getByRole('button', { name: /room's screen/ })).toHaveCount(0);
  await checkA11y(japan, 'statement, the text as amended so far');
  // Japan takes it to its capital in Word, its amendment a tracked change under its name.
  const word = await download(japan, 'Download in Word, with tracked changes');
  expect(word.fileName).toMatch(/-as-amended\.docx$/);
  expect(strFromU8(unzipSync(word.bytes)['word/document.xml']!)).toMatch(/<w:ins [^>]*w:author="Japan \(amendment 1\)"[^>]*>.*?on each programme area .*?<\/w:ins>/);
  expect(docxText(word.bytes)).toContain('Text as amended so far');
  const projector = await pageAs('secretariat');
  await projector.goto(`${meetingPath}/screen`);
  await checkA11y(projector);
  await staff.reload();
  await staff.getByRole('button', { name: "Put on the room's screen: the text as amended so far" }).click();
  await expect(staff.getByRole('region', { name: 'The text as amended so far' }).getByText("On the room's screen", { exact: true })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: 'As amended so far' })).toBeVisible({ timeout: 20_000 });
  await expect(projector.getByTestId('screen-amended')).toHaveText('Revision 1 with amendment 1 accepted');
  await expect(projector.getByTestId('comparison-inline').locator('ins')).toHaveText(['on each programme area ']);
  await checkA11y(projector, `${projector.url()} (the text as amended so far)`);
  await produceRevisionThroughPage(staff, 2, { note: 'Amendments of the first round' }, checkA11y);
  await checkA11y(staff);
  // Revision 2 takes the amendment in: the screen shows the text itself.
  await expect(projector.getByTestId('screen-revision')).toHaveText(/revision 2 · Drafting$/, { timeout: 20_000 });
  const adoptedLines = [threeParagraphs[0].text, `1. ${threeParagraphs[1].text}`, `2. ${japansWords}`];
  expect(await statementLines(staff)).toEqual(adoptedLines);
  await expect(staff.getByTestId('shaped-by')).toHaveText('Shaped by Amendment 1 (Japan)');
  await staff.getByRole('link', { name: 'Compare revisions' }).click();
  await expect(staff.getByRole('heading', { name: 'Revision 1 → Revision 2' })).toBeVisible();
  await expect(staff.getByTestId('comparison-inline').locator('ins')).toHaveText(['on each programme area ']);
  await checkA11y(staff);

  // The meeting's chair finalizes the text and records its adoption by consensus; staff publish it.
  const chair = await pageAs('chair');
  await chair.goto(statementPath);
  await checkA11y(chair);
  await finalizeThroughDialog(chair, checkA11y);
  // Final, the text waits for its chair on their home page, which leads to where it is adopted.
  await chair.goto('/');
  const adoptTask = chair.getByRole('region', { name: 'Waiting for you' }).getByRole('link', { name: `Adopt “${title}” by consensus, or start a silence procedure` });
  await checkA11y(chair);
  await adoptTask.click();
  await expect(chair.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await adoptByConsensusThroughDialog(chair, checkA11y);
  await expect(adoptionPanel(chair)).toContainText(`Recorded by ${demoAccounts.chair.name}.`);
  await checkA11y(chair);
  await chair.goto('/');
  await expect(chair.getByRole('region', { name: 'Waiting for you' })).toBeVisible();
  await expect(adoptTask).toHaveCount(0);
  // Japan's delegate records a reservation on the adopted text. China's comment stays, once; no more are taken.
  await japan.goto(statementPath);
  await expect(japan.getByTestId('statement-comments').getByRole('listitem')).toHaveCount(1);
  await expect(japan.getByTestId('statement-comments')).toContainText(chinasComment);
  await expect(japan.getByLabel('Your delegation’s comment')).toHaveCount(0);
  await recordPositionThroughForm(japan, { kind: 'Reservation', text: japansReservation }, checkA11y);
  await expect(japan.getByTestId('positions')).toContainText('Japan: Reservation');
  await expect(japan.getByTestId('positions')).toContainText(`Recorded by ${demoAccounts['delegate-jpn'].name} on`);
  await expect(japan.getByRole('heading', { name: 'Record a position' })).toBeVisible();
  await staff.goto(statementPath);
  await publishThroughDialog(staff, checkA11y);
  await checkA11y(staff);
  // Published with its paper, the text takes no more positions.
  await japan.reload();
  await expect(japan.getByTestId('positions')).toContainText('Japan: Reservation');
  await expect(japan.getByRole('heading', { name: 'Record a position' })).toHaveCount(0);

  // Signed out: the meeting's public page lists it, and its page, PDF and DOCX carry the adopted text.
  const visitor = await pageAs(null);
  await visitor.goto(`/public${meetingPath}`);
  await checkA11y(visitor);
  await visitor.getByRole('link', { name: title }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(await statementLines(visitor)).toEqual(adoptedLines);
  await expect(visitor.getByTestId('adoption')).toContainText('Adopted by consensus on');
  await expect(visitor.getByTestId('positions').getByRole('listitem')).toContainText(['Japan: Reservation']);
  await expect(visitor.getByTestId('positions')).toContainText(japansReservation);
  const symbol = (await visitor.getByRole('definition').nth(1).textContent())!;
  expect(symbol).toMatch(/^ESCAP\/NEASPEC\/\S+\/\d+$/);
  await checkA11y(visitor);
  // Staff are not offered to restrict the published text's paper: it stays public.
  await staff.goto(meetingPath);
  const paperRow = staff.getByRole('table', { name: 'Meeting documents' }).getByRole('row').filter({ hasText: symbol });
  await expect(paperRow).toContainText('Stays public: the paper of a published statement.');
  await expect(paperRow.getByRole('button', { name: /^(Restrict|Make public)/ })).toHaveCount(0);
  await checkA11y(staff);
  const pdf = await download(visitor, 'Download PDF');
  expect(pdf.fileName).toMatch(/\.pdf$/);
  const printed = await pdfText(pdf.bytes);
  for (const words of [symbol, 'Distr.: General', 'Original: English', title, 'Adopted by consensus on', threeParagraphs[0].text, threeParagraphs[1].text, japansWords, japansReservation]) {
    expect(printed).toContain(words);
  }
  const docx = await download(visitor, 'Download DOCX');
  expect(docx.fileName).toMatch(/\.docx$/);
  const written = docxText(docx.bytes);
  for (const line of [symbol, 'Distr.: General', 'Original: English', title, 'Adopted by consensus on', ...adoptedLines, japansReservation]) {
    expect(written).toContain(line);
  }

  // The archive of adopted texts has it from its publication: found by its words, it leads to its page.
  await visitor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Adopted texts' }).click();
  await visitor.getByLabel('Words in the text').fill(`"${title}" secretariat`);
  await visitor.getByLabel('Words in the text').press('Enter');
  await expect(visitor.getByText('1 result', { exact: true })).toBeVisible();
  const entry = visitor.getByTestId('adopted-text');
  await expect(entry).toContainText(`Statement · ${symbol}`);
  // The excerpt marks where the words stand in the text.
  await expect(entry.locator('blockquote mark').filter({ hasText: /^secretariat$/ })).toBeVisible();
  await checkA11y(visitor);
  await entry.getByRole('link', { name: title }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test("[statements] staff draft a text in revisions, compare them word by word, show it on the room's screen, lose no edit to a colleague, and circulate it to the delegations", async ({
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

  // The text goes up on the room's screen, in large type, as the room negotiates it.
  const screen = await pageAs('secretariat');
  await screen.goto(statementPath);
  await checkA11y(screen);
  await screen.getByRole('link', { name: "Open the projector view" }).click();
  await expect(screen.getByRole('heading', { level: 1, name: statementTitle })).toBeVisible();
  await expect(screen.getByTestId('screen-revision')).toHaveText(/revision 2 · Drafting$/);
  expect(await statementLines(screen)).toEqual([threeParagraphs[0].text, '1. Welcome the significant progress of the programme in its five areas;', `2. ${threeParagraphs[2].text}`]);
  await checkA11y(screen, 'statement on the room screen');

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
  // The screen follows the saved revision on its own.
  await expect(screen.getByTestId('screen-revision')).toHaveText(/revision 3 · Drafting$/, { timeout: 20_000 });
  expect(await statementLines(screen)).toContain('2. Request the secretariat to report in 2024.');
  await checkA11y(screen, 'statement on the room screen, revision 3');

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
  expect((await observer.goto(`${statementPath}/screen`))?.status()).toBe(404);
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

test("[statements] a silence procedure: Russia's objection breaks silence, and a second procedure passes at its deadline", async ({ pageAs, checkA11y }) => {
  test.slow();
  const staff = await pageAs('secretariat');
  const meetingPath = await createMeetingThroughForm(staff, { title: meetingTitle('Silence meeting'), startDate: seoulDay(20), endDate: seoulDay(21), chair: chairOption }, checkA11y);
  const title = `Statement under silence ${Date.now()}`;
  const statementPath = await draftStatementThroughForm(staff, meetingPath, { title, paragraphs: [...threeParagraphs] }, checkA11y);
  await circulateThroughForm(staff, 1);
  await checkA11y(staff);

  const chair = await pageAs('chair');
  await chair.goto(statementPath);
  await finalizeThroughDialog(chair, checkA11y);
  await startSilenceThroughDialog(chair, checkA11y);
  await checkA11y(chair);
  await waitForEmail(demoAccounts['delegate-rus'].email, `Silence procedure: ${title}`);

  // Russia objects before the deadline: silence is broken, the text is back in drafting, everyone sees why.
  const russia = await pageAs('delegate-rus');
  await russia.goto(statementPath);
  await checkA11y(russia);
  const objection = 'The Russian Federation cannot support operative paragraph 2 as drafted.';
  await lodgeObjectionThroughForm(russia, objection, checkA11y);
  await checkA11y(russia);
  await waitForEmail(demoAccounts.chair.email, `Silence broken: ${title}`);
  await chair.reload();
  await expect(chair.getByTestId('objections')).toContainText('Russian Federation');
  await expect(chair.getByTestId('objections')).toContainText(objection);
  await checkA11y(chair);

  // The chair finalizes the text, thinks better of it and sends it back to drafting; then finalizes it
  // again and starts a second procedure, which nobody breaks: 73 hours later it is adopted at its deadline.
  await finalizeThroughDialog(chair, checkA11y);
  await reopenThroughDialog(chair, checkA11y);
  await finalizeThroughDialog(chair, checkA11y);
  const deadline = await startSilenceThroughDialog(chair, checkA11y);
  const shownDeadline = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(`${deadline}:00+09:00`));
  await withAppClockAhead(73, async () => {
    await chair.reload();
    await expect(adoptionPanel(chair).getByTestId('adoption')).toHaveText(`Adopted by silence procedure, at its deadline on ${shownDeadline} (Asia/Seoul).`);
    await checkA11y(chair);
    await russia.reload();
    await expect(russia.getByTestId('adoption')).toContainText('Adopted by silence procedure');
    await expect(russia.getByRole('button', { name: 'Lodge an objection' })).toHaveCount(0);
    // The sweep records the adoption (the page already showed it): the audit log has it, by no one.
    await expect(async () => {
      await staff.goto('/admin/audit?entity=statement');
      await expect(staff.getByRole('row').filter({ hasText: title }).filter({ hasText: 'Statement adopted' })).toHaveCount(1);
    }).toPass({ timeout: 20_000 });
    await checkA11y(staff);
  });
  // The first procedure's objection stays on record with the adopted text.
  await expect(russia.getByTestId('objections')).toContainText(objection);
  await checkA11y(russia);
});

test("[statements] anyone finds the programme's adopted texts: signed out, the 26th SOM's report by its words, its kind and its year; a delegate from the app's menu, on to the text's own page", async ({
  pageAs,
  checkA11y,
}) => {
  const reportTitle = 'Report of the Twenty-sixth Senior Officials Meeting of NEASPEC';
  const visitor = await pageAs(null);
  await visitor.goto('/public');
  await checkA11y(visitor);
  await visitor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Adopted texts' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Adopted texts' })).toBeVisible();
  await expect(visitor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Adopted texts' })).toHaveAttribute('aria-current', 'page');
  await expect(visitor.getByRole('link', { name: reportTitle })).toBeVisible();
  await checkA11y(visitor);

  // "partnerships" finds the report's "Partnership", which the excerpt marks; the kind narrows the list to reports.
  const words = visitor.getByLabel('Words in the text');
  await words.fill('Clean Air partnerships');
  await visitor.getByLabel('Kind').selectOption('Report');
  await visitor.getByRole('button', { name: 'Search' }).click();
  const report = visitor.getByTestId('adopted-text').filter({ hasText: reportTitle });
  await expect(report).toContainText('Report · ESCAP/NEASPEC/SOM(26)/4');
  await expect(report).toContainText('Adopted by silence procedure, at its deadline on');
  await expect(report.locator('blockquote mark')).toContainText(['Clean', 'Air', 'Partnership']);
  // The excerpt starts inside the text, and says so.
  await expect(report.locator('blockquote')).toHaveText(/^… /);
  await expect(visitor.getByTestId('adopted-text').filter({ hasText: 'Commemorative Statement on Promoting' })).toHaveCount(0);
  await checkA11y(visitor);

  await words.fill('zebra giraffe');
  await words.press('Enter');
  await expect(visitor.getByText('No adopted text matches this search.')).toBeVisible();
  await visitor.getByRole('link', { name: 'Show every text' }).click();
  await expect(words).toHaveValue('');
  // Every filter is cleared on the page, not only in its address, so the next search starts afresh.
  await expect(visitor.getByLabel('Kind')).toHaveValue('');
  await expect(visitor.getByRole('link', { name: reportTitle })).toBeVisible();

  // The year of adoption: the commemorative statement was adopted at the meeting in 2023, the report by silence in January 2024.
  await visitor.getByLabel('Adopted in').selectOption('2023');
  await visitor.getByRole('button', { name: 'Search' }).click();
  await expect(visitor).toHaveURL(/year=2023/);
  await expect(visitor.getByTestId('adopted-text')).toHaveCount(1);
  await expect(visitor.getByTestId('adopted-text')).toContainText('Commemorative Statement on Promoting');
  await expect(visitor.getByText('1 result', { exact: true })).toBeVisible();
  await checkA11y(visitor);
  await visitor.getByLabel('Adopted in').selectOption('2024');
  await visitor.getByRole('button', { name: 'Search' }).click();
  await expect(visitor.getByTestId('adopted-text')).toHaveCount(1);
  await expect(visitor.getByRole('link', { name: reportTitle })).toBeVisible();

  // Signed in, the menu leads to the same archive, whose texts open on their working page.
  const delegate = await pageAs('delegate-chn');
  await delegate.goto('/');
  await checkA11y(delegate);
  await delegate.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Adopted texts' }).click();
  await delegate.getByLabel('Words in the text').fill('"land degradation and restoration"');
  await delegate.getByLabel('Words in the text').press('Enter');
  await checkA11y(delegate);
  await delegate.getByRole('link', { name: reportTitle }).click();
  await expect(delegate).toHaveURL(/\/meetings\/[0-9a-f-]+\/statements\/[0-9a-f-]+$/);
  await expect(delegate.getByRole('heading', { level: 1, name: reportTitle })).toBeVisible();
  await checkA11y(delegate);
});
