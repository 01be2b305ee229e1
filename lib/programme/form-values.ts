import type { z } from 'zod';
import type { Project } from '@/db/schema';
import type { updateProjectSchema } from './schemas';

/** A project as its edit form holds it: empty strings for nothing, and the version the form shows. */
export function toProjectFormValues(project: Project, partnerPartyIds: string[]): z.input<typeof updateProjectSchema> {
  return {
    projectId: project.id,
    version: project.version,
    code: project.code,
    title: project.title,
    areaId: project.areaId,
    leadPartyId: project.leadPartyId ?? '',
    partnerPartyIds,
    implementingPartners: project.implementingPartners ?? '',
    startDate: project.startDate ?? '',
    endDate: project.endDate ?? '',
    budgetAmount: project.budgetAmount ?? '',
    budgetCurrency: project.budgetCurrency ?? '',
    fundingSource: project.fundingSource,
    summary: project.summary ?? '',
    expectedOutputs: project.expectedOutputs ?? '',
  };
}
