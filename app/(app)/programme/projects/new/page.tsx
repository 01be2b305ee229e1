import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ProjectForm } from '@/components/programme/controls';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requirePermission } from '@/lib/page-guards';
import { getProgrammeFormOptions } from '@/lib/programme/get-programme-form-options';
import { createProjectAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('newProject') };
}

export default async function NewProjectPage() {
  const actor = await requirePermission('programme:manage');
  const [options, t] = await Promise.all([getProgrammeFormOptions({ actor }), getTranslations('programme')]);
  return (
    <ClientMessages namespaces={['programme', 'common']} formErrors={['common', 'programme']}>
      <p className="mb-3 text-sm">
        <Link href="/programme" className="text-brand-700 hover:underline">
          ← {t('backToProjects')}
        </Link>
      </p>
      <PageHeader title={t('newProject')} />
      <Panel>
        <ProjectForm areas={options.areas} parties={options.parties} action={createProjectAction} />
      </Panel>
    </ClientMessages>
  );
}
