import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { forbidden, notFound, redirect } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { EditStatementForm } from '@/components/statements/statement-forms';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { can as hasPermission } from '@/lib/permissions';
import { requireActor } from '@/lib/session';
import { getStatement } from '@/lib/statements/get-statement';
import { statementPath } from '@/lib/statements/links';
import { saveRevisionAction } from '../../actions';

type Props = { params: Promise<{ id: string; statementId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('statements'))('editText') };
}

export default async function EditStatementPage({ params }: Props) {
  const { id, statementId } = await params;
  const actor = await requireActor();
  const [view, t] = await Promise.all([
    orRefusalPage(getStatement({ actor, input: { statementId } })),
    getTranslations('statements'),
  ]);
  const { statement, paragraphs, can } = view;
  if (statement.meetingId !== id) notFound();
  // Staff who open an old link to a text that is no longer being drafted are taken back to it.
  if (!can.edit) return hasPermission(actor, 'statements:draft') ? redirect(statementPath(statement)) : forbidden();
  return (
    <ClientMessages namespaces={['statements', 'common', 'audit.becomes']} formErrors={['common', 'statements']}>
      <p className="mb-3 text-sm">
        <Link href={statementPath(statement)} className="text-brand-700 hover:underline">
          ← {t('backToStatement')}
        </Link>
      </p>
      <PageHeader
        title={t('editTitle', { title: statement.title })}
        intro={t('editIntro', { revision: statement.currentRevision, next: statement.currentRevision + 1 })}
      />
      <Panel>
        <EditStatementForm
          statement={statement}
          paragraphs={paragraphs.map(({ key, kind, text }) => ({ key, kind, text }))}
          action={saveRevisionAction}
        />
      </Panel>
    </ClientMessages>
  );
}
