'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { Project } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import type { changeProjectStatusSchema } from '@/lib/programme/schemas';
import type { ProjectStatus } from '@/lib/programme/values';
import { ActionDialog } from '../forms/action-dialog';
import { useAction } from '../forms/use-action';

type ProjectStatusActionsProps = {
  project: Pick<Project, 'id' | 'status'>;
  changes: readonly ProjectStatus[];
  action: (input: z.input<typeof changeProjectStatusSchema>) => Promise<ActionResult<Project>>;
};

/** The status steps open to the project, each confirmed first. */
export function ProjectStatusActions({ project, changes, action }: ProjectStatusActionsProps) {
  const t = useTranslations('programme');
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  if (changes.length === 0) return <p className="text-sm text-slate-600">{t('noProjectTransitions')}</p>;
  return (
    <div className="flex flex-wrap gap-2">
      {changes.map((to) => {
        const label = t('moveTo', { status: t(`statuses.${to}`) });
        return (
          <ActionDialog
            key={to}
            triggerLabel={label}
            triggerVariant="secondary"
            variant="primary"
            title={t('confirmStatusTitle')}
            body={
              to === 'completed'
                ? t('confirmCompletionBody', { from: t(`statuses.${project.status}`) })
                : t('confirmStatusBody', { from: t(`statuses.${project.status}`), to: t(`statuses.${to}`) })
            }
            confirmLabel={label}
            failure={failure}
            onOpen={clearFailure}
            onConfirm={() => run({ projectId: project.id, status: to })}
          />
        );
      })}
    </div>
  );
}
