import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import type { NavItem } from '@/components/shell/nav-links';
import { can } from '@/lib/permissions';
import { requireActor, requireProfile } from '@/lib/session';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const [profile, t] = await Promise.all([requireProfile(), getTranslations()]);
  const navItems: NavItem[] = [{ href: '/', label: t('nav.meetings') }];
  if (can(actor, 'users:manage')) navItems.push({ href: '/admin/users', label: t('nav.users') });
  if (can(actor, 'parties:manage')) navItems.push({ href: '/admin/parties', label: t('nav.parties') });
  if (can(actor, 'audit:read')) navItems.push({ href: '/admin/audit', label: t('nav.audit') });
  return (
    <AppShell navItems={navItems} user={{ ...profile, roleLabel: t(`roles.${profile.role}`) }}>
      {children}
    </AppShell>
  );
}
