import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { ProjectListRow } from '@/db/queries/programme';
import { formatAmount } from '@/lib/programme/money';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';
import { ProjectStatusBadge } from './badges';

export function ProjectList({ projects, isFiltered }: { projects: ProjectListRow[]; isFiltered: boolean }) {
  const t = useTranslations('programme');
  if (projects.length === 0) return <EmptyState>{isFiltered ? t('noProjectsFiltered') : t('noProjects')}</EmptyState>;
  return (
    <DataTable
      label={t('projects')}
      columns={[{ label: t('code') }, { label: t('projectTitle') }, { label: t('area') }, { label: t('lead') }, { label: t('budget') }, { label: t('status') }]}
    >
      {projects.map((project) => (
        <tr key={project.id}>
          <td className="font-mono text-xs whitespace-nowrap">{project.code}</td>
          <th scope="row" className="font-medium">
            <Link href={`/programme/projects/${project.id}`} className="text-brand-700 hover:underline">
              {project.title}
            </Link>
          </th>
          <td>{project.areaName}</td>
          <td>{project.leadPartyName ?? '—'}</td>
          <td className="whitespace-nowrap tabular-nums">
            {project.budgetAmount && project.budgetCurrency ? formatAmount(project.budgetAmount, project.budgetCurrency) : '—'}
          </td>
          <td>
            <ProjectStatusBadge status={project.status} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
