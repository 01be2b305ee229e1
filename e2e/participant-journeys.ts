import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import { expect } from './fixtures';
import { captureAction, type CapturedAction } from './server-actions';

type A11yCheck = (page: Page) => Promise<void>;

/** The text of a PDF, its runs of white space (line breaks of wrapped names) made single spaces. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: bytes });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Opens a meeting's list of participants from the meeting page. */
export async function openParticipantList(page: Page, meetingPath: string, checkA11y: A11yCheck): Promise<void> {
  await page.goto(meetingPath);
  await page.getByRole('link', { name: 'List of participants' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'List of participants' })).toBeVisible();
  await checkA11y(page);
}

/** Downloads the CSV from the list page; returns its text. */
export async function downloadParticipantsCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  return (await downloaded(download)).toString('utf8');
}

/** Downloads a PDF from the list page by its link's name (the badges, the printable list); returns its text. */
export async function downloadPdfText(page: Page, linkName: string | RegExp): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).first().click()]);
  const bytes = await downloaded(download);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdfText(bytes);
}

/**
 * At the check-in desk, finds a participant by name and checks them in for the first day of the
 * meeting they were not yet present; returns the server action call the button made.
 */
export async function checkInAtDesk(page: Page, meetingPath: string, name: string, checkA11y: A11yCheck): Promise<CapturedAction> {
  await page.goto(`${meetingPath}/check-in`);
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(page.getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
  await checkA11y(page);
  const row = page.getByRole('row', { name: new RegExp(name) });
  const call = await captureAction(page, () => row.getByRole('button', { name: new RegExp(`^Check in .+: .*${escapeRegExp(name)}$`) }).first().click());
  await expect(row.getByText(/^Present /).first()).toBeVisible();
  return call;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
