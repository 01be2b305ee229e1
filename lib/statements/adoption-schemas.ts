import { z } from 'zod';
import { idSchema, requiredText } from '../schemas';
import { localDateTime } from './schemas';
import { positionKinds } from './values';

// The chair's and the parties' steps from the final text to its publication, shared by forms and
// server actions. Messages are keys of the `browserErrors` catalog.

const statementStep = { statementId: idSchema };
/** The revision the chair read: a text changed since is refused, never adopted unseen. */
const basedOnRevision = z.coerce.number().int().positive();

export const finalizeStatementSchema = z.object({ ...statementStep, basedOnRevision });
export type FinalizeStatementInput = z.output<typeof finalizeStatementSchema>;

export const statementIdSchema = z.object(statementStep);
export type StatementIdInput = z.output<typeof statementIdSchema>;

export const adoptByConsensusSchema = z.object({
  ...statementStep,
  basedOnRevision,
  /** When the meeting reached consensus, in the meeting's time zone. */
  adoptedAt: localDateTime,
});
export type AdoptByConsensusInput = z.output<typeof adoptByConsensusSchema>;

export const startSilenceProcedureSchema = z.object({
  ...statementStep,
  basedOnRevision,
  /** Until when member states may object, in the meeting's time zone. */
  silenceDeadline: localDateTime,
});
export type StartSilenceProcedureInput = z.output<typeof startSilenceProcedureSchema>;

export const lodgeObjectionSchema = z.object({
  ...statementStep,
  /** The party objecting: the delegate's own. */
  partyId: idSchema,
  text: requiredText(3, 5000, 'objectionTextRequired'),
});
export type LodgeObjectionInput = z.output<typeof lodgeObjectionSchema>;

export const recordPositionSchema = z.object({
  ...statementStep,
  partyId: z.uuid({ error: 'positionPartyRequired' }),
  kind: z.enum(positionKinds, { error: 'positionKindInvalid' }),
  text: requiredText(3, 5000, 'positionTextRequired'),
});
export type RecordPositionInput = z.output<typeof recordPositionSchema>;
