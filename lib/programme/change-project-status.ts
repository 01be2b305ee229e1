import 'server-only';
import { db } from '@/db/client';
import { findProjectDetail, updateProjectStatus } from '@/db/queries/programme';
import type { Project } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertProjectTransition } from './rules';
import type { ChangeProjectStatusInput } from './schemas';

// The secretariat moves a project along its lifecycle (rules.ts: projectTransitions).
export async function changeProjectStatus({ actor, input }: { actor: Actor; input: ChangeProjectStatusInput }): Promise<Project> {
  assertCan(actor, 'programme:manage');
  return db.transaction(async (tx) => {
    const current = await findProjectDetail(input.projectId, tx, { lock: true });
    if (!current) throw new AppError('NOT_FOUND', 'notFound');
    assertProjectTransition(current.status, input.status);
    // Guarded in SQL too: if the status moved meanwhile, nothing is updated.
    const project = await updateProjectStatus(current.id, { from: current.status, to: input.status }, tx);
    if (!project) throw new AppError('CONFLICT', 'statusChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'project.status_changed',
      entityType: 'project',
      entityId: project.id,
      change: { fields: { projectStatus: { before: current.status, after: project.status } }, version: project.version },
    });
    return project;
  });
}
