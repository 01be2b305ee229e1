import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { assertCan, can, grants, permissionNames, type Actor, type Permission } from '@/lib/permissions';
import { roles, type Role } from '@/lib/users/values';

const me = (role: Role, partyId: string | null = null): Actor => ({ id: `user-${role}`, name: role, email: `${role}@x.example`, role, partyId });

// The expected answer for every permission and role, for a resource in scope (the actor's own
// meeting or party). A new permission or role fails this test until its row is written here.
const expected: Record<Permission, Record<Role, boolean>> = {
  'users:manage': { secretariat: true, chair: false, delegate: false, observer: false },
  'audit:read': { secretariat: true, chair: false, delegate: false, observer: false },
  'meetings:read': { secretariat: true, chair: true, delegate: true, observer: true },
  'meetings:manage': { secretariat: true, chair: false, delegate: false, observer: false },
  'meetings:readRestricted': { secretariat: true, chair: true, delegate: false, observer: false },
  'meetings:conduct': { secretariat: true, chair: true, delegate: false, observer: false },
  'delegations:register': { secretariat: true, chair: false, delegate: true, observer: true },
  'registrations:read': { secretariat: true, chair: true, delegate: true, observer: true },
  'registrations:moderate': { secretariat: true, chair: false, delegate: false, observer: false },
  'delegations:lead': { secretariat: true, chair: false, delegate: true, observer: false },
  'credentials:review': { secretariat: true, chair: false, delegate: false, observer: false },
  'participants:checkIn': { secretariat: true, chair: false, delegate: false, observer: false },
  'participants:notify': { secretariat: true, chair: false, delegate: false, observer: false },
  'parties:manage': { secretariat: true, chair: false, delegate: false, observer: false },
  'email:read': { secretariat: true, chair: false, delegate: false, observer: false },
  'agenda:manage': { secretariat: true, chair: false, delegate: false, observer: false },
  'agenda:conduct': { secretariat: true, chair: true, delegate: false, observer: false },
  'floor:request': { secretariat: false, chair: false, delegate: true, observer: true },
  'floor:manage': { secretariat: true, chair: true, delegate: false, observer: false },
  'followUps:read': { secretariat: true, chair: true, delegate: true, observer: false },
  'programme:read': { secretariat: true, chair: true, delegate: true, observer: true },
  'programme:manage': { secretariat: true, chair: false, delegate: false, observer: false },
  'reviews:comment': { secretariat: false, chair: false, delegate: true, observer: false },
  'reviews:decide': { secretariat: true, chair: true, delegate: false, observer: false },
  'statements:readDrafts': { secretariat: true, chair: true, delegate: false, observer: false },
  'statements:readCirculated': { secretariat: true, chair: true, delegate: true, observer: false },
  'statements:draft': { secretariat: true, chair: false, delegate: false, observer: false },
  'statements:amend': { secretariat: false, chair: false, delegate: true, observer: false },
  'statements:dispose': { secretariat: true, chair: true, delegate: false, observer: false },
  'statements:adopt': { secretariat: false, chair: true, delegate: false, observer: false },
  'statements:object': { secretariat: false, chair: false, delegate: true, observer: false },
  'statements:recordPosition': { secretariat: true, chair: false, delegate: true, observer: false },
  'evaluations:manage': { secretariat: true, chair: false, delegate: false, observer: false },
  'evaluations:answer': { secretariat: false, chair: true, delegate: true, observer: true },
  'evaluations:readResults': { secretariat: true, chair: true, delegate: false, observer: false },
};

// The matrix checks every permission with one call shape: the actor's own meeting and party.
const canOwn = can as (actor: Actor, permission: Permission, resource?: unknown) => boolean;

describe('permissions matrix', () => {
  it('has a row for every permission', () => {
    expect(Object.keys(expected).sort()).toEqual([...permissionNames].sort());
    expect(Object.keys(grants).sort()).toEqual([...roles].sort());
  });

  for (const permission of permissionNames) {
    for (const role of roles) {
      it(`${role} ${expected[permission][role] ? 'may' : 'may not'} ${permission}`, () => {
        const actor = me(role, 'party-mine');
        const own = {
          meeting: { chairUserId: actor.id },
          party: { partyId: 'party-mine', kind: 'member_state' },
          delegation: { partyId: 'party-mine', headUserId: actor.id },
        };
        expect(canOwn(actor, permission, own)).toBe(expected[permission][role]);
      });
    }
  }
});

