import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { CredentialsStatusBadge } from '@/components/registrations/registration-status-badge';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { orRefusalPage } from '@/lib/page-guards';
import { getDelegations } from '@/lib/registrations/read';
import { requireActor } from '@/lib/session';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registrations'))('delegationsTitle') };
}

export default async function DelegationsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const [{ meeting, delegations }, t] = await Promise.all([orRefusalPage(getDelegations({ actor, input: { meetingId: id } })), getTranslations('registrations')]);
  return (
    <>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {t('backToMeeting')}
        </Link>
      </p>
      <PageHeader title={t('delegationsTitle')} intro={`${meeting.title}. ${t('delegationsIntro')}`} />
      {delegations.length === 0 ? (
        <EmptyState>{t('noDelegations')}</EmptyState>
      ) : (
        <DataTable label={t('delegationsTitle')} columns={[{ label: t('party') }, { label: t('head') }, { label: t('members') }, { label: t('credentials') }]}>
          {delegations.map((delegation) => (
            <tr key={delegation.id}>
              <th scope="row" className="font-medium">
                <Link className="text-brand-700 hover:underline" href={`/meetings/${meeting.id}/delegations/${delegation.id}`}>
                  {delegation.partyName}
                </Link>
              </th>
              <td>{delegation.headName ?? <span className="text-slate-600">{t('noHead')}</span>}</td>
              <td>{delegation.memberCount}</td>
              <td>
                <CredentialsStatusBadge status={delegation.credentialsStatus} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
