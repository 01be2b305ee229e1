import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// Steps of the amendments' journeys on a statement's page, as a delegate or the secretariat takes them.

type A11yCheck = (page: Page, label?: string) => Promise<void>;

export type AmendmentDraft = {
  /** As the form names it: "operative paragraph 2", "preambular paragraph 1". */
  paragraph: string;
  kind: 'Replace the paragraph' | 'Insert a paragraph after it' | 'Delete the paragraph';
  text?: string;
  paragraphKind?: 'Preambular' | 'Operative';
  rationale: string;
};

/** The amendment's entry in the statement's list of amendments ("Amendment 1 (Japan)"). */
export function amendmentEntry(page: Page, number: number): ReturnType<Page['getByRole']> {
  return page.getByRole('article', { name: new RegExp(`^Amendment ${number} \\(`) });
}

/** Fills the form on the statement's page with the amendment and sends it. */
async function sendAmendmentForm(page: Page, amendment: AmendmentDraft, checkA11y?: A11yCheck) {
  const form = page.getByRole('form', { name: 'Propose an amendment' });
  const paragraph = form.getByLabel('Paragraph', { exact: true });
  const option = paragraph.locator('option', { hasText: new RegExp(`^${amendment.paragraph}:`) });
  await paragraph.selectOption((await option.getAttribute('value'))!);
  await form.getByLabel('Amendment', { exact: true }).selectOption({ label: amendment.kind });
  if (amendment.paragraphKind) await form.getByLabel('Kind of the new paragraph').selectOption({ label: amendment.paragraphKind });
  if (amendment.text !== undefined) await form.getByRole('textbox', { name: /^(New words of the paragraph|Words of the new paragraph)$/ }).fill(amendment.text);
  await form.getByLabel('Rationale').fill(amendment.rationale);
  if (checkA11y) await checkA11y(page, `${page.url()} (amendment form filled)`);
  await form.getByRole('button', { name: 'Propose the amendment' }).click();
  return form;
}

/** A delegate proposes an amendment through the form on the statement's page; returns its number. */
export async function proposeAmendmentThroughForm(page: Page, amendment: AmendmentDraft, checkA11y?: A11yCheck): Promise<number> {
  const form = await sendAmendmentForm(page, amendment, checkA11y);
  const notice = form.getByText(/^Amendment \d+ was proposed\.$/);
  await expect(notice).toBeVisible();
  const number = Number((await notice.textContent())!.match(/\d+/)![0]);
  await expect(amendmentEntry(page, number)).toBeVisible();
  return number;
}

