import { describe, expect, it } from 'vitest';
import { accountTransitions, assertAccountTransition } from '@/lib/accounts/lifecycle';
import { accountStatuses } from '@/lib/accounts/values';
import {
  assertCredentialsTransition,
  assertRegistrationTransition,
  credentialsTransitions,
  isActiveRegistration,
  registrationTransitions,
  stayDateErrors,
  stayWindow,
} from '@/lib/registrations/lifecycle';
import { credentialsStatuses, registrationStatuses } from '@/lib/registrations/values';

// Every pair of statuses, with the answer expected: a new status fails here until its row is written.
const registrationAllowed: Record<string, string[]> = {
  pending: ['approved', 'rejected', 'cancelled'],
  approved: ['pending', 'cancelled'],
  rejected: ['pending'],
  cancelled: ['pending'],
};

const credentialsAllowed: Record<string, string[]> = {
  pending: ['submitted', 'received'],
  submitted: ['submitted', 'received', 'correction_requested'],
  received: ['accepted', 'correction_requested'],
  correction_requested: ['submitted', 'received'],
  accepted: [],
};

describe('registration lifecycle', () => {
  for (const from of registrationStatuses) {
    for (const to of registrationStatuses) {
      const allowed = registrationAllowed[from]!.includes(to);
      it(`${from} -> ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(registrationTransitions[from].includes(to)).toBe(allowed);
        if (allowed) expect(() => assertRegistrationTransition(from, to)).not.toThrow();
        else expect(() => assertRegistrationTransition(from, to)).toThrow();
      });
    }
  }

  it('counts pending and approved registrations as taking part', () => {
    expect(registrationStatuses.filter(isActiveRegistration)).toEqual(['pending', 'approved']);
  });
});

describe('credentials lifecycle', () => {
  for (const from of credentialsStatuses) {
    for (const to of credentialsStatuses) {
      const allowed = credentialsAllowed[from]!.includes(to);
      it(`${from} -> ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(credentialsTransitions[from].includes(to)).toBe(allowed);
        if (allowed) expect(() => assertCredentialsTransition(from, to)).not.toThrow();
        else expect(() => assertCredentialsTransition(from, to)).toThrow();
      });
    }
  }
});

describe('account lifecycle', () => {
  it('confirms or refuses a pending account once', () => {
    expect(accountTransitions.pending).toEqual(['active', 'refused']);
    for (const from of accountStatuses.filter((s) => s !== 'pending')) {
      for (const to of accountStatuses) expect(() => assertAccountTransition(from, to)).toThrow();
    }
  });
});

describe('stay window', () => {
  const som26 = { startDate: '2023-11-23', endDate: '2023-11-24' };

  it('runs from two days before the first day to two days after the last, across month ends', () => {
    expect(stayWindow(som26)).toEqual({ earliest: '2023-11-21', latest: '2023-11-26' });
    expect(stayWindow({ startDate: '2024-03-01', endDate: '2024-12-31' })).toEqual({ earliest: '2024-02-28', latest: '2025-01-02' });
  });

  it('accepts the window edges and no dates at all', () => {
    expect(stayDateErrors(som26, { arrivalDate: '2023-11-21', departureDate: '2023-11-26' })).toEqual({});
    expect(stayDateErrors(som26, { arrivalDate: null, departureDate: null })).toEqual({});
  });

  it('names each date outside the window, and a departure before the arrival', () => {
    expect(stayDateErrors(som26, { arrivalDate: '2023-11-20', departureDate: '2023-11-27' })).toEqual({
      arrivalDate: 'stayOutsideWindow',
      departureDate: 'stayOutsideWindow',
    });
    expect(stayDateErrors(som26, { arrivalDate: '2023-11-24', departureDate: '2023-11-23' })).toEqual({
      departureDate: 'departureBeforeArrival',
    });
  });
});
