import { describe, expect, it } from 'vitest';
import { meetingAbilities } from '@/lib/meetings/abilities';
import type { MeetingStatus } from '@/lib/meetings/values';
import type { Actor } from '@/lib/permissions';
import type { Role } from '@/lib/users/values';

const actor = (role: Role): Actor => ({ id: `user-${role}`, name: role, email: `${role}@x.example`, role, partyId: null });
const meeting = (status: MeetingStatus, chairUserId: string | null = null) => ({ status, chairUserId, startDate: '2027-03-16', endDate: '2027-03-17' });
const onFirstDay = '2027-03-16';

describe('meetingAbilities', () => {
  it('gives staff the controls of an open meeting, and none that a concluded or cancelled one refuses', () => {
    const staff = actor('secretariat');
    expect(meetingAbilities(staff, meeting('planned'), onFirstDay)).toEqual({
      edit: true,
      uploadDocuments: true,
      planNext: true,
      readRestricted: true,
      changeStatus: true,
      statusChanges: [
        { to: 'registration_open', warning: null },
        { to: 'cancelled', warning: null },
      ],
      manageInvitations: true,
      sendNotices: true,
    });
    expect(meetingAbilities(staff, meeting('concluded'), onFirstDay)).toMatchObject({ edit: false, uploadDocuments: true, statusChanges: [] });
    expect(meetingAbilities(staff, meeting('cancelled'), onFirstDay)).toMatchObject({ edit: false, uploadDocuments: false, statusChanges: [] });
  });

  it('gives the chair of the meeting its conduct, with the calendar objection when it applies', () => {
    const chair = actor('chair');
    expect(meetingAbilities(chair, meeting('registration_closed', chair.id), '2027-03-01')).toEqual({
      edit: false,
      uploadDocuments: false,
      planNext: false,
      readRestricted: true,
      changeStatus: true,
      statusChanges: [{ to: 'in_session', warning: 'beforeStart' }],
      manageInvitations: false,
      sendNotices: false,
    });
    expect(meetingAbilities(chair, meeting('in_session', chair.id), onFirstDay).statusChanges).toEqual([{ to: 'concluded', warning: 'beforeEnd' }]);
    expect(meetingAbilities(chair, meeting('concluded', chair.id), onFirstDay)).toMatchObject({ changeStatus: true, statusChanges: [] });
    expect(meetingAbilities(chair, meeting('in_session', 'another-chair'), onFirstDay)).toMatchObject({
      readRestricted: false,
      changeStatus: false,
      statusChanges: [],
    });
  });

  it.each(['delegate', 'observer'] as const)('gives a %s nothing to change', (role) => {
    expect(meetingAbilities(actor(role), meeting('registration_closed', `user-${role}`), onFirstDay)).toEqual({
      edit: false,
      uploadDocuments: false,
      planNext: false,
      readRestricted: false,
      changeStatus: false,
      statusChanges: [],
      manageInvitations: false,
      sendNotices: false,
    });
  });
});
