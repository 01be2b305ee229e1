import { z } from 'zod';
import { pageNumberSchema } from '../pagination';
import { idSchema, optionalId, optionalText, requiredText } from '../schemas';
import { isLocalDateTime } from '../time-zones';
import { paragraphKinds, statementKinds } from './values';

// Shared by the statement forms and their server actions. Messages are keys of the `browserErrors` catalog.

/** A local date and time in the meeting's zone, as a datetime-local input sends it. */
export const localDateTime = z.string({ error: 'dateTimeInvalid' }).refine(isLocalDateTime, { error: 'dateTimeInvalid' });

export const paragraphSchema = z.object({
  /** Follows the paragraph from revision to revision; empty for a new paragraph. */
  key: optionalId('notFound'),
  kind: z.enum(paragraphKinds, { error: 'paragraphKindInvalid' }),
  text: requiredText(1, 5000, 'paragraphTextRequired'),
});
export type ParagraphInput = z.output<typeof paragraphSchema>;

const paragraphsSchema = z.array(paragraphSchema).min(1, { error: 'paragraphsRequired' }).max(200, { error: 'tooManyParagraphs' });

export const createStatementSchema = z.object({
  meetingId: idSchema,
  title: requiredText(3, 300, 'titleRequired'),
  kind: z.enum(statementKinds, { error: 'statementKindInvalid' }),
  agendaItemId: optionalId('agendaItemInvalid'),
  paragraphs: paragraphsSchema,
});
export type CreateStatementInput = z.output<typeof createStatementSchema>;

/** A saved change of the text: it names the revision the writer started from. */
export const saveRevisionSchema = z.object({
  statementId: idSchema,
  basedOnRevision: z.coerce.number().int().positive(),
  note: optionalText(500),
  paragraphs: paragraphsSchema,
});
export type SaveRevisionInput = z.output<typeof saveRevisionSchema>;

export const circulateStatementSchema = z.object({
  statementId: idSchema,
  basedOnRevision: z.coerce.number().int().positive(),
  /** In the meeting's time zone. */
  commentDeadline: localDateTime,
});
export type CirculateStatementInput = z.output<typeof circulateStatementSchema>;

/** The archive's search parameters: like any, an unusable one is as if absent. */
export const findAdoptedTextsSchema = z.object({
  page: pageNumberSchema,
  q: z.string().trim().max(200).optional().catch(undefined),
  kind: z.enum(statementKinds).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2200).optional().catch(undefined),
});
export type FindAdoptedTextsInput = z.output<typeof findAdoptedTextsSchema>;
