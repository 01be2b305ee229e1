import type { ReactNode } from 'react';
import { cn } from './cn';

/** A column's header: its label, shown or only read out, or a control (such as a select-all box) named by `label`. */
type Column = { label: string; isLabelHidden?: boolean; control?: ReactNode };

type DataTableProps = {
  columns: Column[];
  /** The table's accessible name, where the page has no heading right above it. */
  label?: string;
  /** Smaller cells, for tables that sit inside a panel. */
  isDense?: boolean;
  children: ReactNode;
};

/** The frame, header row and body of a list table; rows come as children. */
export function DataTable({ columns, label, isDense, children }: DataTableProps) {
  // Dense tables sit in a panel's column: a narrower gutter keeps five columns of controls within it.
  const cell = isDense ? 'px-2.5 py-2' : 'px-4 py-3';
  return (
    // On a phone a wide table scrolls in its frame, shaded at the edge that has more: the frame takes the focus
    // so the keyboard scrolls it too, and is `relative` so the cells' absolutely positioned sr-only words cannot
    // widen the page past it.
    <div
      className="scroll-hint-table relative overflow-x-auto rounded-lg border border-slate-200 shadow-xs"
      tabIndex={0}
    >
      <table
        className={cn(
          'w-full text-left text-sm',
          isDense
            ? '[&_td]:px-2.5 [&_td]:py-2 [&_tbody_th]:px-2.5 [&_tbody_th]:py-2'
            : '[&_td]:px-4 [&_td]:py-3 [&_tbody_th]:px-4 [&_tbody_th]:py-3',
        )}
        aria-label={label}
      >
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={cn(cell, 'font-medium')}>
                {column.control ?? (column.isLabelHidden ? <span className="sr-only">{column.label}</span> : column.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
