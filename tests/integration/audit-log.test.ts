import { describe, expect, it } from 'vitest';
import type { Role } from '@/db/schema';
import { findAuditEvents } from '@/lib/audit-log/find-audit-events';
import { findAuditEventsSchema } from '@/lib/audit-log/schemas';
import { AppError } from '@/lib/errors';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { createUser } from '@/lib/users/create-user';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import * as factory from './factories';

describe('findAuditEvents', () => {
  it('lists what staff did, latest first, with who did it, and narrows to one kind of record', async () => {
    const actor = await factory.createActor({ name: 'Hana Lim' });
    const user = await createUser({
      actor,
      input: { name: 'Tuya Bat', email: 'tuya@mne.example', role: 'observer', partyId: null, password: 'a long enough password' },
    });
    await setUserDisabled({ actor, input: { userId: user.id, isDisabled: true } });
    const meeting = await factory.createMeeting();
    await changeMeetingStatus({ actor, input: { meetingId: meeting.id, status: 'registration_open', reason: null } });

    const all = await findAuditEvents({ actor, input: { page: 1 } });
    expect(all.items.map((e) => [e.action, e.actorName])).toEqual([
      ['meeting.status_changed', 'Hana Lim'],
      ['user.disabled', 'Hana Lim'],
      ['user.created', 'Hana Lim'],
    ]);
    expect(all.items[0]?.change).toEqual({ from: 'planned', to: 'registration_open' });

    const users = await findAuditEvents({ actor, input: { page: 1, entity: 'user' } });
    expect(users.items.map((e) => e.action)).toEqual(['user.disabled', 'user.created']);
  });

  it('pages fifty events at a time', async () => {
    const actor = await factory.createActor();
    const { id } = await factory.createMeeting();
    for (let i = 0; i < 26; i++) {
      await changeMeetingStatus({ actor, input: { meetingId: id, status: 'registration_open', reason: null } });
      await changeMeetingStatus({ actor, input: { meetingId: id, status: 'registration_closed', reason: null } });
    }
    const second = await findAuditEvents({ actor, input: { page: 2 } });
    expect(second).toMatchObject({ total: 52, page: 2, pageSize: 50, pageCount: 2 });
    expect(second.items).toHaveLength(2);
  });

  it.each<Role>(['chair', 'delegate', 'observer'])('refuses a %s', async (role) => {
    const actor = await factory.createActor({ role });
    await expect(findAuditEvents({ actor, input: { page: 1 } })).rejects.toBeInstanceOf(AppError);
  });

  it('reads its filter leniently from the URL', () => {
    expect(findAuditEventsSchema.parse({ entity: 'meeting', page: '3' })).toEqual({ entity: 'meeting', page: 3 });
    expect(findAuditEventsSchema.parse({ entity: 'passwords' })).toEqual({ entity: undefined, page: 1 });
  });
});
