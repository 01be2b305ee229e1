import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import postgres from 'postgres';
import { pdfText } from '../tests/helpers/pdf-text';
import { expect } from './fixtures';

// Steps of a statement's adoption, as the chair, the delegations and the secretariat take them in
// the browser, and the papers a visitor downloads.

type A11yCheck = (page: Page, label?: string) => Promise<void>;

/** The statement page's Adoption section. */
export const adoptionPanel = (page: Page) => page.getByRole('region', { name: 'Adoption' });

/** Opens the step's dialog from the Adoption section, checks it, and confirms it; returns once the dialog has closed. */
async function confirmStep(page: Page, step: string, checkA11y: A11yCheck, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await adoptionPanel(page).getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await checkA11y(page, `${page.url()} (${step})`);
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: step, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The chair finalizes the latest revision. */
export async function finalizeThroughDialog(page: Page, checkA11y: A11yCheck): Promise<void> {
  await confirmStep(page, 'Finalize the text', checkA11y);
  await expect(page.getByText('Final text', { exact: true })).toBeVisible();
}

/** The chair records the consensus, at the time the dialog proposes (now, in the meeting's zone). */
export async function adoptByConsensusThroughDialog(page: Page, checkA11y: A11yCheck): Promise<void> {
  await confirmStep(page, 'Adopt by consensus', checkA11y, async (dialog) => {
    await expect(dialog.getByLabel('Adopted at')).not.toHaveValue('');
  });
  await expect(adoptionPanel(page).getByTestId('adoption')).toContainText('Adopted by consensus on');
}

/** The chair starts a silence procedure with the deadline the dialog proposes (72 hours from now); returns that deadline as shown. */
export async function startSilenceThroughDialog(page: Page, checkA11y: A11yCheck): Promise<string> {
  let deadline = '';
  await confirmStep(page, 'Start a silence procedure', checkA11y, async (dialog) => {
    deadline = await dialog.getByLabel('Deadline').inputValue();
  });
  await expect(page.getByTestId('silence-procedure')).toContainText('Under silence procedure until');
  return deadline;
}

/** A member state's delegate lodges an objection from the statement page. */
export async function lodgeObjectionThroughForm(page: Page, text: string): Promise<void> {
  await adoptionPanel(page).getByLabel(/^Objection of /).fill(text);
  await adoptionPanel(page).getByRole('button', { name: 'Lodge an objection' }).click();
  await expect(page.getByTestId('objections')).toContainText(text);
  await expect(adoptionPanel(page).getByRole('button', { name: 'Lodge an objection' })).toHaveCount(0);
}

/** The secretariat publishes the adopted text. */
export async function publishThroughDialog(page: Page, checkA11y: A11yCheck): Promise<void> {
  await confirmStep(page, 'Publish', checkA11y);
  await expect(adoptionPanel(page).getByRole('link', { name: 'Public page' })).toBeVisible();
}

/** Clicks a download link and returns the file's name and bytes. */
export async function download(page: Page, linkName: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return { fileName: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

export { pdfText };

/** The words of a Word document, a line per paragraph (word/document.xml without its markup; a tab is a space). */
export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** Whether the spec can drive a silence procedure's clock (see moveSilenceDeadlineIntoPast). */
export const canMoveTheClock = Boolean(process.env.DATABASE_URL);

/**
 * Drives the clock of a silence procedure: moves the running procedure's deadline `minutes` into the
 * past, in the database the server uses, as if the 72 hours had gone by. The app takes no deadline in
 * the past (rightly) and has no test-only routes, and a real wait is out of the question; the server
 * reads the deadline on every request, so the next page load shows what a delegate would see once
 * it passed. Only on PostgreSQL (DATABASE_URL): the embedded PGlite allows one process per folder,
 * and the server holds it. Returns the new deadline.
 */
export async function moveSilenceDeadlineIntoPast(statementId: string, minutes: number): Promise<Date> {
  if (!process.env.DATABASE_URL) throw new Error('Moving the clock needs DATABASE_URL (PostgreSQL).');
  const sql = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ deadline: Date }[]>`
      update statements
      set silence_deadline = date_trunc('minute', now()) - make_interval(mins => ${minutes}),
          silence_started_at = date_trunc('minute', now()) - make_interval(mins => ${minutes}) - interval '72 hours'
      where id = ${statementId} and status = 'silence_procedure'
      returning silence_deadline as deadline`;
    if (!row) throw new Error(`Statement ${statementId} is not under a silence procedure.`);
    return row.deadline;
  } finally {
    await sql.end();
  }
}
