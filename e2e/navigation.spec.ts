import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

/** The paths of the pages the browser prefetches from now on (Next marks those requests). */
function prefetchedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request: Request) => {
    if (request.headers()['next-router-prefetch']) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

test('[navigation] a page prefetches no other page until the reader points at, focuses or touches a link', async ({ pageAs, checkA11y }) => {
  const staff = await pageAs('secretariat');
  const prefetched = prefetchedPaths(staff);
  await staff.goto('/');
  const meetingLink = staff.getByRole('row').nth(1).getByRole('link').first();
  await expect(meetingLink).toBeVisible();
  await staff.waitForLoadState('networkidle');
  await checkA11y(staff);
  // Twenty meetings and the navigation are in view: Next alone would have rendered each of their pages.
  expect(prefetched).toEqual([]);

  const meetingPath = new URL((await meetingLink.getAttribute('href'))!, staff.url()).pathname;
  await meetingLink.hover();
  await expect.poll(() => prefetched).toContain(meetingPath);

  await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).focus();
  await expect.poll(() => prefetched).toContain('/admin/audit');
  expect(prefetched.filter((path) => path !== meetingPath && path !== '/admin/audit')).toEqual([]);

  // The link still leads where it says.
  await meetingLink.click();
  await staff.waitForURL((url) => url.pathname === meetingPath);
  await expect(staff.getByRole('heading', { name: 'Timetable' })).toBeVisible();
  await checkA11y(staff);
});
