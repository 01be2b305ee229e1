import type { Page } from '@playwright/test';
import { addDays, zonedDate } from '@/lib/time-zones';
import { expect, uniqueSuffix } from './fixtures';

/** Today and the days around it where the demo meetings are held (the browser's zone too). */
export function seoulDay(offset = 0): string {
  return addDays(zonedDate(new Date(), 'Asia/Seoul'), offset);
}

/** The demo's 26th SOM, opened as anyone finds it: from the home page's list of SOMs. */
export async function openDemoSom26(page: Page, checkA11y: (page: Page) => Promise<void>): Promise<void> {
  await page.goto('/?series=SOM');
  await checkA11y(page);
  await page.getByRole('link', { name: 'Twenty-sixth Senior Officials Meeting of NEASPEC' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Twenty-sixth Senior Officials Meeting of NEASPEC' })).toBeVisible();
  await checkA11y(page);
}

export type NewMeeting = { title: string; startDate: string; endDate: string; chair?: string };

/**
 * The secretariat creates an Expert Group Meeting through the New meeting form and lands on its
 * page; returns the page's path. It takes a number of its own, not the next free one, which a spec
 * running beside it may take, and another when the form says that one is taken. The numbers drawn are
 * odd, so that the meeting planned after one (numbered one more) never meets another drawn number.
 */
export async function createMeetingThroughForm(page: Page, meeting: NewMeeting, checkA11y: (page: Page) => Promise<void>): Promise<string> {
  await page.goto('/meetings/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New meeting' })).toBeVisible();
  await checkA11y(page);
  await page.getByLabel('Series').selectOption({ label: 'Expert Group Meeting' });
  await page.getByLabel('Title', { exact: true }).fill(meeting.title);
  await page.getByLabel('First day').fill(meeting.startDate);
  await page.getByLabel('Last day').fill(meeting.endDate);
  if (meeting.chair) await page.getByLabel('Chair').selectOption({ label: meeting.chair });
  const created = page.getByRole('heading', { level: 1, name: meeting.title });
  const taken = page.getByText('This series already has a meeting with this number.');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel('Number').fill(String(101 + 2 * Math.floor(Math.random() * 449)));
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await expect(created.or(taken)).toBeVisible();
    if (await created.isVisible()) break;
  }
  await expect(created).toBeVisible();
  await checkA11y(page);
  return new URL(page.url()).pathname;
}

/** A small file the upload form takes as a PDF (its type is read from the content). */
export const smallPdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/**
 * Staff upload a new paper from the meeting page through the upload form, and land back on the
 * meeting page with the notice of its symbol; returns the symbol.
 */
export async function uploadPaperThroughForm(
  page: Page,
  paper: { title: string; isPublic: boolean; fileName?: string; content?: Buffer },
  checkA11y: (page: Page) => Promise<void>,
): Promise<string> {
  await page.getByRole('link', { name: 'Upload document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upload a document' })).toBeVisible();
  await checkA11y(page);
  await page.getByLabel('Title', { exact: true }).fill(paper.title);
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: paper.fileName ?? 'paper.pdf', mimeType: 'application/pdf', buffer: paper.content ?? smallPdf });
  if (paper.isPublic) await page.getByLabel('Public document').check();
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  const notice = page.getByText(/^The document was uploaded as .+\.$/);
  await expect(notice).toBeVisible();
  return (await notice.innerText()).replace(/^The document was uploaded as /, '').replace(/\.$/, '');
}

/** A title no other spec uses. */
export function meetingTitle(label: string): string {
  return `${label} ${uniqueSuffix()}`;
}

/** Takes a lifecycle step from the meeting page, confirming in the dialog (its confirm button may say "... anyway"). */
export async function takeStep(page: Page, step: string, options: { expectWarning?: RegExp } = {}): Promise<void> {
  await page.getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  if (options.expectWarning) await expect(dialog).toContainText(options.expectWarning);
  await dialog.getByRole('button', { name: new RegExp(`^${step}( anyway)?$`) }).click();
  await expect(dialog).toBeHidden();
}
