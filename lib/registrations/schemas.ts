import { z } from 'zod';
import { idSchema, optionalText, requiredText } from '../schemas';
import { pageNumberSchema } from '../pagination';
import { maxDocumentBytes } from '../config';
import { delegationRoles, honorifics, participationModes, registrationStatuses } from './values';

// One schema per form: the browser checks with it, the server action checks again with it.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dateInvalid' });
/** A date from a native date input: empty means none. */
const optionalDate = z
  .union([isoDate, z.literal(''), z.null()], { error: 'dateInvalid' })
  .optional()
  .transform((value) => value || null);

/** What a person says about themselves when registering (or what their head of delegation says). */
const registrationFields = {
  delegationRole: z.enum(delegationRoles, { error: 'delegationRoleInvalid' }),
  honorific: z
    .union([z.enum(honorifics), z.literal(''), z.null()], { error: 'invalid' })
    .optional()
    .transform((value) => value || null),
  position: optionalText(200),
  organization: optionalText(200),
  participation: z.enum(participationModes, { error: 'invalid' }),
  arrivalDate: optionalDate,
  departureDate: optionalDate,
  dietaryNeeds: optionalText(500),
  accessNeeds: optionalText(500),
  isListedPublicly: z.boolean({ error: 'invalid' }),
};

const stayOrdered = <T extends { arrivalDate: string | null; departureDate: string | null }>(d: T) =>
  !d.arrivalDate || !d.departureDate || d.departureDate >= d.arrivalDate;
const stayOrderedIssue = { error: 'departureBeforeArrival', path: ['departureDate'] };

/** A signed-in delegate or observer registers themselves, in their own party's delegation. */
export const registerSchema = z
  .object({ meetingId: idSchema, partyId: idSchema, ...registrationFields })
  .refine(stayOrdered, stayOrderedIssue);
export type RegisterInput = z.output<typeof registerSchema>;

/** A head of delegation registers another member of their delegation, by name and email. */
export const registerMemberSchema = z
  .object({
    meetingId: idSchema,
    partyId: idSchema,
    name: requiredText(2, 200, 'nameRequired'),
    email: z.string({ error: 'emailInvalid' }).trim().toLowerCase().pipe(z.email({ error: 'emailInvalid' })),
    ...registrationFields,
  })
  .refine(stayOrdered, stayOrderedIssue);
export type RegisterMemberInput = z.output<typeof registerMemberSchema>;

export const updateRegistrationSchema = z
  .object({ registrationId: idSchema, version: z.number().int().positive(), ...registrationFields })
  .refine(stayOrdered, stayOrderedIssue);
export type UpdateRegistrationInput = z.output<typeof updateRegistrationSchema>;

export const registrationIdSchema = z.object({ registrationId: idSchema });
export type RegistrationIdInput = z.output<typeof registrationIdSchema>;

/** The secretariat's decision on one or many registrations: approve, reject (with a reason) or put back to pending. */
export const registrationDecisions = ['approved', 'rejected', 'pending'] as const;
export type RegistrationDecision = (typeof registrationDecisions)[number];
export const decideRegistrationsSchema = z
  .object({
    meetingId: idSchema,
    registrationIds: z.array(idSchema).min(1, { error: 'noRegistrationChosen' }).max(200, { error: 'tooMany' }),
    decision: z.enum(registrationDecisions, { error: 'invalid' }),
    reason: optionalText(1000),
  })
  .refine((d) => d.decision !== 'rejected' || d.reason !== null, { error: 'rejectionReasonRequired', path: ['reason'] });
export type DecideRegistrationsInput = z.output<typeof decideRegistrationsSchema>;

/** The moderation queue's filters, from the URL: anything unusable falls back to the default. */
export const registrationQueueParamsSchema = z.object({
  party: idSchema.optional().catch(undefined),
  status: z.enum(registrationStatuses).optional().catch(undefined),
  page: pageNumberSchema,
});
export type RegistrationQueueParams = z.output<typeof registrationQueueParamsSchema>;

export const designateHeadSchema = z.object({ delegationId: idSchema, registrationId: idSchema });
export type DesignateHeadInput = z.output<typeof designateHeadSchema>;

const pdfFile = z
  .instanceof(File, { error: 'fileRequired' })
  .refine((f) => f.size > 0, { error: 'fileRequired' })
  .refine((f) => f.size <= maxDocumentBytes, { error: 'fileTooLarge' });

export const uploadCredentialsSchema = z.object({ delegationId: idSchema, file: pdfFile });
export type UploadCredentialsInput = z.output<typeof uploadCredentialsSchema>;

/** What the secretariat does with a delegation's credentials. */
export const credentialsReviews = ['received', 'accepted', 'correction_requested'] as const;
export const reviewCredentialsSchema = z
  .object({
    delegationId: idSchema,
    status: z.enum(credentialsReviews, { error: 'invalid' }),
    note: optionalText(1000),
  })
  .refine((d) => d.status !== 'correction_requested' || d.note !== null, { error: 'correctionNoteRequired', path: ['note'] });
export type ReviewCredentialsInput = z.output<typeof reviewCredentialsSchema>;
