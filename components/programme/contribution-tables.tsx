import { useTranslations } from 'next-intl';
import { formatAmount } from '@/lib/programme/money';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';

type Totals = { currency: string; pledged: string; paid: string };

export function TotalsByYearTable({ rows, label }: { rows: (Totals & { year: number })[]; label: string }) {
  const t = useTranslations('programme');
  if (rows.length === 0) return <EmptyState>{t('noContributions')}</EmptyState>;
  return (
    <DataTable isDense label={label} columns={[{ label: t('year') }, { label: t('currency') }, { label: t('pledged') }, { label: t('paid') }]}>
      {rows.map((row) => (
        <tr key={`${row.year}-${row.currency}`}>
          <th scope="row" className="font-medium">
            {row.year}
          </th>
          <td>{row.currency}</td>
          <td className="tabular-nums">{formatAmount(row.pledged, row.currency)}</td>
          <td className="tabular-nums">{formatAmount(row.paid, row.currency)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function TotalsByPartyTable({ rows, label }: { rows: (Totals & { partyCode: string; partyName: string })[]; label: string }) {
  const t = useTranslations('programme');
  if (rows.length === 0) return <EmptyState>{t('noContributions')}</EmptyState>;
  return (
    <DataTable isDense label={label} columns={[{ label: t('party') }, { label: t('currency') }, { label: t('pledged') }, { label: t('paid') }]}>
      {rows.map((row) => (
        <tr key={`${row.partyCode}-${row.currency}`}>
          <th scope="row" className="font-medium">
            {row.partyName}
          </th>
          <td>{row.currency}</td>
          <td className="tabular-nums">{formatAmount(row.pledged, row.currency)}</td>
          <td className="tabular-nums">{formatAmount(row.paid, row.currency)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function CoreFundTable({ rows, label }: { rows: { currency: string; pledged: string; received: string; outstanding: string }[]; label: string }) {
  const t = useTranslations('programme');
  if (rows.length === 0) return <EmptyState>{t('noContributions')}</EmptyState>;
  return (
    <DataTable
      isDense
      label={label}
      columns={[{ label: t('currency') }, { label: t('pledged') }, { label: t('received') }, { label: t('outstanding') }]}
    >
      {rows.map((row) => (
        <tr key={row.currency}>
          <th scope="row" className="font-medium">
            {row.currency}
          </th>
          <td className="tabular-nums">{formatAmount(row.pledged, row.currency)}</td>
          <td className="tabular-nums">{formatAmount(row.received, row.currency)}</td>
          <td className="tabular-nums">{formatAmount(row.outstanding, row.currency)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
