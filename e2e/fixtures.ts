import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';

export { expect };

/** The password of every demo account (db/seed.ts). */
export const demoPassword = 'neaspec-demo-2026';

/** A password for the accounts the specs create: the form asks for at least 12 characters. */
export const newUserPassword = 'e2e-initial-password-2026';

/** The password a person chooses for themselves in place of the initial one staff gave them. */
const ownPassword = 'e2e-my-own-password-2026';

export type DemoAccount = {
  email: string;
  name: string;
  roleLabel: string;
  partyName: string;
  isSecretariat: boolean;
};

/** The demo accounts of db/seed.ts, keyed by the name of their saved session (e2e/.auth/<key>.json). */
export const demoAccounts = {
  secretariat: {
    email: 'secretariat@neaspec.example',
    name: 'Hana Lim',
    roleLabel: 'Secretariat',
    partyName: 'United Nations ESCAP',
    isSecretariat: true,
  },
  chair: {
    email: 'chair@neaspec.example',
    name: 'Kim Jae-won',
    roleLabel: 'Chair',
    partyName: 'Republic of Korea',
    isSecretariat: false,
  },
  'delegate-kor': {
    email: 'delegate.kor@neaspec.example',
    name: 'Park Ji-hoon',
    roleLabel: 'Delegate',
    partyName: 'Republic of Korea',
    isSecretariat: false,
  },
  'delegate-jpn': {
    email: 'delegate.jpn@neaspec.example',
    name: 'Sato Haruka',
    roleLabel: 'Delegate',
    partyName: 'Japan',
    isSecretariat: false,
  },
  'delegate-rus': {
    email: 'delegate.rus@neaspec.example',
    name: 'Ivan Petrov',
    roleLabel: 'Delegate',
    partyName: 'Russian Federation',
    isSecretariat: false,
  },
  'delegate-chn': {
    email: 'delegate.chn@neaspec.example',
    name: 'Wang Lei',
    roleLabel: 'Delegate',
    partyName: 'China',
    isSecretariat: false,
  },
  observer: {
    email: 'observer@neaspec.example',
    name: 'Elena Sokolova',
    roleLabel: 'Observer',
    partyName: 'United Nations Environment Programme',
    isSecretariat: false,
  },
} as const satisfies Record<string, DemoAccount>;

export type DemoRole = keyof typeof demoAccounts;
export const demoRoles = Object.keys(demoAccounts) as DemoRole[];

/** Where the setup project saves each demo account's signed-in session. */
export function storageStateOf(role: DemoRole): string {
  return fileURLToPath(new URL(`./.auth/${role}.json`, import.meta.url));
}

/** A suffix that makes the names and emails of one test's records unique across runs and workers. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/**
 * `initialPassword` is what staff type in the New user form; `password` is the one the person
 * chooses in its place at their first sign-in (`firstSignIn`).
 */
export type NewUser = { name: string; email: string; role: string; party: string; initialPassword: string; password: string };

/** A user that no one has created yet: `label` ends up in the name, so a search finds it. */
export function newUser(label: string, overrides: Partial<NewUser> = {}): NewUser {
  const suffix = uniqueSuffix();
  return {
    name: `${label} ${suffix}`,
    email: `${label.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${suffix}@e2e.example`,
    role: 'Delegate',
    party: 'Mongolia (MNG)',
    initialPassword: newUserPassword,
    password: ownPassword,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Accessibility: every page a spec visits is checked with axe; serious and critical violations fail.

const blockingImpacts = new Set(['serious', 'critical']);

/**
 * Waits until the page has settled: loaded, fonts ready, nothing pending (pending buttons carry
 * aria-busy; they and the route loading state show a spinner), and no DOM change for 150 ms.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(
    () => document.readyState === 'complete' && !document.querySelector('[aria-busy="true"], .animate-spin'),
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((resolve) => {
      const quietFor = 150;
      let timer = setTimeout(done, quietFor);
      const cap = setTimeout(done, 3000);
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, quietFor);
      });
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      function done() {
        observer.disconnect();
        clearTimeout(timer);
        clearTimeout(cap);
        resolve();
      }
    });
  });
}

// Page states that passed in this worker, by a fingerprint of their DOM (scripts left out; UUIDs, and
// words with digits in text, masked): the same sign-in page seen by twenty tests is analysed once.
const passedStates = new Set<string>();

async function fingerprint(page: Page): Promise<string> {
  const dom = await page.evaluate(() => {
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
    const parts: string[] = [document.documentElement.lang, document.title.replace(/\S*\d\S*/g, '#')];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push((node.textContent ?? '').replace(/\S*\d\S*/g, '#'));
        return;
      }
      if (!(node instanceof Element) || node.tagName === 'SCRIPT') return;
      const attributes = [...node.attributes].map((a) => `${a.name}=${a.value.replace(uuid, 'U')}`);
      parts.push(`<${node.tagName} ${attributes.join(' ')}>`);
      for (const child of node.childNodes) walk(child);
      parts.push(`</${node.tagName}>`);
    };
    walk(document.body);
    return parts.join('');
  });
  return createHash('sha256').update(dom).digest('hex');
}

