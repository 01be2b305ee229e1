import { describe, expect, it } from 'vitest';
import { meetingStatuses, type MeetingStatus } from '@/lib/meetings/values';
import { AppError } from '@/lib/errors';
import { assertTransition, calendarWarning, canTransition, isRegistrationOpen, publicMeetingStatus, transitionPermission } from '@/lib/meetings/lifecycle';

const allowed: [MeetingStatus, MeetingStatus][] = [
  ['planned', 'registration_open'],
  ['planned', 'cancelled'],
  ['registration_open', 'registration_closed'],
  ['registration_open', 'cancelled'],
  ['registration_closed', 'registration_open'],
  ['registration_closed', 'in_session'],
  ['registration_closed', 'cancelled'],
  ['in_session', 'concluded'],
];
const isAllowed = (from: MeetingStatus, to: MeetingStatus) => allowed.some(([f, t]) => f === from && t === to);

function refusalOf(from: MeetingStatus, to: MeetingStatus): string | undefined {
  try {
    assertTransition(from, to);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).messageKey;
  }
}

describe('meeting lifecycle', () => {
  for (const from of meetingStatuses) {
    for (const to of meetingStatuses) {
      const expected = isAllowed(from, to);
      it(`${from} -> ${to} is ${expected ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(from, to)).toBe(expected);
        if (expected) expect(refusalOf(from, to)).toBeUndefined();
        else expect(refusalOf(from, to)).toMatch(/^transition/);
      });
    }
  }

  it('says why a transition is refused', () => {
    expect(refusalOf('planned', 'planned')).toBe('transitionSameStatus');
    expect(refusalOf('concluded', 'in_session')).toBe('transitionFromFinal');
    expect(refusalOf('cancelled', 'planned')).toBe('transitionFromFinal');
    expect(refusalOf('planned', 'concluded')).toBe('transitionNotAllowed');
  });
});

describe('isRegistrationOpen', () => {
  const window = { registrationOpensAt: new Date('2027-01-10T00:00:00Z'), registrationClosesAt: new Date('2027-02-10T00:00:00Z') };
  it('needs the open status and, where set, now inside the window', () => {
    const open = { status: 'registration_open' as const, ...window };
    expect(isRegistrationOpen(open, new Date('2027-01-20T00:00:00Z'))).toBe(true);
    expect(isRegistrationOpen(open, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(isRegistrationOpen(open, new Date('2027-02-10T00:00:00Z'))).toBe(false);
    expect(isRegistrationOpen({ ...open, status: 'planned' }, new Date('2027-01-20T00:00:00Z'))).toBe(false);
    expect(isRegistrationOpen({ status: 'registration_open', registrationOpensAt: null, registrationClosesAt: null }, new Date())).toBe(true);
  });
});

describe('who takes each step', () => {
  it('leaves planning to the secretariat and shares the conduct of the meeting with its chair', () => {
    expect(meetingStatuses.map((to) => [to, transitionPermission(to)])).toEqual([
      ['planned', 'meetings:manage'],
      ['registration_open', 'meetings:manage'],
      ['registration_closed', 'meetings:manage'],
      ['in_session', 'meetings:conduct'],
      ['concluded', 'meetings:conduct'],
      ['cancelled', 'meetings:manage'],
    ]);
  });
});

describe('calendarWarning', () => {
  const days = { startDate: '2027-03-16', endDate: '2027-03-17' };
  it.each([
    ['in_session', '2027-03-15', 'beforeStart'],
    ['in_session', '2027-03-16', null],
    ['in_session', '2027-03-17', null],
    ['in_session', '2027-03-18', 'afterEnd'],
    ['concluded', '2026-11-29', 'beforeStart'],
    ['concluded', '2027-03-16', 'beforeEnd'],
    ['concluded', '2027-03-17', null],
    ['concluded', '2027-04-01', null],
    ['registration_open', '2020-01-01', null],
    ['cancelled', '2027-03-16', null],
  ] as const)('%s on %s: %s', (to, today, warning) => {
    expect(calendarWarning(to, days, today)).toBe(warning);
  });
});

describe('publicMeetingStatus', () => {
  it('never calls a meeting concluded before its first day', () => {
    expect(publicMeetingStatus({ status: 'concluded', startDate: '2027-03-16' }, '2026-11-29')).toBe('closed');
    expect(publicMeetingStatus({ status: 'concluded', startDate: '2023-11-23' }, '2026-11-29')).toBe('concluded');
    expect(publicMeetingStatus({ status: 'planned', startDate: '2027-03-16' }, '2026-11-29')).toBe('planned');
  });
});
