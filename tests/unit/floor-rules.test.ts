import { describe, expect, it } from 'vitest';
import { agendaItemStatuses } from '@/lib/agenda/values';
import { AppError } from '@/lib/errors';
import { assertFloorTransition, canFloorTransition } from '@/lib/floor/lifecycle';
import { floorRequestRefusal, floorStepRefusal, floorSteps, roomScreenRefusal, speakersList, speakingTimeRefusal, type FloorRequestFacts } from '@/lib/floor/rules';
import { setSpeakingTimeSchema, showOnRoomScreenSchema } from '@/lib/floor/schemas';
import { isOverTime, speakingClock } from '@/lib/floor/speaking-time';
import { floorRequestStatuses, type FloorRequestStatus } from '@/lib/floor/values';
import { meetingStatuses } from '@/lib/meetings/values';
import type { Actor } from '@/lib/permissions';
import { registrationStatuses } from '@/lib/registrations/values';
import { roles, type Role } from '@/lib/users/values';

const actor = (role: Role, partyId: string | null = 'KOR'): Actor => ({ id: `user-${role}`, name: role, email: `${role}@x.example`, role, partyId });
const chairOf = (who: Actor) => ({ chairUserId: who.id, status: 'in_session' as const });

const allowed: [FloorRequestStatus, FloorRequestStatus][] = [
  ['waiting', 'speaking'],
  ['waiting', 'withdrawn'],
  ['speaking', 'spoke'],
  ['speaking', 'waiting'],
];

describe('floor request lifecycle', () => {
  for (const from of floorRequestStatuses) {
    for (const to of floorRequestStatuses) {
      const expected = allowed.some(([f, t]) => f === from && t === to);
      it(`${from} -> ${to} is ${expected ? 'allowed' : 'refused'}`, () => {
        expect(canFloorTransition(from, to)).toBe(expected);
        const attempt = () => assertFloorTransition(from, to);
        if (expected) expect(attempt).not.toThrow();
        else expect(attempt).toThrow(AppError);
      });
    }
  }
});

describe('floorRequestRefusal', () => {
  const facts = (values: Partial<FloorRequestFacts> = {}): FloorRequestFacts => ({
    actor: actor('delegate'),
    meeting: { chairUserId: null, status: 'in_session' },
    item: { status: 'in_discussion' },
    registration: { status: 'approved' },
    isOnList: false,
    ...values,
  });
  const keyOf = (values: Partial<FloorRequestFacts>) => floorRequestRefusal(facts(values))?.messageKey ?? null;

  it('lets an approved delegate or observer ask on the item in discussion while the meeting sits', () => {
    expect(keyOf({})).toBeNull();
    expect(keyOf({ actor: actor('observer', 'UNEP') })).toBeNull();
  });

  it.each<Role>(['secretariat', 'chair'])('refuses a %s, who runs the list rather than asks', (role) => {
    expect(keyOf({ actor: actor(role) })).toBe('floorDelegationsOnly');
  });

  it('refuses a participant without a party', () => {
    expect(keyOf({ actor: actor('delegate', null) })).toBe('floorDelegationsOnly');
  });

  it('refuses outside the session, on another item, without an approved registration, and a second place', () => {
    for (const status of meetingStatuses.filter((s) => s !== 'in_session')) {
      expect(keyOf({ meeting: { chairUserId: null, status } })).toBe('floorMeetingNotInSession');
    }
    for (const status of agendaItemStatuses.filter((s) => s !== 'in_discussion')) expect(keyOf({ item: { status } })).toBe('floorItemNotInDiscussion');
    for (const status of registrationStatuses.filter((s) => s !== 'approved')) expect(keyOf({ registration: { status } })).toBe('floorApprovedParticipantsOnly');
    expect(keyOf({ registration: null })).toBe('floorApprovedParticipantsOnly');
    expect(keyOf({ isOnList: true })).toBe('floorAlreadyOnList');
  });
});

