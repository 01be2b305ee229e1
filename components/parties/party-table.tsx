import { useFormatter, useTranslations } from 'next-intl';
import type { Party } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import type { RenamePartyInput, RetirePartyInput } from '@/lib/parties/schemas';
import { Badge } from '../ui/badge';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';
import { PartyControls } from './party-controls';

type PartyTableProps = {
  parties: Party[];
  renameAction: (input: RenamePartyInput) => Promise<ActionResult<Party>>;
  retireAction: (input: RetirePartyInput) => Promise<ActionResult<Party>>;
};

export function PartyTable({ parties, renameAction, retireAction }: PartyTableProps) {
  const t = useTranslations();
  const format = useFormatter();
  if (parties.length === 0) return <EmptyState>{t('parties.empty')}</EmptyState>;
  return (
    <DataTable
      label={t('parties.title')}
      columns={[
        { label: t('parties.code') },
        { label: t('parties.name') },
        { label: t('parties.kind') },
        { label: t('parties.status') },
        { label: t('parties.actions'), isLabelHidden: true },
      ]}
    >
      {parties.map((party) => (
        <tr key={party.id}>
          <td className="font-mono text-slate-800">{party.code}</td>
          <th scope="row" className="text-left font-medium text-slate-900">
            {party.name}
          </th>
          <td className="text-slate-700">{t(`partyKinds.${party.kind}`)}</td>
          <td>
            {party.retiredAt ? (
              <span title={t('parties.retiredOn', { date: format.dateTime(party.retiredAt, { dateStyle: 'medium' }) })}>
                <Badge tone="neutral">{t('parties.retired')}</Badge>
              </span>
            ) : (
              <Badge tone="success">{t('parties.active')}</Badge>
            )}
          </td>
          <td className="text-right">
            <PartyControls party={party} renameAction={renameAction} retireAction={retireAction} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
