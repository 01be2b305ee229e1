'use client';

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { signOut } from 'next-auth/react';
import { Link } from '@/components/ui/link';

const itemClasses = 'block cursor-pointer rounded px-3 py-2 text-slate-800 outline-none data-highlighted:bg-brand-50';

/** The menu's words, translated by the server: the menu needs no message catalog in the browser. */
export type UserMenuLabels = { userMenu: string; signedInAs: string; account: string; signOut: string };

type UserMenuProps = { name: string; email: string; roleLabel: string; partyName: string | null; labels: UserMenuLabels };

export function UserMenu({ name, email, roleLabel, partyName, labels }: UserMenuProps) {
  return (
    // Not modal: a modal menu hides the page from screen readers while its links stay focusable.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm text-white hover:bg-white/10"
      >
        <span aria-hidden className="grid size-8 place-items-center rounded-full bg-white/20 font-semibold">
          {name.slice(0, 1)}
        </span>
        <span className="sr-only">{labels.userMenu}</span>
        <span className="hidden sm:block">
          <span className="block font-medium leading-tight">{name}</span>
          <span className="block text-xs leading-tight text-brand-100">{roleLabel}</span>
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-60 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg"
        >
          <div className="px-3 py-2">
            <p className="text-xs text-slate-600">{labels.signedInAs}</p>
            <p className="font-medium text-slate-900">{email}</p>
            <p className="text-xs text-slate-600">
              {roleLabel}
              {partyName ? ` · ${partyName}` : ''}
            </p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item asChild className={itemClasses}>
            <Link href="/account">{labels.account}</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            onSelect={() => signOut({ callbackUrl: '/sign-in?signedOut=1' })}
            className={itemClasses}
          >
            {labels.signOut}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