describe('floorStepRefusal and floorSteps', () => {
  const chair = actor('chair', 'KOR');
  const waiting = { status: 'waiting' as const, partyId: 'JPN' };
  const inDiscussion = { status: 'in_discussion' as const };

  it('gives the meeting chair and the secretariat every step the lifecycle allows', () => {
    for (const who of [chair, actor('secretariat', null)]) {
      expect(floorSteps({ actor: who, meeting: chairOf(chair), request: waiting, item: inDiscussion })).toEqual(['speaking', 'withdrawn']);
      expect(floorSteps({ actor: who, meeting: chairOf(chair), request: { ...waiting, status: 'speaking' }, item: inDiscussion })).toEqual(['spoke', 'waiting']);
      expect(floorSteps({ actor: who, meeting: chairOf(chair), request: { ...waiting, status: 'spoke' }, item: inDiscussion })).toEqual([]);
    }
  });

  it("refuses the chair of another meeting, and lets a delegation only withdraw its own request", () => {
    const meeting = { chairUserId: 'someone-else', status: 'in_session' as const };
    expect(floorStepRefusal({ actor: chair, meeting, request: waiting, item: inDiscussion, to: 'speaking' })?.messageKey).toBe('floorChairOnly');
    for (const role of roles.filter((r) => r === 'delegate' || r === 'observer')) {
      expect(floorSteps({ actor: actor(role, 'JPN'), meeting, request: waiting, item: inDiscussion })).toEqual(['withdrawn']);
      expect(floorSteps({ actor: actor(role, 'KOR'), meeting, request: waiting, item: inDiscussion })).toEqual([]);
      expect(floorStepRefusal({ actor: actor(role, 'JPN'), meeting, request: waiting, item: inDiscussion, to: 'speaking' })?.messageKey).toBe('floorChairOnly');
    }
  });

  it('gives the floor only on the item in discussion, and nothing outside the session', () => {
    expect(floorStepRefusal({ actor: chair, meeting: chairOf(chair), request: waiting, item: { status: 'concluded' }, to: 'speaking' })?.messageKey).toBe('floorItemNotInDiscussion');
    expect(floorStepRefusal({ actor: chair, meeting: chairOf(chair), request: waiting, item: { status: 'concluded' }, to: 'withdrawn' })).toBeNull();
    const concluded = { chairUserId: chair.id, status: 'concluded' as const };
    expect(floorStepRefusal({ actor: chair, meeting: concluded, request: waiting, item: inDiscussion, to: 'withdrawn' })?.messageKey).toBe('floorMeetingNotInSession');
    expect(floorStepRefusal({ actor: chair, meeting: chairOf(chair), request: waiting, item: inDiscussion, to: 'waiting' })?.messageKey).toBe('transitionSameStatus');
    expect(floorStepRefusal({ actor: chair, meeting: chairOf(chair), request: waiting, item: inDiscussion, to: 'spoke' })?.messageKey).toBe('floorTransitionNotAllowed');
  });
});

