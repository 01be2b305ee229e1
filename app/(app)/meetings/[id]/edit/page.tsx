import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { MeetingForm } from '@/components/meetings/meeting-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { toMeetingFormValues } from '@/lib/meetings/form-values';
import { getMeeting } from '@/lib/meetings/get-meeting';
import { getMeetingFormOptions } from '@/lib/meetings/get-meeting-form-options';
import { orRefusalPage, requirePermission } from '@/lib/page-guards';
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
  return (
    <ClientMessages namespaces={['meetings', 'meetingFormat', 'common', 'audit.becomes']} formErrors={['common']}>
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
            defaultValues={toMeetingFormValues(meeting)}
          />
        </Panel>
      )}
    </ClientMessages>
  );
}
