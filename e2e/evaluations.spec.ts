import { waitForEmail } from './email';
import { expect, storageStateOf, test } from './fixtures';
import { openDemoSom26 } from './meeting-journeys';
import { captureAction, postAction } from './server-actions';

const som26 = 'Twenty-sixth Senior Officials Meeting of NEASPEC';

test("[evaluations] the secretariat opens the 26th SOM's evaluation again; Japan's head answers it once through the emailed link, anonymously; a forged second answer and a delegate's forged opening are refused; staff read the results and close it", async ({
  pageAs,
  playwright,
  baseURL,
  checkA11y,
}) => {
  test.slow();
  const origin = baseURL ?? '';
  const staff = await pageAs('secretariat');
  await openDemoSom26(staff, checkA11y);
  await staff.getByRole('link', { name: 'Evaluation', exact: true }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Evaluation of the meeting' })).toBeVisible();
  // The demo's evaluation: closed, five answers of the meeting's participants, counted and drawn, with their remarks.
  await expect(staff.getByTestId('evaluation-state')).toHaveText('Closed. It took answers until December 8, 2023.');
  const results = staff.getByRole('region', { name: 'Results' });
  await expect(results).toContainText(/^Results5 answers from \d+ approved participants \(\d+%\)\./);
  await expect(results.getByRole('row', { name: /Overall, the meeting was useful to my work\. 0 0 0 3 2 4\.4/ })).toBeVisible();
  await expect(staff.getByRole('region', { name: 'What should the secretariat do better next time?' })).toContainText('Circulate the working papers two weeks before');
  await checkA11y(staff);

  // Opened again until a day two weeks ahead (offered), it asks those who have not answered, Japan's head among them.
  const closingDay = staff.getByLabel('Open until');
  await expect(closingDay).not.toHaveValue('');
  const opening = await captureAction(staff, () => staff.getByRole('button', { name: 'Open it again' }).click());
  await expect(staff.getByTestId('evaluation-state')).toContainText('Open to the meeting\'s approved participants until the end of');
  await checkA11y(staff);
  const invitation = await waitForEmail('delegate.jpn@neaspec.example', `Your evaluation of ${som26}`);
  const link = new URL(/https?:\/\/\S+\/public\/evaluations\/[A-Za-z0-9_-]{43}/.exec(invitation.text)?.[0] ?? '').pathname;

  // Japan's head follows the link from the email, signed out: every statement must be rated before the answers go.
  const visitor = await pageAs(null);
  await visitor.goto(link);
  await expect(visitor.getByRole('heading', { level: 1, name: `Evaluation of the ${som26}` })).toBeVisible();
  await expect(visitor.getByRole('region', { name: 'Results' })).toHaveCount(0);
  await checkA11y(visitor);
  const objectives = visitor.getByRole('group', { name: 'The meeting achieved its objectives.' });
  await objectives.getByLabel('Agree', { exact: true }).check();
  await visitor.getByRole('button', { name: 'Send my answers' }).click();
  await expect(visitor.getByRole('group', { name: 'The agenda was relevant to the priorities of my government or organization.' })).toContainText('Choose how far you agree.');
  await checkA11y(visitor, 'evaluation by link, ratings missing');
  for (const [question, rating] of [
    ['The agenda was relevant to the priorities of my government or organization.', 'Strongly agree'],
    ['The documents were useful and available in good time.', 'Disagree'],
    ['The organization of the meeting (venue, logistics, support) was satisfactory.', 'Agree'],
    ['Overall, the meeting was useful to my work.', 'Agree'],
  ] as const) {
    // By keyboard, as a radio group is used: focus the choice and press Space.
    const choice = visitor.getByRole('group', { name: question }).getByLabel(rating, { exact: true });
    await choice.focus();
    await visitor.keyboard.press('Space');
    await expect(choice).toBeChecked();
  }
  await visitor.getByLabel('What should the secretariat do better next time?').fill('Issue the Japanese translation of the review earlier.');
  const answer = await captureAction(visitor, () => visitor.getByRole('button', { name: 'Send my answers' }).click());
  await expect(visitor.getByText('Thank you: your answers are in. They are anonymous.')).toBeVisible();
  await expect(visitor.getByRole('button', { name: 'Send my answers' })).toHaveCount(0);
  await checkA11y(visitor);

  // The same call again, from anywhere: refused, nothing written. A link that leads nowhere says so.
  const anyone = await playwright.request.newContext({ baseURL: origin });
  const again = await (await postAction(anyone, answer, answer.args, origin)).text();
  expect(again).toContain('"formError":"evaluationAlreadyAnswered"');
  expect(again).not.toContain('"ok":true');
  await anyone.dispose();
  await visitor.goto(`/public/evaluations/${'x'.repeat(43)}`);
  await expect(visitor.getByText('This link leads to no evaluation.')).toBeVisible();
  await checkA11y(visitor);

  // Signed in, Japan's head finds the meeting's evaluation answered: the link's answer was theirs.
  const japan = await pageAs('delegate-jpn');
  await japan.goto(new URL(staff.url()).pathname);
  await expect(japan.getByText('Thank you: your answers are in. They are anonymous.')).toBeVisible();
  await expect(japan.getByRole('button', { name: 'Send my answers' })).toHaveCount(0);
  await checkA11y(japan);

  // A delegate forging the secretariat's opening (to move its day) is refused.
  const korea = await playwright.request.newContext({ baseURL: origin, storageState: storageStateOf('delegate-kor') });
  const forged = await (await postAction(korea, opening, opening.args, origin)).text();
  expect(forged).toContain('"formError":"forbidden"');
  await korea.dispose();

  // Staff see six answers now, Japan's remark among them (under no name), and close the evaluation after confirming.
  await staff.reload();
  await expect(results).toContainText('6 answers from');
  await expect(staff.getByRole('region', { name: 'What should the secretariat do better next time?' })).toContainText('Issue the Japanese translation of the review earlier.');
  await staff.getByRole('button', { name: 'Close the evaluation now' }).click();
  const dialog = staff.getByRole('alertdialog', { name: 'Close the evaluation now?' });
  await checkA11y(staff, 'evaluation, closing');
  await dialog.getByRole('button', { name: 'Close the evaluation now' }).click();
  await expect(staff.getByTestId('evaluation-state')).toContainText('Closed. It took answers until');
  await expect(staff.getByRole('button', { name: 'Open it again' })).toBeVisible();
  await checkA11y(staff);
});
