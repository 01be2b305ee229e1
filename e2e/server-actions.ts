import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { expect, fillNewUserForm, type NewUser } from './fixtures';

/**
 * A server action call as the browser made it: Next posts to the page's own URL with the action's id
 * in the `Next-Action` header and the arguments as a JSON array (text/plain) in the body.
 */
export type CapturedAction = {
  id: string;
  path: string;
  headers: Record<string, string>;
  args: unknown[];
};

/**
 * Runs `submit` (a click that sends a form) and captures the server action call it makes, so a test
 * can send the same call again with other arguments or another session.
 */
export async function captureAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  const requestPromise = page.waitForRequest((request) => request.method() === 'POST' && 'next-action' in request.headers());
  await submit();
  const request = await requestPromise;
  const headers = request.headers();
  const id = headers['next-action'];
  expect(id, 'the form submission carries a Next-Action header').toBeTruthy();
  expect(headers['content-type']).toMatch(/^text\/plain/);
  const args: unknown = JSON.parse(request.postData() ?? 'null');
  expect(Array.isArray(args), 'the action arguments are posted as a JSON array').toBe(true);
  // Only what the call needs: Next does not ask for the router state tree to run an action.
  const kept: Record<string, string> = {};
  for (const name of ['accept', 'content-type']) {
    const value = headers[name];
    if (value) kept[name] = value;
  }
  return { id: id ?? '', path: new URL(request.url()).pathname, headers: kept, args: args as unknown[] };
}

/**
 * The secretariat creates `user` through the New user form, and the form's server action call is
 * captured on the way.
 */
export async function captureCreateUserAction(
  page: Page,
  user: NewUser,
  checkA11y?: (page: Page) => Promise<void>,
): Promise<CapturedAction> {
  await page.goto('/admin/users/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New user' })).toBeVisible();
  if (checkA11y) await checkA11y(page);
  await fillNewUserForm(page, user);
  const action = await captureAction(page, () => page.getByRole('button', { name: 'Create user' }).click());
  await expect(page.getByRole('heading', { level: 1, name: user.name })).toBeVisible();
  return action;
}

/** The create-user arguments of a captured call, for another person. */
export function createUserArgs(action: CapturedAction, user: { name: string; email: string }): unknown[] {
  const [first] = action.args as [Record<string, unknown>];
  return [{ ...first, name: user.name, email: user.email }];
}

/** Sends a server action call with whatever session `request` carries. */
export function postAction(
  request: APIRequestContext,
  action: CapturedAction,
  args: unknown[],
  baseURL: string,
): Promise<APIResponse> {
  return request.post(action.path, {
    headers: { ...action.headers, 'next-action': action.id, origin: baseURL },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}
