'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { cn } from '../ui/cn';

/** A link of the header, and the other paths of its section (a meeting's pages belong to Meetings at /). */
export type NavItem = { href: string; label: string; sections?: string[] };

function isWithin(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** "page" on the link's own page; "true" (the current section) anywhere else within it. */
function currentness(pathname: string, { href, sections = [] }: NavItem): 'page' | 'true' | undefined {
  if (pathname === href) return 'page';
  return [href, ...sections].some((path) => isWithin(pathname, path)) ? 'true' : undefined;
}

export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  const list = useRef<HTMLUListElement>(null);
  // On a phone the row scrolls sideways: bring the current section's link into view, or "Outbox"
  // stays off the edge on the outbox page. Only the row scrolls, never the page.
  useEffect(() => {
    const row = list.current;
    const link = row?.querySelector<HTMLElement>('[aria-current]');
    if (!row || !link || row.scrollWidth <= row.clientWidth) return;
    // Measured in fractions of a pixel: offsets are rounded, and a link cut by a fraction is still cut.
    const rowBox = row.getBoundingClientRect();
    const linkBox = link.getBoundingClientRect();
    const overflowRight = linkBox.right - rowBox.right;
    const overflowLeft = rowBox.left - linkBox.left;
    if (overflowRight > 0) row.scrollLeft += Math.ceil(overflowRight) + 24;
    else if (overflowLeft > 0) row.scrollLeft -= Math.ceil(overflowLeft) + 24;
  }, [pathname]);
  return (
    <nav aria-label={label}>
      <ul ref={list} className="scroll-hint-header relative flex gap-1 overflow-x-auto pe-1">
        {items.map((item) => {
          const current = currentness(pathname, item);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current}
                className={cn(
                  'block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap',
                  current ? 'bg-white/15 text-white' : 'text-brand-50 hover:bg-white/10 hover:text-white',
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
