import { createUserThroughForm, expect, newUser, test } from './fixtures';

test('[audit] staff read who changed what in the audit log; other roles are refused', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const user = newUser('Audited Person');
  await createUserThroughForm(staff, user, checkA11y);
  await checkA11y(staff);

  await staff.getByRole('link', { name: 'Audit log' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await staff.getByLabel('Record').selectOption({ label: 'Accounts' });
  await staff.getByRole('button', { name: 'Apply' }).click();
  await staff.waitForURL(/entity=user/);
  const row = staff.getByRole('row').filter({ hasText: user.email });
  await expect(row).toContainText('Account created');
  await expect(row).toContainText('Hana Lim');
  await checkA11y(staff);

  // The demo's history: each delegation's credentials letter, on the day it came in, names the delegation and leads to it.
  await staff.getByLabel('Record').selectOption({ label: 'Delegations' });
  await staff.getByLabel('From').fill('2023-11-06');
  await staff.getByLabel('To').fill('2023-11-06');
  await staff.getByRole('button', { name: 'Apply' }).click();
  await staff.waitForURL(/entity=delegation/);
  const letter = staff.getByRole('row').filter({ hasText: 'Credentials letter submitted' }).filter({ hasText: 'Japan' });
  await expect(letter).toContainText('Sato Haruka');
  await expect(letter).toContainText('Nov 6, 2023');
  await letter.getByRole('link', { name: 'Japan' }).click();
  await staff.waitForURL(/\/meetings\/[0-9a-f-]+\/delegations\/[0-9a-f-]+$/);
  await expect(staff.getByRole('heading', { level: 1 })).toContainText('Japan');
  await checkA11y(staff);

  const delegate = await pageAs('delegate-jpn');
  const response = await delegate.goto('/admin/audit');
  expect(response?.status()).toBe(403);
  await expect(delegate.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
  await expect(delegate.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await checkA11y(delegate);
});
