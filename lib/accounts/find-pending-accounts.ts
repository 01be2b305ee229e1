import 'server-only';
import { countPendingAccounts as countPending, listPendingAccounts, type PendingAccountRow } from '@/db/queries/accounts';
import { pageWindow, toPage, type Page } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import type { FindPendingAccountsInput } from './schemas';

// Staff work through the accounts waiting for confirmation, oldest first, a page at a time.
export async function findPendingAccounts({ actor, input }: { actor: Actor; input: FindPendingAccountsInput }): Promise<Page<PendingAccountRow>> {
  assertCan(actor, 'users:manage');
  const window = pageWindow(input.page);
  const { rows, total } = await listPendingAccounts({ limit: window.pageSize, offset: window.offset });
  return toPage(rows, total, window);
}

// How many accounts wait for confirmation, for the pages staff see.
export async function countPendingAccounts({ actor }: { actor: Actor }): Promise<number> {
  assertCan(actor, 'users:manage');
  return countPending();
}
