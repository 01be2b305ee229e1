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
import { lodgeObjection } from '@/lib/statements/lodge-objection';
import { publishStatement } from '@/lib/statements/publish-statement';
import { recordPosition } from '@/lib/statements/record-position';
import { reopenStatement } from '@/lib/statements/reopen-statement';
import { startSilenceProcedure } from '@/lib/statements/start-silence-procedure';

export const finalizeStatementAction = validatedAction(finalizeStatementSchema, finalizeStatement);
export const reopenStatementAction = validatedAction(statementIdSchema, reopenStatement);
export const adoptByConsensusAction = validatedAction(adoptByConsensusSchema, adoptByConsensus);
export const startSilenceProcedureAction = validatedAction(startSilenceProcedureSchema, startSilenceProcedure);
export const lodgeObjectionAction = validatedAction(lodgeObjectionSchema, lodgeObjection);
export const recordPositionAction = validatedAction(recordPositionSchema, recordPosition);
export const publishStatementAction = validatedAction(statementIdSchema, publishStatement);
