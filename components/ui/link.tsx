'use client';

import NextLink from 'next/link';
import { useState, type ComponentProps } from 'react';

type LinkProps = ComponentProps<typeof NextLink>;

/**
 * next/link that prefetches its page only once the reader shows intent: the pointer over it, focus,
 * a touch. Next prefetches every link in the viewport, and a page with no loading boundary in full:
 * one view of the meetings list rendered ten other pages (each meeting, the audit log from the
 * navigation) for links nobody followed. Every page of the app links through this one.
 */
export function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const [hasIntent, setHasIntent] = useState(false);
  const showIntent = () => setHasIntent(true);
  return (
    <NextLink
      {...props}
      // null is Next's own default, taken up once the reader shows intent; an explicit choice stands.
      prefetch={prefetch !== undefined ? prefetch : hasIntent ? null : false}
      onMouseEnter={(event) => {
        showIntent();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        showIntent();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        showIntent();
        onTouchStart?.(event);
      }}
    />
  );
}
