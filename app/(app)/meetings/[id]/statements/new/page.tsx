import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { CreateStatementForm } from '@/components/statements/statement-forms';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';
import { getStatementFormOptions } from '@/lib/statements/get-statement-form-options';
import { createStatementAction } from '../actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('statements'))('newStatement') };
}

export default async function NewStatementPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const [{ meeting, agendaItems, report }, t] = await Promise.all([
    orRefusalPage(getStatementFormOptions({ actor, input: { meetingId: id } })),
    getTranslations('statements'),
  ]);
  return (
    <ClientMessages namespaces={['statements', 'common']} formErrors={['common', 'statements']}>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {t('backToMeeting')}
        </Link>
      </p>
      <PageHeader title={t('newStatement')} intro={meeting.title} />
      <Panel>
        <CreateStatementForm meetingId={meeting.id} agendaItems={agendaItems} report={report} action={createStatementAction} />
      </Panel>
    </ClientMessages>
  );
}
