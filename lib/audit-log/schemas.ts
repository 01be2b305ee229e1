import { z } from 'zod';

/** The kinds of record the audit log can be narrowed to. */
/** The records audit events are recorded against (an event's entityType): the log names, links and filters by each. */
export const auditEntityTypes = [
  'meeting',
  'document',
  'invitation',
  'notice',
  'registration',
  'delegation',
  'statement',
  'project',
  'review',
  'contribution',
  'area',
  'user',
  'party',
] as const;

// A filter from the URL: anything unusable means no filter, never an error page.
const optionalDate = z.iso.date().optional().catch(undefined);
const optionalEventId = z.coerce.number().int().positive().optional().catch(undefined);

export const findAuditEventsSchema = z
  .object({
    entity: z.enum(auditEntityTypes).optional().catch(undefined),
    /** The first and last day to show, both included, in the office's time zone. */
    from: optionalDate,
    to: optionalDate,
    /** Where the page starts: the events older than this one, or newer than that one. */
    before: optionalEventId,
    after: optionalEventId,
  })
  // A range given backwards is read the right way round; of two cursors, the older one counts.
  .transform(({ before, after, ...filter }) => ({
    ...(filter.from && filter.to && filter.from > filter.to ? { ...filter, from: filter.to, to: filter.from } : filter),
    before,
    after: before ? undefined : after,
  }));
export type FindAuditEventsInput = z.output<typeof findAuditEventsSchema>;