/** A delegate's proposal is refused: the form says why and adds nothing to the list. */
export async function proposeRefusedThroughForm(page: Page, amendment: AmendmentDraft, reason: string): Promise<void> {
  const amendments = await page.getByRole('article', { name: /^Amendment \d+ \(/ }).count();
  const form = await sendAmendmentForm(page, amendment);
  await expect(form.getByRole('alert')).toContainText(reason);
  await expect(page.getByRole('article', { name: /^Amendment \d+ \(/ })).toHaveCount(amendments);
}

/** Another member state's delegate co-sponsors an amendment from the statement's page. */
export async function cosponsorThroughPage(page: Page, number: number, partyName: string): Promise<void> {
  const entry = amendmentEntry(page, number);
  await entry.getByRole('button', { name: `Co-sponsor amendment ${number} for ${partyName}` }).click();
  await expect(entry).toContainText(new RegExp(`Co-sponsored by .*${partyName}`));
  await expect(entry.getByRole('button', { name: /^Co-sponsor/ })).toHaveCount(0);
}

/** A co-sponsoring delegate takes their country's support back; it may then co-sponsor again. */
export async function withdrawSupportThroughPage(page: Page, number: number, partyName: string): Promise<void> {
  const entry = amendmentEntry(page, number);
  await entry.getByRole('button', { name: `Withdraw support of ${partyName} for amendment ${number}` }).click();
  await expect(entry.getByRole('button', { name: `Co-sponsor amendment ${number} for ${partyName}` })).toBeVisible();
  await expect(entry).not.toContainText(new RegExp(`Co-sponsored by .*${partyName}`));
}

/** The secretariat or the chair accepts an amendment as it was proposed, after changing their mind once in the dialog. */
export async function acceptAmendmentThroughPage(page: Page, number: number, checkA11y?: A11yCheck): Promise<void> {
  const entry = amendmentEntry(page, number);
  const open = entry.getByRole('button', { name: `Accept amendment ${number}`, exact: true });
  const dialog = page.getByRole('alertdialog', { name: `Accept amendment ${number}?` });
  await open.click();
  await expect(dialog).toContainText('A decision is final: the proposing and co-sponsoring delegations are emailed it.');
  if (checkA11y) await checkA11y(page, `${page.url()} (accept dialog)`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect(entry.getByText('Proposed', { exact: true })).toBeVisible();

  await open.click();
  await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(entry.getByText('Accepted', { exact: true })).toBeVisible();
}

/**
 * The secretariat or the chair accepts an amendment in other words than proposed. The dialog first
 * refuses the proposal's own words and empty words, each time keeping the amendment undecided.
 */
export async function acceptAmendmentWithChangeThroughPage(page: Page, number: number, words: string, checkA11y?: A11yCheck): Promise<void> {
  const entry = amendmentEntry(page, number);
  const open = entry.getByRole('button', { name: `Accept with a change: amendment ${number}` });
  if (checkA11y) await checkA11y(page);
  await open.click();
  const dialog = page.getByRole('alertdialog', { name: `Accept amendment ${number} with a change` });
  const text = dialog.getByLabel('Words to accept');
  const accept = dialog.getByRole('button', { name: 'Accept with a change' });
  await accept.click();
  await expect(text).toHaveAccessibleDescription("These are the proposal's own words: accept it as it is instead.");
  await text.fill('');
  await accept.click();
  await expect(text).toHaveAccessibleDescription('Write the words to accept instead of the proposal.');
  if (checkA11y) await checkA11y(page, `${page.url()} (accept-with-change dialog refused)`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(entry.getByText('Proposed', { exact: true })).toBeVisible();

  await open.click();
  await text.fill(words);
  await accept.click();
  await expect(dialog).toBeHidden();
  await expect(entry.getByText('Accepted', { exact: true })).toBeVisible();
  // The accepted words show as a word diff against the paragraph; the merge shows them whole.
  await expect(entry).toContainText('Accepted with a change, in these words:');
}

/** The secretariat or the chair rejects an amendment, giving the reason in the dialog. */
export async function rejectAmendmentThroughPage(page: Page, number: number, reason: string, checkA11y?: A11yCheck): Promise<void> {
  const entry = amendmentEntry(page, number);
  await entry.getByRole('button', { name: `Reject amendment ${number}` }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByLabel('Reason for rejecting').fill(reason);
  if (checkA11y) await checkA11y(page, `${page.url()} (reject dialog)`);
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog).toBeHidden();
  await expect(entry.getByText('Rejected', { exact: true })).toBeVisible();
}

/**
 * The secretariat opens "Produce revision N" from the statement's page, settles each paragraph in
 * conflict (its final words, or null to delete it) and produces the revision.
 */
export async function produceRevisionThroughPage(
  page: Page,
  revision: number,
  options: { resolutions?: Record<string, string | null>; note?: string } = {},
  checkA11y?: A11yCheck,
): Promise<void> {
  await page.getByRole('link', { name: `Produce revision ${revision}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Produce revision ${revision}` })).toBeVisible();
  if (checkA11y) await checkA11y(page);
  for (const [paragraph, words] of Object.entries(options.resolutions ?? {})) {
    const group = page.getByRole('group', { name: `Settle ${paragraph}` });
    if (words === null) await group.getByLabel('Delete the paragraph').check();
    else await group.getByLabel(`Final words of ${paragraph}`).fill(words);
  }
  if (options.note) await page.getByLabel('Note').fill(options.note);
  await page.getByRole('button', { name: `Produce revision ${revision}` }).click();
  await expect(page.getByText(`Revision ${revision} was produced from the accepted amendments.`, { exact: false })).toBeVisible();
}

/** The proposing delegation withdraws its amendment, confirming in the dialog. */
export async function withdrawAmendmentThroughPage(page: Page, number: number, checkA11y?: A11yCheck): Promise<void> {
  const entry = amendmentEntry(page, number);
  await entry.getByRole('button', { name: `Withdraw amendment ${number}` }).click();
  const dialog = page.getByRole('alertdialog', { name: `Withdraw amendment ${number}?` });
  if (checkA11y) await checkA11y(page, `${page.url()} (withdraw dialog)`);
  await dialog.getByRole('button', { name: 'Withdraw' }).click();
  await expect(dialog).toBeHidden();
  await expect(entry.getByText('Withdrawn', { exact: true })).toBeVisible();
  await expect(entry).toContainText(/Withdrawn by .+ on /);
}
