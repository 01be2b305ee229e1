import 'server-only';
import { db } from '@/db/client';
import { insertProject, replaceProjectPartners } from '@/db/queries/programme';
import type { Project } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { isUniqueViolation } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertProjectReferences, projectCodeTaken, projectFieldNames, toProjectValues } from './project-values';
import type { CreateProjectInput } from './schemas';

// The secretariat adds a project under an active area.
export async function createProject({ actor, input }: { actor: Actor; input: CreateProjectInput }): Promise<Project> {
  assertCan(actor, 'programme:manage');
  try {
    return await db.transaction(async (tx) => {
      await assertProjectReferences(input, tx);
      const project = await insertProject({ ...toProjectValues(input), status: input.status }, tx);
      const partnerPartyIds = [...new Set(input.partnerPartyIds)];
      await replaceProjectPartners(project.id, partnerPartyIds, tx);
      await recordAudit(tx, actor, {
        action: 'project.created',
        entityType: 'project',
        entityId: project.id,
        change: {
          fields: { ...recordFields(project, projectFieldNames), projectStatus: { after: project.status }, partnerPartyIds: { after: partnerPartyIds } },
          version: project.version,
        },
      });
      return project;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'projects_code_unique')) throw projectCodeTaken();
    throw error;
  }
}
