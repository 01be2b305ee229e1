import { useFormatter, useTranslations } from 'next-intl';
import type { InvitationRow } from '@/lib/invitations/find-invitations';
import { Badge } from '../ui/badge';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';

const statusTones = { pending: 'brand', accepted: 'success', expired: 'neutral' } as const;

/** A meeting's invitations, latest first: to whom, for which party, and whether they were used or ran out. */
export function InvitationTable({ invitations, timeZone }: { invitations: InvitationRow[]; timeZone: string }) {
  const t = useTranslations();
  const format = useFormatter();
  if (invitations.length === 0) return <EmptyState>{t('invitations.empty')}</EmptyState>;
  return (
    <DataTable
      isDense
      label={t('invitations.listTitle')}
      columns={[{ label: t('invitations.invitee') }, { label: t('invitations.party') }, { label: t('invitations.status') }, { label: t('invitations.expires') }]}
    >
      {invitations.map((invitation) => (
        <tr key={invitation.id} className="align-top">
          <th scope="row" className="text-left font-normal">
            <p className="font-medium text-slate-900">{invitation.name}</p>
            <p className="text-xs [overflow-wrap:anywhere] text-slate-600">{invitation.email}</p>
          </th>
          <td className="text-slate-700">
            {invitation.partyName}
            <p className="text-xs text-slate-600">{t(`roles.${invitation.role}`)}</p>
          </td>
          <td>
            <Badge tone={statusTones[invitation.status]}>{t(`invitations.statuses.${invitation.status}`)}</Badge>
            {invitation.acceptedByName && <p className="mt-1 text-xs text-slate-600">{t('invitations.acceptedBy', { name: invitation.acceptedByName })}</p>}
          </td>
          <td className="whitespace-nowrap text-slate-700">{format.dateTime(invitation.expiresAt, { dateStyle: 'medium', timeStyle: 'short', timeZone })}</td>
        </tr>
      ))}
    </DataTable>
  );
}