describe('scoping', () => {
  it('gives a chair restricted reading and the conduct of the meetings they chair only', () => {
    const chair = me('chair');
    for (const permission of ['meetings:readRestricted', 'meetings:conduct'] as const) {
      expect(can(chair, permission, { meeting: { chairUserId: chair.id } })).toBe(true);
      expect(can(chair, permission, { meeting: { chairUserId: 'someone-else' } })).toBe(false);
      expect(can(chair, permission, { meeting: { chairUserId: null } })).toBe(false);
    }
  });

  it('gives a delegate their own party only, and nothing when they have none', () => {
    const meeting = { chairUserId: null };
    expect(can(me('delegate', 'KOR'), 'delegations:register', { meeting, party: { partyId: 'KOR' } })).toBe(true);
    expect(can(me('delegate', 'KOR'), 'delegations:register', { meeting, party: { partyId: 'JPN' } })).toBe(false);
    expect(can(me('delegate', null), 'delegations:register', { meeting, party: { partyId: 'KOR' } })).toBe(false);
  });

  it('gives a delegate the lead of a delegation only when they head it, in their own party', () => {
    const head = me('delegate', 'KOR');
    expect(can(head, 'delegations:lead', { delegation: { partyId: 'KOR', headUserId: head.id } })).toBe(true);
    expect(can(head, 'delegations:lead', { delegation: { partyId: 'KOR', headUserId: 'another-member' } })).toBe(false);
    expect(can(head, 'delegations:lead', { delegation: { partyId: 'KOR', headUserId: null } })).toBe(false);
    expect(can(head, 'delegations:lead', { delegation: { partyId: 'JPN', headUserId: head.id } })).toBe(false);
    expect(can(me('secretariat'), 'delegations:lead', { delegation: { partyId: 'JPN', headUserId: null } })).toBe(true);
  });

  it('lets a chair read the registrations of the meeting they chair only', () => {
    const chair = me('chair', 'KOR');
    const party = { partyId: 'JPN' };
    expect(can(chair, 'registrations:read', { meeting: { chairUserId: chair.id }, party })).toBe(true);
    expect(can(chair, 'registrations:read', { meeting: { chairUserId: 'someone-else' }, party })).toBe(false);
  });

  it('refuses a scoped grant when the record is missing, whatever the caller passed', () => {
    expect(canOwn(me('chair'), 'meetings:readRestricted')).toBe(false);
    expect(canOwn(me('delegate', 'KOR'), 'delegations:register', { party: undefined })).toBe(false);
  });

  it('lets the secretariat act on any meeting or party', () => {
    expect(can(me('secretariat'), 'meetings:readRestricted', { meeting: { chairUserId: 'someone' } })).toBe(true);
    expect(can(me('secretariat'), 'meetings:conduct', { meeting: { chairUserId: null } })).toBe(true);
    expect(can(me('secretariat'), 'delegations:register', { meeting: { chairUserId: null }, party: { partyId: 'JPN' } })).toBe(true);
  });
});

describe('agenda scoping', () => {
  it("gives a chair the conduct of their own meeting's agenda only, and a delegate their own party's follow-ups", () => {
    const chair = me('chair');
    expect(can(chair, 'agenda:conduct', { meeting: { chairUserId: chair.id } })).toBe(true);
    expect(can(chair, 'agenda:conduct', { meeting: { chairUserId: 'someone-else' } })).toBe(false);
    expect(can(me('delegate', 'JPN'), 'followUps:read', { party: { partyId: 'JPN' } })).toBe(true);
    expect(can(me('delegate', 'JPN'), 'followUps:read', { party: { partyId: 'KOR' } })).toBe(false);
    expect(can(me('observer'), 'followUps:read', { party: { partyId: 'KOR' } })).toBe(false);
  });
});

describe('evaluation scoping', () => {
  it("gives a chair the results of their own meeting's evaluation only", () => {
    const chair = me('chair');
    expect(can(chair, 'evaluations:readResults', { meeting: { chairUserId: chair.id } })).toBe(true);
    expect(can(chair, 'evaluations:readResults', { meeting: { chairUserId: 'someone-else' } })).toBe(false);
    expect(can(me('secretariat'), 'evaluations:readResults', { meeting: { chairUserId: null } })).toBe(true);
  });
});

describe('assertCan', () => {
  it('throws a FORBIDDEN AppError on refusal and nothing otherwise', () => {
    expect(() => assertCan(me('secretariat'), 'users:manage')).not.toThrow();
    const refusal = (() => {
      try {
        assertCan(me('observer'), 'users:manage');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'FORBIDDEN', messageKey: 'forbidden' });
  });
});

describe('programme scoping', () => {
  it('lets a delegate comment on reviews for their own member state only, never for an organization', () => {
    const delegate = me('delegate', 'JPN');
    expect(can(delegate, 'reviews:comment', { party: { partyId: 'JPN', kind: 'member_state' } })).toBe(true);
    expect(can(delegate, 'reviews:comment', { party: { partyId: 'KOR', kind: 'member_state' } })).toBe(false);
    expect(can(me('delegate', 'ADB'), 'reviews:comment', { party: { partyId: 'ADB', kind: 'organization' } })).toBe(false);
    expect(can(me('delegate', null), 'reviews:comment', { party: { partyId: 'JPN', kind: 'member_state' } })).toBe(false);
  });

  it('lets a chair record the decision on reviews of the meeting they chair only', () => {
    const chair = me('chair');
    expect(can(chair, 'reviews:decide', { meeting: { chairUserId: chair.id } })).toBe(true);
    expect(can(chair, 'reviews:decide', { meeting: { chairUserId: 'someone-else' } })).toBe(false);
    expect(can(me('secretariat'), 'reviews:decide', { meeting: { chairUserId: null } })).toBe(true);
  });
});

describe('statements scoping', () => {
  it('lets only the chair of the meeting finalize and adopt its statements, never the secretariat', () => {
    const chair = me('chair');
    expect(can(chair, 'statements:adopt', { meeting: { chairUserId: chair.id } })).toBe(true);
    expect(can(chair, 'statements:adopt', { meeting: { chairUserId: 'another-chair' } })).toBe(false);
    expect(can(me('secretariat'), 'statements:adopt', { meeting: { chairUserId: null } })).toBe(false);
  });

  it('lets member states amend, object and record positions for themselves only, never organizations', () => {
    for (const permission of ['statements:amend', 'statements:object', 'statements:recordPosition'] as const) {
      expect(can(me('delegate', 'JPN'), permission, { party: { partyId: 'JPN', kind: 'member_state' } })).toBe(true);
      expect(can(me('delegate', 'JPN'), permission, { party: { partyId: 'CHN', kind: 'member_state' } })).toBe(false);
      expect(can(me('delegate', 'ADB'), permission, { party: { partyId: 'ADB', kind: 'organization' } })).toBe(false);
    }
  });
});
