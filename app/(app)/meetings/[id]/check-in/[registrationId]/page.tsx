import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { cache } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { CheckInButton } from '@/components/participants/check-in-button';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { getCheckInRecord } from '@/lib/participants/find-check-ins';
import { requireActor } from '@/lib/session';
import { checkInAction } from '../actions';

type Props = { params: Promise<{ id: string; registrationId: string }> };

const loadRecord = cache(async (meetingId: string, registrationId: string) =>
  orRefusalPage(getCheckInRecord({ actor: await requireActor(), input: { meetingId, registrationId } })),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, registrationId } = await params;
  const { participant } = await loadRecord(id, registrationId);
  return { title: (await getTranslations('checkIn'))('recordTitle', { name: participant.name }) };
}

// What a badge's QR code opens: the person, and one big button to mark them present today.
export default async function CheckInRecordPage({ params }: Props) {
  const { id, registrationId } = await params;
  const [record, t, tp, format] = await Promise.all([
    loadRecord(id, registrationId),
    getTranslations('checkIn'),
    getTranslations('participants'),
    getFormatter(),
  ]);
  const { meeting, participant, today } = record;
  const name = participant.honorific ? `${participant.honorific} ${participant.name}` : participant.name;
  const dayLabel = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: 'full', timeZone: 'UTC' });
  return (
    <ClientMessages namespaces={['common']} formErrors={['common']}>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}/check-in`} className="text-brand-700 hover:underline">
          ← {t('backToDesk')}
        </Link>
      </p>
      <PageHeader title={name} intro={`${participant.partyName} · ${tp(`roles.${participant.delegationRole}`)} · ${meeting.title}`} />
      <div className="space-y-6">
        {(participant.position || participant.organization) && (
          <p className="text-sm text-slate-700">{[participant.position, participant.organization].filter(Boolean).join(', ')}</p>
        )}
        {!record.isApproved ? (
          <Alert tone="info">{t('notApproved', { status: t(`statuses.${participant.status}`) })}</Alert>
        ) : !record.isMeetingDay ? (
          <Alert tone="info">{t('notMeetingDay', { day: dayLabel(today) })}</Alert>
        ) : record.isPresentToday ? (
          <Alert tone="success">{t('presentToday', { day: dayLabel(today) })}</Alert>
        ) : (
          <CheckInButton
            input={{ meetingId: meeting.id, registrationId: participant.id }}
            label={t('checkInToday')}
            pendingLabel={t('checkingIn')}
            isLarge
            action={checkInAction}
          />
        )}
        <Panel title={t('presentDays')}>
          {record.presentDays.length === 0 ? (
            <p className="text-sm text-slate-600">{t('noDays')}</p>
          ) : (
            <ul className="list-disc pl-5 text-sm">
              {record.presentDays.map((day) => (
                <li key={day}>{dayLabel(day)}</li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </ClientMessages>
  );
}
