import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { UploadDocumentForm } from '@/components/documents/upload-document-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { getMeeting } from '@/lib/meetings/get-meeting';
import { orRefusalPage, requirePermission } from '@/lib/page-guards';
import { uploadDocumentAction } from '../actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('documents'))('uploadTitle') };
}

export default async function UploadDocumentPage({ params }: Props) {
  const actor = await requirePermission('meetings:manage');
  const { id } = await params;
  const [{ meeting, documents, can }, t] = await Promise.all([
    orRefusalPage(getMeeting({ actor, input: { meetingId: id } })),
    getTranslations('documents'),
  ]);
  return (
    <ClientMessages namespaces={['documents', 'common']} formErrors={['common', 'documents']}>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {t('backToMeeting')}
        </Link>
      </p>
      <PageHeader title={t('uploadTitle')} intro={meeting.title} />
      {can.uploadDocuments ? (
        <Panel intro={t('uploadIntro')}>
          <UploadDocumentForm
            meetingId={meeting.id}
            documents={documents.flatMap(({ id, symbol, language, title, isPublic, withdrawnAt }) => (withdrawnAt ? [] : [{ id, symbol, language, title, isPublic }]))}
            action={uploadDocumentAction}
          />
        </Panel>
      ) : (
        <Alert tone="info">{t('uploadNotAllowed')}</Alert>
      )}
    </ClientMessages>
  );
}
