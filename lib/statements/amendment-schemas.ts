import { z } from 'zod';
import { idSchema, optionalText, requiredText } from '../schemas';
import { amendmentKinds, paragraphKinds } from './values';

// Shared by the amendment forms and their server actions. Messages are keys of the `browserErrors` catalog.
// No schema here takes a party: an amendment is always made for the actor's own party.

const amendmentText = z.string({ error: 'invalid' }).trim().max(5000, { error: 'tooLong' }).nullish();

/**
 * A proposal against one paragraph of the circulated revision. A replacement and an insertion carry
 * words (and an insertion its kind); a deletion none, so what the form still holds of them is dropped.
 */
export const proposeAmendmentSchema = z
  .object({
    statementId: idSchema,
    paragraphId: z.uuid({ error: 'amendmentParagraphRequired' }),
    kind: z.enum(amendmentKinds, { error: 'amendmentKindInvalid' }),
    text: amendmentText,
    paragraphKind: z.union([z.enum(paragraphKinds), z.literal(''), z.null()], { error: 'paragraphKindInvalid' }).optional(),
    rationale: requiredText(3, 2000, 'amendmentRationaleRequired'),
  })
  .refine((v) => v.kind === 'delete' || Boolean(v.text), { error: 'amendmentTextRequired', path: ['text'] })
  .refine((v) => v.kind !== 'insert_after' || Boolean(v.paragraphKind), { error: 'paragraphKindInvalid', path: ['paragraphKind'] })
  .transform((v) => ({
    ...v,
    text: v.kind === 'delete' ? null : v.text!,
    paragraphKind: (v.kind === 'insert_after' && v.paragraphKind) || null,
  }));
export type ProposeAmendmentInput = z.output<typeof proposeAmendmentSchema>;

/** A delegation's general comment on the circulated text: for the actor's own party, as amendments are. */
export const commentOnStatementSchema = z.object({
  statementId: idSchema,
  body: requiredText(3, 3000, 'statementCommentRequired'),
});
export type CommentOnStatementInput = z.output<typeof commentOnStatementSchema>;

/** A delegation takes back one of its comments: the comment alone is named, the party is the actor's. */
export const commentRefSchema = z.object({ commentId: idSchema });
export type CommentRefInput = z.output<typeof commentRefSchema>;

/** Co-sponsoring and withdrawing name only the amendment: the party is the actor's. */
export const amendmentRefSchema = z.object({ amendmentId: idSchema });
export type AmendmentRefInput = z.output<typeof amendmentRefSchema>;

export const amendmentDecisions = ['accept', 'reject', 'accept_with_change'] as const;
export type AmendmentDecision = (typeof amendmentDecisions)[number];

/** Accepting, rejecting with a reason, or accepting with a change (the words accepted instead). */
export const disposeAmendmentSchema = z
  .object({
    amendmentId: idSchema,
    decision: z.enum(amendmentDecisions, { error: 'amendmentDecisionInvalid' }),
    reason: optionalText(2000),
    acceptedText: amendmentText,
  })
  .refine((v) => v.decision !== 'reject' || v.reason !== null, { error: 'amendmentReasonRequired', path: ['reason'] })
  .refine((v) => v.decision !== 'accept_with_change' || Boolean(v.acceptedText), { error: 'amendmentAcceptedTextRequired', path: ['acceptedText'] })
  .transform((v) => ({ ...v, acceptedText: v.decision === 'accept_with_change' ? v.acceptedText! : null }));
export type DisposeAmendmentInput = z.output<typeof disposeAmendmentSchema>;

/** How the user settled a paragraph two accepted amendments both rewrite: its final words, or its deletion. */
export const conflictResolutionSchema = z
  .object({
    paragraphId: idSchema,
    outcome: z.enum(['text', 'delete'], { error: 'amendmentResolutionRequired' }),
    text: amendmentText,
  })
  .refine((v) => v.outcome === 'delete' || Boolean(v.text), { error: 'amendmentResolutionTextRequired', path: ['text'] });
export type ConflictResolutionInput = z.output<typeof conflictResolutionSchema>;

/**
 * The next revision from the accepted amendments. It carries the revision and the accepted
 * amendments the user saw, so a merge never takes in a decision made after the preview unseen.
 */
export const produceRevisionSchema = z.object({
  statementId: idSchema,
  basedOnRevision: z.coerce.number().int().positive(),
  amendmentIds: z.array(idSchema).max(500),
  resolutions: z.array(conflictResolutionSchema).max(200).default([]),
  note: optionalText(500),
});
export type ProduceRevisionInput = z.output<typeof produceRevisionSchema>;
