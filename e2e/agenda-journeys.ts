import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Staff add an item to the agenda in the builder: at the end, or under the item `place` names ("2. Review of programme areas"). */
export async function addAgendaItem(page: Page, title: string, place?: string) {
  const form = page.locator('details').filter({ has: page.locator('summary', { hasText: 'Add item' }) });
  if ((await form.getAttribute('open')) === null) await form.locator('summary').click();
  if (place) await form.getByLabel('Place').selectOption({ label: place });
  else await form.getByLabel('Place').selectOption({ label: 'At the end of the agenda' });
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByTestId('item-title').filter({ hasText: title })).toBeVisible();
}
