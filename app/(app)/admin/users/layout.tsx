import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/page-guards';

// Decided here, above the pages' loading boundary, so a refused visit gets a real 403 status.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePermission('users:manage');
  return children;
}
