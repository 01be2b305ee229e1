import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { EditProjectForm } from '@/components/programme/controls';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { getProjectForm } from '@/lib/programme/get-project-form';
import { requireActor } from '@/lib/session';
import { updateProjectAction } from '../../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('editProject') };
}

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [{ project, values, areas, parties }, t] = await Promise.all([
    orRefusalPage(getProjectForm({ actor, input: { projectId: id } })),
    getTranslations('programme'),
  ]);
  return (
    <ClientMessages namespaces={['programme', 'common']} formErrors={['common', 'programme']}>
      <p className="mb-3 text-sm">
        <Link href={`/programme/projects/${project.id}`} className="text-brand-700 hover:underline">
          ← {project.title}
        </Link>
      </p>
      <PageHeader title={t('editProject')} intro={`${project.code}: ${project.title}`} />
      <Panel>
        <EditProjectForm areas={areas} parties={parties} defaultValues={values} action={updateProjectAction} />
      </Panel>
    </ClientMessages>
  );
}