function pathOf(url: string): string | undefined {
  if (!url.startsWith('http')) return undefined;
  return new URL(url).pathname;
}

type Coverage = { visited: Map<Page, Set<string>>; checked: Map<Page, Set<string>> };

function track(coverage: Coverage, page: Page): void {
  if (coverage.visited.has(page)) return;
  const visited = new Set<string>();
  coverage.visited.set(page, visited);
  coverage.checked.set(page, new Set());
  const record = () => {
    const path = pathOf(page.url());
    if (path) visited.add(path);
  };
  record();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) record();
  });
}

async function runAxe(page: Page, testInfo: TestInfo, label: string, count: number, reported: Set<string>): Promise<void> {
  await settle(page);
  const state = await fingerprint(page);
  if (passedStates.has(state)) return;
  // Legacy mode runs axe.run in the page itself; the default mode opens a blank page to finish every
  // run (for cross-origin frames, which this app has none of), which made each check 3x slower.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  const blocking = results.violations.filter((v) => v.impact && blockingImpacts.has(v.impact));
  if (results.violations.length > 0) {
    await testInfo.attach(`axe-${count}-${label.replace(/[^a-z0-9]+/gi, '-')}.json`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
  }
  if (blocking.length === 0) {
    passedStates.add(state);
    return;
  }
  // Each violation (rule and element) is reported once per test, on the first page it is seen on.
  const lines: string[] = [];
  for (const v of blocking) {
    const targets = v.nodes
      .map((node) => ({ node, key: `${v.id} ${node.target.join(' ')}` }))
      .filter(({ key }) => !reported.has(key));
    for (const { key } of targets) reported.add(key);
    if (targets.length === 0) continue;
    lines.push(`  ${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]`);
    for (const { node } of targets) {
      lines.push(`    ${node.target.join(' ')}: ${node.html.slice(0, 160)}`);
      lines.push(`      ${(node.failureSummary ?? '').split('\n').join(' ')}`);
    }
  }
  if (lines.length === 0) return;
  // Soft: the journey goes on, so one run reports every violation and every other failure too.
  expect.soft(lines.length, `Accessibility violations (serious or critical) on ${label}:\n${lines.join('\n')}\n`).toBe(0);
}

// ---------------------------------------------------------------------------------------------
// What the browser reports that no test should see: a script, style or eval blocked by the Content
// Security Policy, and a message missing from the catalog a page hands its client components
// (next-intl reports MISSING_MESSAGE). Every tracked page listens to its console and uncaught
// errors; any such report fails the test at its end.

const browserProblem = /Content[- ]Security[- ]Policy|MISSING_MESSAGE/i;

function watchConsole(problems: string[], page: Page): void {
  const note = (text: string) => {
    if (browserProblem.test(text)) problems.push(`${page.url()}: ${text}`);
  };
  page.on('console', (message) => note(message.text()));
  page.on('pageerror', (error) => note(error.message));
}

type A11yCheck = (page?: Page, label?: string) => Promise<void>;

type Fixtures = {
  /**
   * Checks the page as it is now (after it settles) with axe: zero serious or critical violations.
   * Call it on every page a test visits; at the end of the test, any visited path of a tracked page
   * that was never checked fails the test, so a forgotten check does not go unnoticed.
   */
  checkA11y: A11yCheck;
  /** A page in a new browser context: signed in as a demo account, or signed out with `null`. */
  pageAs: (role: DemoRole | null) => Promise<Page>;
  coverage: Coverage;
  consoleProblems: string[];
};

export const test = base.extend<Fixtures>({
  coverage: async ({}, use, testInfo) => {
    const coverage: Coverage = { visited: new Map(), checked: new Map() };
    await use(coverage);
    if (testInfo.status !== testInfo.expectedStatus) return;
    const unchecked: string[] = [];
    for (const [page, visited] of coverage.visited) {
      const checked = coverage.checked.get(page) ?? new Set();
      for (const path of visited) if (!checked.has(path)) unchecked.push(path);
    }
    expect(unchecked, 'pages visited without an accessibility check (call checkA11y on them)').toEqual([]);
  },

  consoleProblems: async ({}, use) => {
    const problems: string[] = [];
    await use(problems);
    // Reported even when the test failed: a blocked script is often why.
    expect(problems, 'CSP violations or missing messages reported by the browser').toEqual([]);
  },

  page: async ({ page, coverage, consoleProblems }, use) => {
    track(coverage, page);
    watchConsole(consoleProblems, page);
    await use(page);
  },

  checkA11y: async ({ page, coverage }, use, testInfo) => {
    let count = 0;
    const reported = new Set<string>();
    await use(async (target = page, label) => {
      track(coverage, target);
      count += 1;
      await runAxe(target, testInfo, label ?? target.url(), count, reported);
      // The document's own address: page.url() follows Chromium's navigation events, which can arrive
      // after a client-side navigation has already drawn the new page.
      const path = pathOf(await target.evaluate(() => location.href));
      if (path) coverage.checked.get(target)?.add(path);
    });
  },

  pageAs: async ({ browser, coverage, consoleProblems }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      const context = await newContextAs(browser, role);
      contexts.push(context);
      const page = await context.newPage();
      track(coverage, page);
      watchConsole(consoleProblems, page);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

export function newContextAs(browser: Browser, role: DemoRole | null): Promise<BrowserContext> {
  return browser.newContext(role ? { storageState: storageStateOf(role) } : { storageState: { cookies: [], origins: [] } });
}

// ---------------------------------------------------------------------------------------------
// Journeys shared by several specs, done as a person does them.

/** The account menu's button in the app's header, which names the signed-in person. */
export function accountMenuButton(page: Page, personName: string): Locator {
  return page.getByRole('banner').getByRole('button', { name: personName });
}

/** Fills and sends the sign-in form (the page must be on /sign-in). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in through the form and waits for the signed-in app (the Meetings page, or the callback page). */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  if (pathOf(page.url()) !== '/sign-in') await page.goto('/sign-in');
  await submitSignIn(page, email, password);
  // The signed-in app has a header (a banner landmark); the sign-in page has none.
  await expect(page.getByRole('banner')).toBeVisible();
}

/**
 * A person whose account staff created signs in with the initial password, is sent to choose their
 * own (`user.password`), and goes on into the app.
 */
export async function firstSignIn(page: Page, user: NewUser, checkA11y: A11yCheck): Promise<void> {
  if (pathOf(page.url()) !== '/sign-in') await page.goto('/sign-in');
  await submitSignIn(page, user.email, user.initialPassword);
  await expect(page).toHaveURL('/change-password');
  await checkA11y(page);
  await page.getByLabel('Temporary password').fill(user.initialPassword);
  await page.getByLabel('New password', { exact: true }).fill(user.password);
  await page.getByLabel('New password again').fill(user.password);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('banner')).toBeVisible();
}

/** The secretariat fills the New user form (the page must be on /admin/users/new). */
export async function fillNewUserForm(page: Page, user: NewUser): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(user.name);
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: user.role });
  await page.getByLabel('Party', { exact: true }).selectOption({ label: user.party });
  await page.getByLabel('Initial password').fill(user.initialPassword);
}

