import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@/db/schema/users';
import { AppError } from '@/lib/errors';
import { assertCan, can, grants, permissionNames, type Actor, type Permission } from '@/lib/permissions';

const me = (role: Role, partyId: string | null = null): Actor => ({ id: `user-${role}`, name: role, email: `${role}@x.example`, role, partyId });

// The expected answer for every permission and role, for a resource in scope (the actor's own
// meeting or party). A new permission or role fails this test until its row is written here.
const expected: Record<Permission, Record<Role, boolean>> = {
  'users:manage': { secretariat: true, chair: false, delegate: false, observer: false },
  'audit:read': { secretariat: true, chair: false, delegate: false, observer: false },
  'meetings:read': { secretariat: true, chair: true, delegate: true, observer: true },
  'meetings:manage': { secretariat: true, chair: false, delegate: false, observer: false },
  'meetings:readRestricted': { secretariat: true, chair: true, delegate: false, observer: false },
  'delegations:register': { secretariat: true, chair: false, delegate: true, observer: false },
};

describe('permissions matrix', () => {
  it('has a row for every permission', () => {
    expect(Object.keys(expected).sort()).toEqual([...permissionNames].sort());
    expect(Object.keys(grants).sort()).toEqual([...roles].sort());
  });

  for (const permission of permissionNames) {
    for (const role of roles) {
      it(`${role} ${expected[permission][role] ? 'may' : 'may not'} ${permission}`, () => {
        const actor = me(role, 'party-mine');
        const ownResource = { chairUserId: actor.id, partyId: 'party-mine' };
        expect(can(actor, permission, ownResource)).toBe(expected[permission][role]);
      });
    }
  }
});

describe('scoping', () => {
  it('gives a chair restricted reading of the meetings they chair only', () => {
    const chair = me('chair');
    expect(can(chair, 'meetings:readRestricted', { chairUserId: chair.id })).toBe(true);
    expect(can(chair, 'meetings:readRestricted', { chairUserId: 'someone-else' })).toBe(false);
    expect(can(chair, 'meetings:readRestricted', { chairUserId: null })).toBe(false);
    expect(can(chair, 'meetings:readRestricted')).toBe(false);
  });

  it('gives a delegate their own party only, and nothing when they have none', () => {
    expect(can(me('delegate', 'KOR'), 'delegations:register', { partyId: 'KOR' })).toBe(true);
    expect(can(me('delegate', 'KOR'), 'delegations:register', { partyId: 'JPN' })).toBe(false);
    expect(can(me('delegate', 'KOR'), 'delegations:register')).toBe(false);
    expect(can(me('delegate', null), 'delegations:register', { partyId: null })).toBe(false);
  });

  it('lets the secretariat act on any meeting or party', () => {
    expect(can(me('secretariat'), 'meetings:readRestricted', { chairUserId: 'someone' })).toBe(true);
    expect(can(me('secretariat'), 'delegations:register', { partyId: 'JPN' })).toBe(true);
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
