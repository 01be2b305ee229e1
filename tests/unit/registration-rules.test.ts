import { describe, expect, it } from 'vitest';
import { compareMembers, isParticipant, isRegistrationEditable, isRepresented, notOpenReason, rolesForParty } from '@/lib/registrations/rules';
import {
  decideRegistrationsSchema,
  registerMemberSchema,
  registerSchema,
  registrationQueueParamsSchema,
  reviewCredentialsSchema,
} from '@/lib/registrations/schemas';

const id = '3f2b8f4e-8c1a-4d2b-9f55-0a6b5c8d7e91';
const base = {
  meetingId: id,
  partyId: id,
  delegationRole: 'delegate',
  honorific: '',
  position: '  Director ',
  organization: '',
  participation: 'in_person',
  arrivalDate: '',
  departureDate: '',
  dietaryNeeds: '',
  accessNeeds: '',
  isListedPublicly: false,
};

describe('registerSchema', () => {
  it('turns empty fields into nulls and trims text', () => {
    expect(registerSchema.parse(base)).toMatchObject({ honorific: null, position: 'Director', organization: null, arrivalDate: null, departureDate: null });
  });

  it('refuses an unknown role, honorific or participation, and a departure before the arrival', () => {
    const result = registerSchema.safeParse({ ...base, delegationRole: 'king', honorific: 'Sir', participation: 'carrier pigeon' });
    expect(result.success).toBe(false);
    const dates = registerSchema.safeParse({ ...base, arrivalDate: '2030-01-10', departureDate: '2030-01-09' });
    expect(dates.error?.issues).toEqual([expect.objectContaining({ path: ['departureDate'], message: 'departureBeforeArrival' })]);
  });

  it('refuses a date that is not a yyyy-mm-dd day', () => {
    expect(registerSchema.safeParse({ ...base, arrivalDate: '10/01/2030' }).error?.issues[0]?.message).toBe('dateInvalid');
  });
});

describe('registerMemberSchema', () => {
  it('lower-cases the email and requires a name', () => {
    expect(registerMemberSchema.parse({ ...base, name: 'Lee Min-seo', email: ' Lee@Example.ORG ' }).email).toBe('lee@example.org');
    const result = registerMemberSchema.safeParse({ ...base, name: '', email: 'nope' });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual(['emailInvalid', 'nameRequired']);
  });
});

describe('decideRegistrationsSchema', () => {
  it('needs at least one registration, and a reason to reject', () => {
    expect(decideRegistrationsSchema.safeParse({ meetingId: id, registrationIds: [], decision: 'approved', reason: '' }).error?.issues[0]?.message).toBe('noRegistrationChosen');
    expect(decideRegistrationsSchema.safeParse({ meetingId: id, registrationIds: [id], decision: 'rejected', reason: ' ' }).error?.issues[0]?.message).toBe(
      'rejectionReasonRequired',
    );
    expect(decideRegistrationsSchema.parse({ meetingId: id, registrationIds: [id], decision: 'approved', reason: '' }).reason).toBeNull();
  });
});

describe('reviewCredentialsSchema', () => {
  it('needs a note to ask for a correction', () => {
    expect(reviewCredentialsSchema.safeParse({ delegationId: id, status: 'correction_requested', note: '' }).success).toBe(false);
    expect(reviewCredentialsSchema.safeParse({ delegationId: id, status: 'accepted', note: '' }).success).toBe(true);
  });
});

describe('registrationQueueParamsSchema', () => {
  it('falls back to the defaults on bad parameters', () => {
    expect(registrationQueueParamsSchema.parse({ party: 'x', status: 'maybe', page: 'two' })).toEqual({ party: undefined, status: undefined, page: 1 });
    expect(registrationQueueParamsSchema.parse({ party: id, status: 'approved', page: '3' })).toEqual({ party: id, status: 'approved', page: 3 });
  });
});

describe('registration rules', () => {
  it('observers register as observers; other parties in member roles', () => {
    expect(rolesForParty('observer')).toEqual(['observer']);
    expect(rolesForParty('member_state')).toEqual(['head', 'alternate', 'delegate', 'adviser']);
    expect(rolesForParty('organization')).not.toContain('observer');
  });

  it('a registration is editable until the deadline, or while registration is open when there is none', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(isRegistrationEditable({ status: 'registration_closed', registrationClosesAt: new Date('2030-01-02T00:00:00Z') }, now)).toBe(true);
    expect(isRegistrationEditable({ status: 'registration_open', registrationClosesAt: new Date('2030-01-01T00:00:00Z') }, now)).toBe(false);
    expect(isRegistrationEditable({ status: 'registration_open', registrationClosesAt: null }, now)).toBe(true);
    expect(isRegistrationEditable({ status: 'registration_closed', registrationClosesAt: null }, now)).toBe(false);
    expect(isRegistrationEditable({ status: 'cancelled', registrationClosesAt: new Date('2031-01-01T00:00:00Z') }, now)).toBe(false);
  });

  it('orders a delegation head first, then by role, then by name', () => {
    const members = [
      { delegationRole: 'adviser' as const, name: 'Ahn' },
      { delegationRole: 'delegate' as const, name: 'Yoon' },
      { delegationRole: 'delegate' as const, name: 'Baek' },
      { delegationRole: 'head' as const, name: 'Zhou' },
      { delegationRole: 'alternate' as const, name: 'Moon' },
    ];
    expect([...members].sort(compareMembers).map((m) => m.name)).toEqual(['Zhou', 'Moon', 'Baek', 'Yoon', 'Ahn']);
  });

  it('delegates and observers register themselves; staff and chairs do not', () => {
    expect(['delegate', 'observer', 'secretariat', 'chair'].map((role) => isParticipant({ role: role as 'delegate' }))).toEqual([true, true, false, false]);
  });

  it('a party is represented only by a pending or approved registration', () => {
    expect(isRepresented([])).toBe(false);
    expect(isRepresented(['cancelled', 'rejected'])).toBe(false);
    expect(isRepresented(['cancelled', 'approved'])).toBe(true);
  });
});

describe('why a meeting takes no registration', () => {
  const now = new Date('2030-01-01T00:00:00Z');
  const tomorrow = new Date('2030-01-02T00:00:00Z');

  it('says nothing while registration is open', () => {
    expect(notOpenReason({ status: 'registration_open', registrationOpensAt: null }, true, now)).toBeNull();
  });

  it('says the meeting is over once it is concluded or cancelled, whatever day was set', () => {
    expect(notOpenReason({ status: 'concluded', registrationOpensAt: tomorrow }, false, now)).toBe('over');
    expect(notOpenReason({ status: 'cancelled', registrationOpensAt: null }, false, now)).toBe('over');
  });

  it('says it opens later only when a day to come is set', () => {
    expect(notOpenReason({ status: 'planned', registrationOpensAt: tomorrow }, false, now)).toBe('notYet');
    expect(notOpenReason({ status: 'planned', registrationOpensAt: null }, false, now)).toBe('closed');
    expect(notOpenReason({ status: 'registration_closed', registrationOpensAt: new Date('2029-12-01T00:00:00Z') }, false, now)).toBe('closed');
  });
});
