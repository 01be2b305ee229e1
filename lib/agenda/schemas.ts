import { z } from 'zod';
import { pageNumberSchema } from '../pagination';
import { idSchema, optionalText, requiredText } from '../schemas';
import { agendaItemKinds, agendaItemStatuses, agendaStatuses, followUpStatuses, presenterKinds } from './values';

/** Why an adopted agenda changes: required then, kept in the audit trail (lib/agenda/lifecycle.ts). */
const reason = optionalText(1000);

/** A record chosen in a select; empty or left out means none. */
const optionalRef = (errorKey: string) =>
  z
    .union([z.uuid({ error: errorKey }), z.literal(''), z.null()], { error: errorKey })
    .optional()
    .transform((value) => value || null);

const version = z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).positive({ error: 'invalid' });

const optionalMinutes = z
  .union([z.literal(''), z.null(), z.coerce.number({ error: 'durationInvalid' })], { error: 'durationInvalid' })
  .optional()
  .transform((value) => (value === '' || value == null ? null : value))
  .refine((value) => value === null || (Number.isInteger(value) && value > 0 && value <= 1440), { error: 'durationInvalid' });

export const agendaItemFields = z
  .object({
    title: requiredText(2, 300, 'titleRequired'),
    annotation: optionalText(20000),
    kind: z.enum(agendaItemKinds, { error: 'invalid' }),
    presenterKind: z
      .union([z.enum(presenterKinds), z.literal(''), z.null()], { error: 'invalid' })
      .optional()
      .transform((value) => value || null),
    presenterPartyId: optionalRef('partyInvalid'),
    presenterName: optionalText(200),
    durationMinutes: optionalMinutes,
    sessionId: optionalRef('sessionInvalid'),
    isRecurring: z.boolean({ error: 'invalid' }).default(false),
    documentIds: z.array(z.uuid({ error: 'documentInvalid' })).max(50).default([]),
  })
  .refine((v) => v.presenterKind !== 'party' || v.presenterPartyId, { error: 'presenterPartyRequired', path: ['presenterPartyId'] })
  .refine((v) => v.presenterKind !== 'person' || v.presenterName, { error: 'presenterNameRequired', path: ['presenterName'] });
export type AgendaItemFields = z.output<typeof agendaItemFields>;

export const addAgendaItemSchema = z.intersection(
  agendaItemFields,
  z.object({ meetingId: idSchema, parentId: optionalRef('notFound'), carriedFromItemId: optionalRef('notFound'), reason }),
);
export type AddAgendaItemInput = z.output<typeof addAgendaItemSchema>;

export const updateAgendaItemSchema = z.intersection(agendaItemFields, z.object({ itemId: idSchema, reason }));
export type UpdateAgendaItemInput = z.output<typeof updateAgendaItemSchema>;

export const removeAgendaItemSchema = z.object({ itemId: idSchema, reason });
export type RemoveAgendaItemInput = z.output<typeof removeAgendaItemSchema>;

export const moveAgendaItemSchema = z.object({
  meetingId: idSchema,
  itemId: idSchema,
  parentId: idSchema.nullable(),
  index: z.number({ error: 'invalid' }).int({ error: 'invalid' }).min(0, { error: 'invalid' }),
  /** The agenda's version the user moved from: a move over a newer order is refused. */
  version,
  reason,
});
export type MoveAgendaItemInput = z.output<typeof moveAgendaItemSchema>;

export const changeAgendaStatusSchema = z.object({ meetingId: idSchema, status: z.enum(agendaStatuses, { error: 'statusInvalid' }) });
export type ChangeAgendaStatusInput = z.output<typeof changeAgendaStatusSchema>;

export const changeItemStatusSchema = z.object({ itemId: idSchema, status: z.enum(agendaItemStatuses, { error: 'statusInvalid' }) });
export type ChangeItemStatusInput = z.output<typeof changeItemStatusSchema>;

export const recordOutcomeSchema = z.object({ itemId: idSchema, outcome: requiredText(2, 10000, 'outcomeRequired') });
export type RecordOutcomeInput = z.output<typeof recordOutcomeSchema>;

export const addFollowUpSchema = z
  .object({
    itemId: idSchema,
    description: requiredText(3, 2000, 'followUpRequired'),
    /** The owning party; empty: the secretariat. */
    ownerPartyId: optionalRef('partyInvalid'),
    dueDate: z
      .union([z.literal(''), z.null(), z.iso.date({ error: 'dateInvalid' })], { error: 'dateInvalid' })
      .optional()
      .transform((value) => value || null),
    dueByNextMeeting: z.boolean({ error: 'invalid' }).default(false),
  })
  .refine((v) => (v.dueDate === null) === v.dueByNextMeeting, { error: 'followUpDueRequired', path: ['dueDate'] });
export type AddFollowUpInput = z.output<typeof addFollowUpSchema>;

/** A follow-up dropped says why: the owner and the next meeting read the note. */
export const changeFollowUpStatusSchema = z
  .object({
    followUpId: idSchema,
    status: z.enum(followUpStatuses, { error: 'statusInvalid' }),
    note: optionalText(2000),
  })
  .refine((v) => v.status !== 'dropped' || v.note !== null, { error: 'followUpDropNoteRequired', path: ['note'] });
export type ChangeFollowUpStatusInput = z.output<typeof changeFollowUpStatusSchema>;

export const agendaPapers = ['agenda', 'annotations'] as const;
export const issueAgendaDocumentSchema = z.object({ meetingId: idSchema, paper: z.enum(agendaPapers, { error: 'invalid' }) });
export type IssueAgendaDocumentInput = z.output<typeof issueAgendaDocumentSchema>;

export const findFollowUpsSchema = z.object({
  page: pageNumberSchema,
  status: z.enum([...followUpStatuses, 'all']).catch('open'),
  overdue: z
    .enum(['1'])
    .optional()
    .catch(undefined)
    .transform((value) => value === '1'),
  party: z.uuid().optional().catch(undefined),
  meeting: z.uuid().optional().catch(undefined),
});
export type FindFollowUpsInput = z.output<typeof findFollowUpsSchema>;
