import { adoptByConsensusThroughDialog, adoptionPanel, canMoveTheClock, docxText, download, finalizeThroughDialog, lodgeObjectionThroughForm, moveSilenceDeadlineIntoPast, pdfText, publishThroughDialog, startSilenceThroughDialog } from './adoption-journeys';
import { waitForEmail } from './email';
import { demoAccounts, expect, test } from './fixtures';
import { createMeetingThroughForm, meetingTitle, seoulDay } from './meeting-journeys';
import { circulateThroughForm, draftStatementThroughForm, statementLines } from './statement-journeys';

const paragraphs = [
  { kind: 'Preambular', text: 'Recalling the Framework for NEASPEC adopted in 1996,' },
  { kind: 'Operative', text: 'Welcome the progress of the programme in its five areas;' },
  { kind: 'Operative', text: 'Request the secretariat to report to the next meeting.' },
] as const;
const numberedLines = [paragraphs[0].text, `1. ${paragraphs[1].text}`, `2. ${paragraphs[2].text}`];
const chairOption = `${demoAccounts.chair.name} (${demoAccounts.chair.email})`;

test('[statements] the chair finalizes and adopts a text by consensus; signed out, its public page, PDF and DOCX show the adopted text', async ({
  pageAs,
  checkA11y,
}) => {
  test.slow();
  const staff = await pageAs('secretariat');
  const meetingPath = await createMeetingThroughForm(staff, { title: meetingTitle('Adoption meeting'), startDate: seoulDay(20), endDate: seoulDay(21), chair: chairOption }, checkA11y);
  const title = `Statement adopted by consensus ${Date.now()}`;
  const statementPath = await draftStatementThroughForm(staff, meetingPath, { title, paragraphs: [...paragraphs] }, checkA11y);

  const chair = await pageAs('chair');
  await chair.goto(statementPath);
  await checkA11y(chair);
  await finalizeThroughDialog(chair, checkA11y);
  await checkA11y(chair);
  await adoptByConsensusThroughDialog(chair, checkA11y);
  await expect(adoptionPanel(chair)).toContainText(`Recorded by ${demoAccounts.chair.name}.`);
  await checkA11y(chair);

  await staff.goto(statementPath);
  await publishThroughDialog(staff, checkA11y);
  await checkA11y(staff);

  // Signed out: the meeting's public page lists the text; its page shows it as adopted.
  const visitor = await pageAs(null);
  await visitor.goto(`/public${meetingPath}`);
  await checkA11y(visitor);
  await visitor.getByRole('link', { name: title }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(await statementLines(visitor)).toEqual(numberedLines);
  await expect(visitor.getByTestId('adoption')).toContainText('Adopted by consensus on');
  const symbol = (await visitor.getByRole('definition').nth(1).textContent())!;
  expect(symbol).toMatch(/^ESCAP\/NEASPEC\/\S+\/\d+$/);
  await checkA11y(visitor);

  const pdf = await download(visitor, 'Download PDF');
  expect(pdf.fileName).toMatch(/\.pdf$/);
  const printed = await pdfText(pdf.bytes);
  for (const words of [symbol, title, 'Adopted by consensus on', paragraphs[0].text, '1.', paragraphs[1].text, '2.', paragraphs[2].text]) expect(printed).toContain(words);

  const docx = await download(visitor, 'Download DOCX');
  expect(docx.fileName).toMatch(/\.docx$/);
  const written = docxText(docx.bytes);
  for (const line of [symbol, title, ...numberedLines]) expect(written).toContain(line);
  expect(written).toContain('Adopted by consensus on');
});

test("[statements] a silence procedure: Russia's objection breaks silence, and a second procedure passes at its deadline", async ({ pageAs, checkA11y }) => {
  test.skip(!canMoveTheClock, 'The deadline is moved in the database the server uses: PostgreSQL only (DATABASE_URL).');
  test.slow();
  const staff = await pageAs('secretariat');
  const meetingPath = await createMeetingThroughForm(staff, { title: meetingTitle('Silence meeting'), startDate: seoulDay(20), endDate: seoulDay(21), chair: chairOption }, checkA11y);
  const title = `Statement under silence ${Date.now()}`;
  const statementPath = await draftStatementThroughForm(staff, meetingPath, { title, paragraphs: [...paragraphs] }, checkA11y);
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
  await lodgeObjectionThroughForm(russia, objection);
  await checkA11y(russia);
  await waitForEmail(demoAccounts.chair.email, `Silence broken: ${title}`);
  await chair.reload();
  await expect(chair.getByTestId('objections')).toContainText('Russian Federation');
  await expect(chair.getByTestId('objections')).toContainText(objection);
  await checkA11y(chair);

  // The chair finalizes the text again and starts a second procedure, which nobody breaks.
  await finalizeThroughDialog(chair, checkA11y);
  await startSilenceThroughDialog(chair, checkA11y);
  const deadline = await moveSilenceDeadlineIntoPast(statementPath.split('/').pop()!, 5);
  const shownDeadline = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(deadline);
  await chair.reload();
  await expect(adoptionPanel(chair).getByTestId('adoption')).toHaveText(`Adopted by silence procedure, at its deadline on ${shownDeadline} (Asia/Seoul).`);
  await checkA11y(chair);
  await russia.reload();
  await expect(russia.getByTestId('adoption')).toContainText('Adopted by silence procedure');
  await expect(russia.getByRole('button', { name: 'Lodge an objection' })).toHaveCount(0);
  // The first procedure's objection stays on record with the adopted text.
  await expect(russia.getByTestId('objections')).toContainText(objection);
  await checkA11y(russia);
});
