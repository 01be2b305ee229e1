import { Link } from './link';
import { cn } from './cn';

export type ViewSwitchOption = { key: string; href: string; label: string };

/**
 * Links between views of the same page (an address each, so a view can be bookmarked), the current one
 * marked, after their label. The label is the navigation's name; shown, it is hidden from screen readers,
 * which already announce it with the navigation.
 */
export function ViewSwitch({ label, options, current, className }: { label: string; options: ViewSwitchOption[]; current: string; className?: string }) {
  return (
    <nav aria-label={label} className={cn('flex flex-wrap items-center gap-2 text-sm', className)}>
      <span aria-hidden="true" className="text-slate-600">
        {label}:
      </span>
      {options.map((option) => (
        <Link
          key={option.key}
          href={option.href}
          aria-current={option.key === current ? 'page' : undefined}
          className={cn(
            'rounded-md px-3 py-1.5',
            option.key === current ? 'bg-brand-700 text-white' : 'border border-slate-300 text-slate-800 hover:bg-slate-50',
          )}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
