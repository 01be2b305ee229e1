import 'server-only';
import { db } from '@/db/client';
import { findProjectDetail, listProjectPartners, replaceProjectPartners, updateProject as updateProjectRow } from '@/db/queries/programme';
import type { Project } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError, isUniqueViolation } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertProjectReferences, projectCodeTaken, projectFieldNames, toProjectValues } from './project-values';
import type { UpdateProjectInput } from './schemas';

// The secretariat edits a project; a save over a newer version is refused.
export async function updateProject({ actor, input }: { actor: Actor; input: UpdateProjectInput }): Promise<Project> {
  assertCan(actor, 'programme:manage');
  try {
    return await db.transaction(async (tx) => {
      const current = await findProjectDetail(input.projectId, tx, { lock: true });
      if (!current) throw new AppError('NOT_FOUND', 'notFound');
      if (current.version !== input.version) throw new AppError('CONFLICT', 'projectChangedMeanwhile');
      await assertProjectReferences(input, tx, { currentAreaId: current.areaId });
      const values = toProjectValues(input);
      const project = await updateProjectRow(current.id, input.version, values, tx);
      if (!project) throw new AppError('CONFLICT', 'projectChangedMeanwhile');
      const beforePartners = (await listProjectPartners(current.id, tx)).map((p) => p.id).sort();
      const afterPartners = [...new Set(input.partnerPartyIds)].sort();
      await replaceProjectPartners(current.id, afterPartners, tx);
      const fields = changedFields(current, project, projectFieldNames);
      if (JSON.stringify(beforePartners) !== JSON.stringify(afterPartners)) fields.partnerPartyIds = { before: beforePartners, after: afterPartners };
      await recordAudit(tx, actor, { action: 'project.updated', entityType: 'project', entityId: project.id, change: { fields, version: project.version } });
      return project;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'projects_code_unique')) throw projectCodeTaken();
    throw error;
  }
}
