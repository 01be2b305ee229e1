import { test as setup } from '@playwright/test';
import { accountMenuButton, demoAccounts, demoPassword, demoRoles, expect, signIn, storageStateOf } from './fixtures';

// Signs in once per demo account through the real form and saves the session to e2e/.auth/<role>.json;
// the specs reuse these sessions. (The sign-in page's accessibility is checked in auth.spec.ts.)
for (const role of demoRoles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const account = demoAccounts[role];
    await page.goto('/sign-in');
    await signIn(page, account.email, demoPassword);
    await expect(page).toHaveURL('/');
    await expect(accountMenuButton(page, account.name)).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
