import { Link } from './link';
import type { ComponentProps } from 'react';
import { cn } from './cn';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

/** A button's look: `.btn` and its variant, defined once in app/globals.css. */
export function buttonClasses(variant: Variant = 'primary', className?: string): string {
  return cn('btn', `btn-${variant}`, className);
}

type ButtonProps = ComponentProps<'button'> & { variant?: Variant; isPending?: boolean; pendingLabel?: string };

/**
 * A button that shows its pending state and cannot be pressed twice while a request runs. One named
 * by its own aria-label keeps its words while pending: a pending label would not be part of that
 * name, which speech input users say (WCAG 2.5.3).
 */
export function Button({ variant, isPending, pendingLabel, className, children, disabled, type, ...props }: ButtonProps) {
  const showsPendingLabel = isPending && pendingLabel && !props['aria-label'];
  return (
    <button
      type={type ?? 'button'}
      className={buttonClasses(variant, className)}
      disabled={disabled || isPending}
      aria-busy={isPending || undefined}
      {...props}
    >
      {isPending && (
        <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-current border-r-transparent" />
      )}
      {showsPendingLabel ? pendingLabel : children}
    </button>
  );
}

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: Variant };

export function ButtonLink({ variant, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses(variant, className)} {...props} />;
}