describe('speakersList', () => {
  const at = (minute: number) => new Date(Date.UTC(2023, 10, 23, 1, minute));
  const request = (id: string, status: FloorRequestStatus, requested: number, started: number | null = null, agendaItemId = 'item-1') => ({
    id,
    agendaItemId,
    status,
    requestedAt: at(requested),
    startedAt: started === null ? null : at(started),
  });

  it('puts the speaker apart, the waiting in the order they asked, and the finished in the order they spoke, leaving out withdrawn ones and other items', () => {
    const list = speakersList(
      [
        request('c', 'waiting', 5),
        request('a', 'spoke', 1, 9),
        request('b', 'spoke', 2, 6),
        request('d', 'speaking', 3, 10),
        request('e', 'waiting', 4),
        request('f', 'withdrawn', 0),
        request('g', 'waiting', 0, null, 'item-2'),
      ],
      'item-1',
    );
    expect(list.speaking?.id).toBe('d');
    expect(list.waiting.map((r) => r.id)).toEqual(['e', 'c']);
    expect(list.spoke.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('orders two requests made in the same instant the same way every time', () => {
    const list = speakersList([request('y', 'waiting', 1), request('x', 'waiting', 1)], 'item-1');
    expect(list.waiting.map((r) => r.id)).toEqual(['x', 'y']);
    expect(speakersList([], 'item-1')).toEqual({ speaking: null, waiting: [], spoke: [] });
  });
});

describe.each([
  { rule: speakingTimeRefusal, name: 'speakingTimeRefusal', forbidden: 'floorSpeakingTimeChairOnly' },
  { rule: roomScreenRefusal, name: 'roomScreenRefusal', forbidden: 'floorScreenChairOnly' },
])('$name: the chair runs the room', ({ rule, forbidden }) => {
  const chair = actor('chair');
  for (const status of meetingStatuses) {
    const isOver = status === 'concluded' || status === 'cancelled';
    it(`lets the secretariat and the meeting's chair when the meeting is ${status}${isOver ? ': refused, it is over' : ''}`, () => {
      for (const who of [actor('secretariat'), chair]) {
        expect(rule({ actor: who, meeting: { chairUserId: chair.id, status } })?.messageKey ?? null).toBe(isOver ? 'floorMeetingOver' : null);
      }
    });
  }

  it.each<Role>(['delegate', 'observer'])('refuses a %s', (role) => {
    expect(rule({ actor: actor(role), meeting: { chairUserId: chair.id, status: 'in_session' } })?.messageKey).toBe(forbidden);
  });

  it('refuses the chair of another meeting', () => {
    expect(rule({ actor: chair, meeting: { chairUserId: 'someone-else', status: 'in_session' } })?.messageKey).toBe(forbidden);
  });
});

describe('showOnRoomScreenSchema', () => {
  const meetingId = '4f0c2f4e-5b7a-4c55-9a8e-3f2b1c0d9e8a';
  const statementId = '9a1d3c5e-7b2f-4d6a-8c0e-1f3a5b7d9c2e';
  const errors = (input: Record<string, unknown>) => showOnRoomScreenSchema.safeParse({ meetingId, ...input }).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

  it('takes the speakers\' list, a statement, an amendment by its number, or a text as amended, and only what each needs', () => {
    expect(showOnRoomScreenSchema.parse({ meetingId, shows: 'floor', statementId })).toEqual({ meetingId, shows: 'floor' });
    expect(showOnRoomScreenSchema.parse({ meetingId, shows: 'statement', statementId, amendmentNumber: 3 })).toEqual({ meetingId, shows: 'statement', statementId });
    expect(showOnRoomScreenSchema.parse({ meetingId, shows: 'amendment', statementId, amendmentNumber: '3' })).toEqual({ meetingId, shows: 'amendment', statementId, amendmentNumber: 3 });
    expect(showOnRoomScreenSchema.parse({ meetingId, shows: 'amended', statementId, amendmentNumber: 3 })).toEqual({ meetingId, shows: 'amended', statementId });
  });

  it('refuses anything else to show, a statement without its id and an amendment without a usable number', () => {
    expect(errors({ shows: 'agenda' })).toEqual([['shows', 'floorScreenShowsInvalid']]);
    expect(errors({ shows: 'statement' })).toEqual([['statementId', 'notFound']]);
    expect(errors({ shows: 'amended' })).toEqual([['statementId', 'notFound']]);
    for (const amendmentNumber of [0, -1, 2.5, 'three', undefined]) {
      expect(errors({ shows: 'amendment', statementId, amendmentNumber })).toEqual([['amendmentNumber', 'notFound']]);
    }
  });
});

describe('setSpeakingTimeSchema', () => {
  const meetingId = '4f0c2f4e-5b7a-4c55-9a8e-3f2b1c0d9e8a';
  const minutesOf = (minutes: unknown) => setSpeakingTimeSchema.safeParse({ meetingId, minutes });

  it('takes whole minutes from 1 to 30, typed or as numbers, and an empty field as no limit', () => {
    expect(minutesOf('3').data?.minutes).toBe(3);
    expect(minutesOf(30).data?.minutes).toBe(30);
    expect(minutesOf(1).data?.minutes).toBe(1);
    expect(minutesOf('').data?.minutes).toBeNull();
    expect(minutesOf(null).data?.minutes).toBeNull();
  });

  it.each<unknown>([0, 31, 2.5, '-1', 'three'])('refuses %j on its field', (minutes) => {
    const parsed = minutesOf(minutes);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['minutes', 'speakingTimeInvalid']]);
  });
});

describe('the speaking clock', () => {
  it('shows minutes and two-digit seconds, from zero, and the hours past the first', () => {
    expect(speakingClock(0)).toBe('0:00');
    expect(speakingClock(5.9)).toBe('0:05');
    expect(speakingClock(185)).toBe('3:05');
    expect(speakingClock(-2)).toBe('0:00');
    expect(speakingClock(3599)).toBe('59:59');
    expect(speakingClock(5400)).toBe('1:30:00');
    expect(speakingClock(6908)).toBe('1:55:08');
  });

  it('is over time only past the limit, and never without one', () => {
    expect(isOverTime(180, 180)).toBe(false);
    expect(isOverTime(180.5, 180)).toBe(true);
    expect(isOverTime(10_000, null)).toBe(false);
  });
});
