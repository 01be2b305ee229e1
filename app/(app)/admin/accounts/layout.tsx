import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/page-guards';

// Decided here, so a refused visit gets a real 403 status.
export default async function AccountsLayout({ children }: { children: ReactNode }) {
  await requirePermission('users:manage');
  return children;
}
