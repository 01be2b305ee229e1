import { describe, expect, it } from 'vitest';
import { agendaAbilities } from '@/lib/agenda/abilities';
import type { Actor } from '@/lib/permissions';
import type { Role } from '@/lib/users/values';

const me = (role: Role): Actor => ({ id: `user-${role}`, name: role, email: `${role}@x.example`, role, partyId: null });

describe('agendaAbilities', () => {
  it('lets staff edit an open meeting and adopt only in session; the chair conducts only their meeting in session', () => {
    const planned = { status: 'planned' as const, chairUserId: 'user-chair' };
    const inSession = { status: 'in_session' as const, chairUserId: 'user-chair' };
    expect(agendaAbilities(me('secretariat'), { meeting: planned, agendaStatus: 'annotated' })).toEqual({
      edit: true,
      needsReason: false,
      statusChanges: ['provisional'],
      conduct: false,
    });
    expect(agendaAbilities(me('secretariat'), { meeting: inSession, agendaStatus: 'annotated' }).statusChanges).toEqual(['provisional', 'adopted']);
    expect(agendaAbilities(me('chair'), { meeting: inSession, agendaStatus: 'annotated' })).toEqual({
      edit: false,
      needsReason: false,
      statusChanges: ['adopted'],
      conduct: true,
    });
    expect(agendaAbilities(me('chair'), { meeting: { ...inSession, chairUserId: 'someone' }, agendaStatus: 'annotated' }).conduct).toBe(false);
    expect(agendaAbilities(me('delegate'), { meeting: inSession, agendaStatus: 'adopted' })).toEqual({
      edit: false,
      needsReason: true,
      statusChanges: [],
      conduct: false,
    });
    expect(agendaAbilities(me('secretariat'), { meeting: { ...inSession, status: 'concluded' }, agendaStatus: 'adopted' })).toMatchObject({
      edit: false,
      statusChanges: [],
      conduct: false,
    });
  });
});
