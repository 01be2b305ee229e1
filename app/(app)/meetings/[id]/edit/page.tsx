import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MeetingForm } from '@/components/meetings/meeting-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { getMeeting } from '@/lib/meetings/get-meeting';
import { getMeetingFormOptions } from '@/lib/meetings/get-meeting-form-options';
import { orRefusalPage, requirePermission } from '@/lib/page-guards';
import { instantToZonedLocal } from '@/lib/time-zones';
import { updateMeetingAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetings'))('editTitle') };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('meetings:manage');
  const { id } = await params;
  const [{ meeting, can }, options, t] = await Promise.all([
    orRefusalPage(getMeeting({ actor, input: { meetingId: id } })),
    getMeetingFormOptions({ actor }),
    getTranslations('meetings'),
  ]);
  const local = (instant: Date | null) => (instant ? instantToZonedLocal(instant, meeting.timeZone) : '');
  return (
    <>
      <PageHeader title={t('editTitle')} intro={meeting.title} />
      {!can.edit ? (
        <Alert tone="info">{t('editNotAllowed')}</Alert>
      ) : (
        <Panel>
          <MeetingForm
            {...options}
            isEdit
            action={updateMeetingAction.bind(null, meeting.id, meeting.version)}
            cancelHref={`/meetings/${meeting.id}`}
            defaultValues={{
              seriesId: meeting.seriesId,
              number: meeting.number,
              title: meeting.title,
              startDate: meeting.startDate,
              endDate: meeting.endDate,
              timeZone: meeting.timeZone,
              city: meeting.city ?? '',
              hostPartyId: meeting.hostPartyId ?? '',
              venue: meeting.venue ?? '',
              format: meeting.format,
              chairUserId: meeting.chairUserId ?? '',
              registrationOpensAt: local(meeting.registrationOpensAt),
              registrationClosesAt: local(meeting.registrationClosesAt),
              description: meeting.description ?? '',
            }}
          />
        </Panel>
      )}
    </>
  );
}
