import 'server-only';
import { listActiveParties } from '@/db/queries/parties';
import type { ObjectionView, PositionView } from '@/db/queries/statement-adoption';
import type { Statement } from '@/db/schema';
import { defaultSilenceHours } from './values';
import { scopeOf, type Actor } from '../permissions';
import { instantToZonedLocal } from '../time-zones';
import { finalizeCaveats, type FinalizeCaveats, type StatementAbilities } from './abilities';
import { orderPositions } from './positions';
import { readStatement, readStatementRecords } from './read-statement';
import { defaultSilenceDeadline } from './silence';

type PartyChoice = { id: string; name: string };

export type StatementAdoptionView = {
  statement: Pick<
    Statement,
    'id' | 'meetingId' | 'status' | 'currentRevision' | 'silenceDeadline' | 'adoptedAt' | 'adoptionManner' | 'finalizedAt' | 'publishedAt' | 'documentId'
  >;
  timeZone: string;
  can: Pick<StatementAbilities, 'finalize' | 'reopen' | 'adopt' | 'startSilence' | 'object' | 'recordPosition' | 'publish'>;
  finalizedByName: string | null;
  adoptedByName: string | null;
  /** The symbol of the PDF issued at publication. */
  symbol: string | null;
  objections: ObjectionView[];
  positions: (PositionView & { recorderName: string | null })[];
  /** The party the actor objects for: their own member state. */
  objectingParty: PartyChoice | null;
  /** The parties the actor may record a position for: their own, or any member state for the secretariat. */
  positionParties: PartyChoice[];
  /** The forms' starting values, as the meeting's clocks read them: now, and the default silence deadline. */
  defaults: { adoptedAt: string; silenceDeadline: string };
  /** For the chair who may finalize: what stops it, and what it cuts short; else null. */
  finalizing: FinalizeCaveats | null;
};

// The adoption of a statement as its page shows it: where the final text stands, the running silence
// procedure and its objections, the parties' positions, the publication, and what the reader may do.
export async function getStatementAdoption({ actor, input }: { actor: Actor; input: { statementId: string } }): Promise<StatementAdoptionView> {
  const { statement, meeting, party, partyName, names, can, now } = await readStatement(actor, input.statementId);
  const ownParty = party && partyName ? { id: party.partyId, name: partyName } : undefined;
  const forAnyParty = can.recordPosition && scopeOf(actor, 'statements:recordPosition') === 'all';
  const [{ objections, positions, amendments }, memberStates] = await Promise.all([
    readStatementRecords(statement.id),
    forAnyParty ? listActiveParties().then((parties) => parties.filter((p) => p.kind === 'member_state')) : [],
  ]);
  const choice = (party: { id: string; name: string }) => ({ id: party.id, name: party.name });
  return {
    statement,
    timeZone: meeting.timeZone,
    can: {
      finalize: can.finalize,
      reopen: can.reopen,
      adopt: can.adopt,
      startSilence: can.startSilence,
      object: can.object,
      recordPosition: can.recordPosition,
      publish: can.publish,
    },
    finalizedByName: names.finalizedByName,
    adoptedByName: names.adoptedByName,
    symbol: names.symbol,
    objections,
    positions: orderPositions(positions),
    objectingParty: can.object && ownParty ? choice(ownParty) : null,
    positionParties: forAnyParty ? memberStates.map(choice) : can.recordPosition && ownParty ? [choice(ownParty)] : [],
    defaults: {
      adoptedAt: instantToZonedLocal(now, meeting.timeZone),
      silenceDeadline: instantToZonedLocal(defaultSilenceDeadline(now, defaultSilenceHours), meeting.timeZone),
    },
    finalizing: can.finalize ? finalizeCaveats(statement, amendments, now) : null,
  };
}
