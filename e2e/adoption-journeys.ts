import { readFile, rm, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
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

/** The chair sends a finalized text back to drafting, so the secretariat may change it. */
export async function reopenThroughDialog(page: Page, checkA11y: A11yCheck): Promise<void> {
  await confirmStep(page, 'Back to drafting', checkA11y);
  await expect(adoptionPanel(page).getByRole('button', { name: 'Finalize the text', exact: true })).toBeVisible();
  await expect(page.getByText('Final text', { exact: true })).toHaveCount(0);
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

/**
 * A member state's delegate lodges an objection from the statement page. The form asks only once its
 * text passes the browser's check, and a first answer of "Cancel" lodges nothing.
 */
export async function lodgeObjectionThroughForm(page: Page, text: string, checkA11y?: A11yCheck): Promise<void> {
  const field = adoptionPanel(page).getByLabel(/^Objection of /);
  const lodge = adoptionPanel(page).getByRole('button', { name: 'Lodge an objection' });
  await lodge.click();
  await expect(field).toHaveAccessibleDescription(/^Write the objection \(at least 3 characters\)\./);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await field.fill(text);
  await lodge.click();
  const dialog = page.getByRole('alertdialog', { name: /^Lodge an objection for .+\?$/ });
  await expect(dialog).toContainText('An objection cannot be withdrawn.');
  if (checkA11y) await checkA11y(page, `${page.url()} (objection dialog)`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('silence-procedure')).toContainText('Under silence procedure until');
  await field.fill(text);
  await lodge.click();
  await dialog.getByRole('button', { name: 'Lodge an objection' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('objections')).toContainText(text);
  await expect(adoptionPanel(page).getByRole('button', { name: 'Lodge an objection' })).toHaveCount(0);
}

/** A delegate records their party's position on the adopted text from the statement page. */
export async function recordPositionThroughForm(page: Page, position: { kind: string; text: string }, checkA11y: A11yCheck): Promise<void> {
  const panel = page.getByRole('region', { name: 'Positions of parties' });
  await panel.getByLabel('Kind of position').selectOption({ label: position.kind });
  await panel.getByLabel('Text of the position').fill(position.text);
  await checkA11y(page, `${page.url()} (position)`);
  await panel.getByRole('button', { name: 'Record a position' }).click();
  await expect(panel.getByTestId('positions')).toContainText(position.text);
  await expect(panel.getByLabel('Text of the position')).toHaveValue('');
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

/**
 * Runs `work` with the server's statements clock `hours` ahead (lib/clock.ts reads the file the
 * suite's server is given), as if that time had gone by: a silence procedure's 72 hours pass without
 * a real wait, and the app keeps refusing deadlines in the past. The clock is put back afterwards,
 * so other specs only see it moved for these few page loads.
 */
export async function withAppClockAhead(hours: number, work: () => Promise<void>): Promise<void> {
  const clockFile = process.env.E2E_CLOCK_FILE;
  if (!clockFile) throw new Error('E2E_CLOCK_FILE is not set: run the specs through playwright.config.ts');
  await writeFile(clockFile, String(hours * 3_600_000));
  try {
    await work();
  } finally {
    await rm(clockFile, { force: true });
  }
}
