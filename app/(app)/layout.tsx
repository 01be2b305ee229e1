import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import type { NavItem } from '@/components/shell/nav-links';
import { can, scopeOf } from '@/lib/permissions';
import { requireActor, requireProfile } from '@/lib/session';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const [profile, t] = await Promise.all([requireProfile(), getTranslations()]);
  const navItems: NavItem[] = [{ href: '/', label: t('nav.meetings'), sections: ['/meetings'] }];
  if (scopeOf(actor, 'followUps:read')) navItems.push({ href: '/follow-ups', label: t('agenda.navFollowUps') });
  if (can(actor, 'programme:read')) navItems.push({ href: '/programme', label: t('nav.programme') });
  // Adopted texts are published: whoever signs in reads them, as anyone signed out does.
  navItems.push({ href: '/statements', label: t('adoptedTexts.nav') });
  if (can(actor, 'users:manage')) navItems.push({ href: '/admin/users', label: t('nav.users'), sections: ['/admin/accounts'] });
  if (can(actor, 'parties:manage')) navItems.push({ href: '/admin/parties', label: t('nav.parties') });
  if (can(actor, 'audit:read')) navItems.push({ href: '/admin/audit', label: t('nav.audit') });
  if (can(actor, 'email:read')) navItems.push({ href: '/admin/outbox', label: t('nav.outbox') });
  return (
    <AppShell navItems={navItems} user={{ ...profile, roleLabel: t(`roles.${profile.role}`) }}>
      {children}
    </AppShell>
  );
}
