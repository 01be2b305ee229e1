import { useFormatter, useTranslations } from 'next-intl';
import type { PendingAccountRow } from '@/db/queries/accounts';
import type { ActionResult } from '@/lib/action';
import type { ConfirmAccountInput, RefuseAccountInput } from '@/lib/accounts/schemas';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';
import { AccountDecision } from './account-decision';

type Decided = { id: string; status: string };

type PendingAccountTableProps = {
  accounts: PendingAccountRow[];
  confirmAction: (input: ConfirmAccountInput) => Promise<ActionResult<Decided>>;
  refuseAction: (input: RefuseAccountInput) => Promise<ActionResult<Decided>>;
};

export function PendingAccountTable({ accounts, confirmAction, refuseAction }: PendingAccountTableProps) {
  const t = useTranslations();
  const format = useFormatter();
  if (accounts.length === 0) return <EmptyState>{t('accounts.empty')}</EmptyState>;
  return (
    <DataTable
      label={t('accounts.title')}
      columns={[
        { label: t('accounts.person') },
        { label: t('accounts.party') },
        { label: t('accounts.position') },
        { label: t('accounts.signedUp') },
        { label: t('accounts.decision'), isLabelHidden: true },
      ]}
    >
      {accounts.map((account) => (
        <tr key={account.id} className="align-top">
          <th scope="row" className="text-left font-normal">
            <p className="font-medium text-slate-900">{account.name}</p>
            <p className="text-xs text-slate-600">{account.email}</p>
          </th>
          <td className="text-slate-700">
            {account.partyName ? `${account.partyName} (${account.partyCode})` : t('accounts.noParty')}
            <p className="text-xs text-slate-600">{t(`roles.${account.role}`)}</p>
          </td>
          <td className="text-slate-700">{account.position ?? '—'}</td>
          <td className="whitespace-nowrap text-slate-700">{format.dateTime(account.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
          <td className="text-right">
            <AccountDecision
              account={{ id: account.id, name: account.name, partyName: account.partyName ?? '', role: account.role }}
              confirmAction={confirmAction}
              refuseAction={refuseAction}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
