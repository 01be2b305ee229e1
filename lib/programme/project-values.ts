import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { findAreaById } from '@/db/queries/programme';
import { findPartyById } from '@/db/queries/parties';
import { parties, type Project } from '@/db/schema';
import { AppError } from '../errors';
import type { CreateProjectInput } from './schemas';

/** The fields a project's audit events record. */
export const projectFieldNames = [
  'code',
  'title',
  'areaId',
  'leadPartyId',
  'implementingPartners',
  'startDate',
  'endDate',
  'budgetAmount',
  'budgetCurrency',
  'fundingSource',
  'summary',
  'expectedOutputs',
] as const satisfies readonly (keyof Project)[];

/** Refuses an unknown or retired area (for a new project, or a move to another area) and unknown parties. */
export async function assertProjectReferences(
  input: Pick<CreateProjectInput, 'areaId' | 'leadPartyId' | 'partnerPartyIds'>,
  tx: Tx,
  options: { currentAreaId?: string } = {},
): Promise<void> {
  const area = await findAreaById(input.areaId, tx);
  if (!area) throw new AppError('INVALID_STATE', 'invalid', { areaId: 'areaInvalid' });
  if (area.retiredAt && area.id !== options.currentAreaId) throw new AppError('INVALID_STATE', 'invalid', { areaId: 'areaRetired' });
  if (input.leadPartyId && !(await findPartyById(input.leadPartyId, tx))) {
    throw new AppError('INVALID_STATE', 'invalid', { leadPartyId: 'partyInvalid' });
  }
  const partnerIds = [...new Set(input.partnerPartyIds)];
  if (partnerIds.length > 0) {
    const found = await tx.select({ id: parties.id }).from(parties).where(inArray(parties.id, partnerIds));
    if (found.length !== partnerIds.length) throw new AppError('INVALID_STATE', 'invalid', { partnerPartyIds: 'partyInvalid' });
  }
}

export function toProjectValues(input: Omit<CreateProjectInput, 'status'>) {
  return {
    code: input.code,
    title: input.title,
    areaId: input.areaId,
    leadPartyId: input.leadPartyId,
    implementingPartners: input.implementingPartners,
    startDate: input.startDate,
    endDate: input.endDate,
    budgetAmount: input.budgetAmount,
    budgetCurrency: input.budgetCurrency,
    fundingSource: input.fundingSource,
    summary: input.summary,
    expectedOutputs: input.expectedOutputs,
  };
}

export const projectCodeTaken = () => new AppError('CONFLICT', 'invalid', { code: 'projectCodeTaken' });
