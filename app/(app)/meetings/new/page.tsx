import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { MeetingForm } from '@/components/meetings/meeting-form';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { getMeetingFormOptions } from '@/lib/meetings/get-meeting-form-options';
import { suggestMeetingTitle } from '@/lib/meetings/titles';
import { requirePermission } from '@/lib/page-guards';
import { createMeetingAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetings'))('newTitle') };
}

// The programme's meetings are in North-East Asia; the ESCAP office that services them is in Incheon.
const defaultTimeZone = 'Asia/Seoul';

export default async function NewMeetingPage() {
  const actor = await requirePermission('meetings:manage');
  const [options, t] = await Promise.all([getMeetingFormOptions({ actor }), getTranslations('meetings')]);
  const series = options.series.find((s) => s.code === 'SOM') ?? options.series[0];
  const number = series ? (options.nextNumbers[series.id] ?? 1) : 1;
  return (
    <ClientMessages namespaces={['meetings', 'meetingFormat', 'common']} formErrors={['common']}>
      <PageHeader title={t('newTitle')} intro={t('newIntro')} />
      <Panel>
        <MeetingForm
          {...options}
          isEdit={false}
          action={createMeetingAction}
          cancelHref="/"
          defaultValues={{
            seriesId: series?.id ?? '',
            number,
            title: series ? suggestMeetingTitle(series.name, number, options.programmeName) : '',
            startDate: '',
            endDate: '',
            timeZone: defaultTimeZone,
            city: '',
            hostPartyId: '',
            venue: '',
            format: 'in_person',
            chairUserId: '',
            registrationOpensAt: '',
            registrationClosesAt: '',
            description: '',
          }}
        />
      </Panel>
    </ClientMessages>
  );
}
