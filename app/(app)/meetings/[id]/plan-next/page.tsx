import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PlanNextForm } from '@/components/meetings/plan-next-form';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { programmeName } from '@/lib/config';
import { getMeeting } from '@/lib/meetings/get-meeting';
import { suggestMeetingTitle } from '@/lib/meetings/titles';
import { orRefusalPage, requirePermission } from '@/lib/page-guards';
import { addDays } from '@/lib/time-zones';
import { planNextMeetingAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetings'))('planNextTitle') };
}

export default async function PlanNextMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('meetings:manage');
  const { id } = await params;
  const [{ meeting }, t] = await Promise.all([
    orRefusalPage(getMeeting({ actor, input: { meetingId: id } })),
    getTranslations('meetings'),
  ]);
  const nextNumber = meeting.number + 1;
  return (
    <ClientMessages namespaces={['meetings', 'agenda', 'common']} formErrors={['common']}>
      <PageHeader title={t('planNextTitle')} intro={t('planNextIntro', { number: nextNumber })} />
      <Panel intro={t('planNextFrom', { title: meeting.title })}>
        <PlanNextForm
          sourceId={meeting.id}
          nextNumber={nextNumber}
          // The series meets yearly: a year on, same weekday, is the usual starting point.
          defaultStartDate={addDays(meeting.startDate, 364)}
          defaultTitle={suggestMeetingTitle(meeting.seriesName, nextNumber, programmeName)}
          action={planNextMeetingAction}
        />
      </Panel>
    </ClientMessages>
  );
}
