'use server';

import { validatedAction } from '@/lib/action';
import { adoptByConsensus } from '@/lib/statements/adopt-by-consensus';
import {
  adoptByConsensusSchema,
  finalizeStatementSchema,
  lodgeObjectionSchema,
  recordPositionSchema,
  startSilenceProcedureSchema,
  statementIdSchema,
} from '@/lib/statements/adoption-schemas';
import { finalizeStatement } from '@/lib/statements/finalize-statement';
import { publicStatementPath, statementPath } from '@/lib/statements/links';
import { lodgeObjection } from '@/lib/statements/lodge-objection';
import { publishStatement } from '@/lib/statements/publish-statement';
import { recordPosition } from '@/lib/statements/record-position';
import { reopenStatement } from '@/lib/statements/reopen-statement';
import { startSilenceProcedure } from '@/lib/statements/start-silence-procedure';

/** A statement's pages, its meeting's (which lists it), and their public versions once it is adopted. */
const statementPages = (statement: { id: string; meetingId: string }) => [
  statementPath(statement),
  `/meetings/${statement.meetingId}`,
  publicStatementPath(statement.id),
  `/public/meetings/${statement.meetingId}`,
];

export const finalizeStatementAction = validatedAction(finalizeStatementSchema, finalizeStatement, { revalidate: statementPages });
export const reopenStatementAction = validatedAction(statementIdSchema, reopenStatement, { revalidate: statementPages });
export const adoptByConsensusAction = validatedAction(adoptByConsensusSchema, adoptByConsensus, { revalidate: statementPages });
export const startSilenceProcedureAction = validatedAction(startSilenceProcedureSchema, startSilenceProcedure, { revalidate: statementPages });
export const lodgeObjectionAction = validatedAction(lodgeObjectionSchema, lodgeObjection, { revalidate: statementPages });
export const recordPositionAction = validatedAction(recordPositionSchema, recordPosition, {
  revalidate: ({ statementId, meetingId }) => statementPages({ id: statementId, meetingId }),
});
export const publishStatementAction = validatedAction(statementIdSchema, publishStatement, { revalidate: statementPages });
