import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// Steps of the statements' journeys, as a person takes them in the browser.

export type ParagraphDraft = { kind: 'Preambular' | 'Operative'; text: string };

/** The short text the statements' journeys start from: a preambular paragraph, then two operative ones. */
export const threeParagraphs = [
  { kind: 'Preambular', text: 'Recalling the Framework for NEASPEC adopted in 1996,' },
  { kind: 'Operative', text: 'Welcome the progress of the programme in its five areas;' },
  { kind: 'Operative', text: 'Request the secretariat to report to the next meeting.' },
] as const satisfies readonly ParagraphDraft[];

type A11yCheck = (page: Page) => Promise<void>;

/** Writes the paragraphs into the editor on the page, adding paragraphs as needed (the form starts with two). */
export async function fillParagraphs(page: Page, paragraphs: ParagraphDraft[]): Promise<void> {
  const count = () => page.getByLabel(/^Text of paragraph \d+$/).count();
  while ((await count()) < paragraphs.length) await page.getByRole('button', { name: 'Add a paragraph' }).click();
  while ((await count()) > paragraphs.length) await page.getByRole('button', { name: `Remove paragraph ${await count()}` }).click();
  for (const [index, paragraph] of paragraphs.entries()) {
    await page.getByLabel(`Kind of paragraph ${index + 1}`).selectOption({ label: paragraph.kind });
    await page.getByLabel(`Text of paragraph ${index + 1}`).fill(paragraph.text);
  }
}

/** From the meeting's page, the secretariat drafts a statement; returns the statement's path. */
export async function draftStatementThroughForm(
  page: Page,
  meetingPath: string,
  statement: { title: string; paragraphs: ParagraphDraft[] },
  checkA11y: A11yCheck,
): Promise<string> {
  await page.goto(meetingPath);
  await page.getByRole('link', { name: 'New statement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New statement' })).toBeVisible();
  await page.getByLabel('Title').fill(statement.title);
  await fillParagraphs(page, statement.paragraphs);
  await checkA11y(page);
  await page.getByRole('button', { name: 'Draft the statement' }).click();
  await expect(page.getByText('The statement was drafted as revision 1.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: statement.title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** On the statement's page: the text of the shown revision, a line per paragraph ("1. Welcome ..."; preambular ones without a number). */
export async function statementLines(page: Page): Promise<string[]> {
  return page
    .getByTestId('statement-text')
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((item) => {
        const number = item.querySelector('[data-testid="paragraph-number"]')?.textContent;
        const text = item.querySelector('[data-testid="paragraph-text"]')?.textContent ?? '';
        return number ? `${number} ${text}` : text;
      }),
    );
}

/** On the statement's page, the secretariat circulates the latest revision until `deadline` (a datetime-local value), or the default week. */
export async function circulateThroughForm(page: Page, revision: number, deadline?: string): Promise<void> {
  const panel = page.getByRole('region', { name: `Circulate revision ${revision}` });
  if (deadline) await panel.getByLabel('Comment deadline').fill(deadline);
  await panel.getByRole('button', { name: 'Circulate for comments' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Circulate revision ${revision}?` });
  await expect(dialog).toContainText('Every delegation is emailed now');
  await dialog.getByRole('button', { name: 'Circulate for comments' }).click();
  await expect(page.getByText(`Revision ${revision} was circulated to the delegations.`)).toBeVisible();
  await expect(page.getByText('Circulated for comments', { exact: true })).toBeVisible();
}

/** On the statement's page, the secretariat edits the text and saves the next revision. */
export async function reviseThroughForm(page: Page, paragraphs: ParagraphDraft[], note: string, checkA11y: A11yCheck): Promise<void> {
  await page.getByRole('link', { name: 'Edit the text' }).click();
  await fillParagraphs(page, paragraphs);
  await checkA11y(page);
  await page.getByLabel('What changed, and why').fill(note);
  await page.getByRole('button', { name: /^Save as revision \d+$/ }).click();
  await expect(page.getByText(/^Revision \d+ was saved\.$/)).toBeVisible();
}
