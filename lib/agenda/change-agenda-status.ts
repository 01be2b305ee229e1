import 'server-only';
import { db } from '@/db/client';
import { updateAgenda } from '@/db/queries/agenda';
import type { Agenda } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertInSession, lockAgendaForChange } from './agenda-change';
import { agendaTransitionPermission, assertAgendaTransition } from './lifecycle';
import type { ChangeAgendaStatusInput } from './schemas';

// Staff mark the agenda annotated (or back to provisional); at the meeting, its chair or the
// secretariat records its adoption, with when and by whom.
export async function changeAgendaStatus({ actor, input, now = new Date() }: { actor: Actor; input: ChangeAgendaStatusInput; now?: Date }): Promise<Agenda> {
  return db.transaction(async (tx) => {
    const { meeting, agenda: current } = await lockAgendaForChange(tx, input.meetingId);
    assertCan(actor, agendaTransitionPermission(input.status), { meeting });
    assertAgendaTransition(current.status, input.status);
    if (input.status === 'adopted') assertInSession(meeting);
    const isAdoption = input.status === 'adopted';
    const agenda = await updateAgenda(
      meeting.id,
      { status: input.status, adoptedAt: isAdoption ? now : null, adoptedByUserId: isAdoption ? actor.id : null },
      { fromStatus: current.status },
      tx,
    );
    if (!agenda) throw new AppError('CONFLICT', 'statusChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'agenda.status_changed',
      entityType: 'meeting',
      entityId: meeting.id,
      change: {
        fields: changedFields({ agendaStatus: current.status, adoptedAt: current.adoptedAt }, { agendaStatus: agenda.status, adoptedAt: agenda.adoptedAt }, [
          'agendaStatus',
          'adoptedAt',
        ]),
      },
    });
    return agenda;
  });
}