/** The secretariat creates an account through the New user form and lands on its page. */
export async function createUserThroughForm(page: Page, user: NewUser, checkA11y?: A11yCheck): Promise<void> {
  await page.goto('/admin/users/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New user' })).toBeVisible();
  if (checkA11y) await checkA11y(page);
  await fillNewUserForm(page, user);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { level: 1, name: user.name })).toBeVisible();
  await expect(page.getByText('The account was created. The person can now sign in with the initial password')).toBeVisible();
}

/** The secretariat disables or enables an account from its page, confirming in the dialog. */
export async function setAccountDisabled(page: Page, isDisabled: boolean, checkA11y?: A11yCheck): Promise<void> {
  const label = isDisabled ? 'Disable account' : 'Enable account';
  await page.getByRole('button', { name: label }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  if (checkA11y) await checkA11y(page, `${page.url()} (confirmation dialog)`);
  await dialog.getByRole('button', { name: label }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(isDisabled ? 'The account was disabled.' : 'The account was enabled.')).toBeVisible();
  await expect(page.getByRole('button', { name: isDisabled ? 'Enable account' : 'Disable account' })).toBeVisible();
}

/** Searches the user list (the page must be on /admin/users) and waits for the results. */
export async function searchUsers(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search users' }).fill(query);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/users' && url.searchParams.get('query') === query);
}
