import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProgrammeTabs } from '@/components/programme/programme-tabs';
import { ProjectFilters } from '@/components/programme/project-filters';
import { ProjectList } from '@/components/programme/project-list';
import { ButtonLink, buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { listHref, Pagination } from '@/components/ui/pagination';
import { findProjects } from '@/lib/programme/find-projects';
import { findProjectsSchema } from '@/lib/programme/schemas';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('title') };
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const input = findProjectsSchema.parse(await searchParams);
  const [result, t] = await Promise.all([orRefusalPage(findProjects({ actor, input })), getTranslations('programme')]);
  const params = { q: input.q, area: input.area, status: input.status, party: input.party };
  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            <a className={buttonClasses('secondary')} href={listHref('/programme/projects.csv', params)} download>
              {t('exportCsv')}
            </a>
            {result.can.manage && <ButtonLink href="/programme/projects/new">{t('newProject')}</ButtonLink>}
          </>
        }
      />
      <ProgrammeTabs current="projects" />
      <ProjectFilters areas={result.areas} parties={result.parties} selected={input} />
      <p className="mb-2 text-sm text-slate-600">{t('areaProjects', { count: result.total })}</p>
      <ProjectList projects={result.items} isFiltered={Boolean(input.q || input.area || input.status || input.party)} />
      <Pagination page={result.page} pageCount={result.pageCount} path="/programme" params={params} />
    </>
  );
}
