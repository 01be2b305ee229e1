import { isMeetingFrozen } from '../meetings/lifecycle';
import type { MeetingStatus } from '../meetings/values';
import { can, type Actor } from '../permissions';
import { agendaTransitionPermission, agendaTransitions } from './lifecycle';
import type { AgendaStatus } from './values';

type Facts = { meeting: { status: MeetingStatus; chairUserId: string | null }; agendaStatus: AgendaStatus };

/** What the actor may do with a meeting's agenda now: the page renders controls from this. */
export type AgendaAbilities = {
  /** Add, edit, remove and reorder items; issue the papers. */
  edit: boolean;
  /** Changes of an adopted agenda ask for a reason. */
  needsReason: boolean;
  /** The lifecycle steps open to the actor now. */
  statusChanges: AgendaStatus[];
  /** Take items up, conclude or defer them, record outcomes and follow-ups. */
  conduct: boolean;
};

export function agendaAbilities(actor: Actor, { meeting, agendaStatus }: Facts): AgendaAbilities {
  const isOpen = !isMeetingFrozen(meeting.status);
  const inSession = meeting.status === 'in_session';
  return {
    edit: isOpen && can(actor, 'agenda:manage'),
    needsReason: agendaStatus === 'adopted',
    statusChanges: isOpen
      ? agendaTransitions[agendaStatus].filter((to) => can(actor, agendaTransitionPermission(to), { meeting }) && (to !== 'adopted' || inSession))
      : [],
    conduct: inSession && can(actor, 'agenda:conduct', { meeting }),
  };
}
