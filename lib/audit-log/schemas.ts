import { z } from 'zod';
import { pageNumberSchema } from '../pagination';

/** The kinds of record the audit log can be narrowed to. */
export const auditEntityTypes = ['user', 'meeting', 'document'] as const;

// A filter from the URL: anything unusable means no filter, never an error page.
const optionalDate = z.iso.date().optional().catch(undefined);

export const findAuditEventsSchema = z
  .object({
    page: pageNumberSchema,
    entity: z.enum(auditEntityTypes).optional().catch(undefined),
    /** The first and last day to show, both included, in the office's time zone. */
    from: optionalDate,
    to: optionalDate,
  })
  // A range given backwards is read the right way round.
  .transform((filter) =>
    filter.from && filter.to && filter.from > filter.to ? { ...filter, from: filter.to, to: filter.from } : filter,
  );
export type FindAuditEventsInput = z.output<typeof findAuditEventsSchema>;
