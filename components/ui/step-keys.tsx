'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const previousKeys = new Set(['ArrowLeft', 'PageUp']);
const nextKeys = new Set(['ArrowRight', 'PageDown']);

/**
 * Steps to the page before or after with the keys a presenter's clicker sends (Page Up and Page Down)
 * or the arrow keys, so the one at the projector need not aim at a link. Keys typed into a field, or
 * with a modifier, are left alone.
 */
export function StepKeys({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const href = previousKeys.has(event.key) ? previousHref : nextKeys.has(event.key) ? nextHref : null;
      if (href === null) return;
      event.preventDefault();
      router.push(href);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [router, previousHref, nextHref]);
  return null;
}
