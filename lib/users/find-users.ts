import 'server-only';
import { listUsers, type UserListRow } from '@/db/queries/users';
import { pageWindow, toPage, type Page } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import type { FindUsersInput } from './schemas';

// Staff look up accounts by name, email or party, a page at a time.
export async function findUsers({ actor, input }: { actor: Actor; input: FindUsersInput }): Promise<Page<UserListRow>> {
  assertCan(actor, 'users:manage');
  const window = pageWindow(input.page);
  const { rows, total } = await listUsers({ query: input.query, limit: window.pageSize, offset: window.offset });
  return toPage(rows, total, window);
}
