import type { ActionResult } from '@/lib/action';
import type {
  AdoptByConsensusInput,
  FinalizeStatementInput,
  LodgeObjectionInput,
  RecordPositionInput,
  StartSilenceProcedureInput,
  StatementIdInput,
} from '@/lib/statements/adoption-schemas';

type Action<Input> = (input: Input) => Promise<ActionResult<unknown>>;

/** The server actions of a statement's adoption (app/(app)/meetings/[id]/statements/adoption-actions.ts). */
export type AdoptionActions = {
  finalizeStatementAction: Action<FinalizeStatementInput>;
  reopenStatementAction: Action<StatementIdInput>;
  adoptByConsensusAction: Action<AdoptByConsensusInput>;
  startSilenceProcedureAction: Action<StartSilenceProcedureInput>;
  lodgeObjectionAction: Action<LodgeObjectionInput>;
  recordPositionAction: Action<RecordPositionInput>;
  publishStatementAction: Action<StatementIdInput>;
};
