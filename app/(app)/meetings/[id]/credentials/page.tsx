import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { CredentialsStatusBadge } from '@/components/registrations/registration-status-badge';
import { Badge } from '@/components/ui/badge';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { orRefusalPage } from '@/lib/page-guards';
import { getCredentialsReport } from '@/lib/registrations/read';
import { requireActor } from '@/lib/session';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registrations'))('reportTitle') };
}

export default async function CredentialsReportPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const [{ meeting, states }, t] = await Promise.all([orRefusalPage(getCredentialsReport({ actor, input: { meetingId: id } })), getTranslations('registrations')]);
  return (
    <>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {t('backToMeeting')}
        </Link>
      </p>
      <PageHeader title={t('reportTitle')} intro={`${meeting.title}. ${t('reportIntro')}`} />
      <DataTable label={t('reportTitle')} columns={[{ label: t('memberState') }, { label: t('credentials') }]}>
        {states.map((state) => (
          <tr key={state.partyId}>
            <th scope="row" className="font-medium">
              {state.delegationId && state.isRepresented ? (
                <Link className="text-brand-700 hover:underline" href={`/meetings/${meeting.id}/delegations/${state.delegationId}`}>
                  {state.partyName}
                </Link>
              ) : (
                state.partyName
              )}
            </th>
            <td>
              {state.isRepresented && state.credentialsStatus ? (
                <CredentialsStatusBadge status={state.credentialsStatus} />
              ) : (
                <Badge>{t('notRepresented')}</Badge>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
