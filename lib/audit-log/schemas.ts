import { z } from 'zod';
import { pageNumberSchema } from '../pagination';

/** The kinds of record the audit log can be narrowed to. */
export const auditEntityTypes = ['user', 'meeting', 'document'] as const;

export const findAuditEventsSchema = z.object({
  page: pageNumberSchema,
  entity: z.enum(auditEntityTypes).optional().catch(undefined),
});
export type FindAuditEventsInput = z.output<typeof findAuditEventsSchema>;
