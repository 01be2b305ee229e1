import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelayMs, afterFailure } from '@/lib/email/backoff';
import { participantCsvHeader, participantCsvRows, type CsvParticipant } from '@/lib/participants/csv';
import { checkInDayRefusal, isMeetingDay, meetingDays } from '@/lib/participants/meeting-days';
import { compareParticipants, groupParticipantsByParty, type OrderableParticipant } from '@/lib/participants/order';
import { delegationRoles } from '@/lib/registrations/values';
import { partyKinds } from '@/lib/parties/values';

const person = (partyName: string, partyKind: OrderableParticipant['partyKind'], delegationRole: OrderableParticipant['delegationRole'], name: string) => ({
  partyId: `id-${partyName}`,
  partyName,
  partyKind,
  delegationRole,
  name,
});

describe('participants order', () => {
  const people = [
    person('UN ESCAP', 'organization', 'delegate', 'Ann Lee'),
    person('Russian Federation', 'member_state', 'delegate', 'Ivan Petrov'),
    person('Mongolia', 'member_state', 'adviser', 'Anu Bat'),
    person('Mongolia', 'member_state', 'delegate', 'Zaya Tsog'),
    person('Mongolia', 'member_state', 'delegate', 'Bold Dorj'),
    person('Mongolia', 'member_state', 'alternate', 'Temuulen Gan'),
    person('Mongolia', 'member_state', 'head', 'Sukh Baatar'),
    person('Some Institute', 'observer', 'observer', 'Amy Cho'),
    person('China', 'member_state', 'head', 'Li Wei'),
    person('Japan', 'member_state', 'head', 'Sato Ken'),
    person('Asian Development Bank', 'organization', 'head', 'Raj Kumar'),
  ];

  it('puts member states in English alphabetical order, then organizations, then observers; head first, then by role and name', () => {
    const groups = groupParticipantsByParty(people);
    expect(groups.map((g) => g.partyName)).toEqual(['China', 'Japan', 'Mongolia', 'Russian Federation', 'Asian Development Bank', 'UN ESCAP', 'Some Institute']);
    expect(groups[2]!.participants.map((p) => `${p.delegationRole} ${p.name}`)).toEqual([
      'head Sukh Baatar',
      'alternate Temuulen Gan',
      'delegate Bold Dorj',
      'delegate Zaya Tsog',
      'adviser Anu Bat',
    ]);
  });

  it('ignores case and accents in names as English sorting does', () => {
    const sorted = [person('Türkiye', 'member_state', 'head', 'x'), person('Thailand', 'member_state', 'head', 'y'), person('tonga', 'member_state', 'head', 'z')].sort(
      compareParticipants,
    );
    expect(sorted.map((p) => p.partyName)).toEqual(['Thailand', 'tonga', 'Türkiye']);
  });

  it('is a total order whatever the input order: one group per party, heads first', () => {
    const arbitraryPerson = fc.record({
      partyName: fc.constantFrom('China', 'Japan', 'Mongolia', 'UN ESCAP', 'Observer Org'),
      partyKind: fc.constantFrom(...partyKinds),
      delegationRole: fc.constantFrom(...delegationRoles),
      name: fc.string({ minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryPerson, { maxLength: 30 }), (raw) => {
        const list = raw.map((p) => ({ ...p, partyId: `${p.partyKind}-${p.partyName}` }));
        const groups = groupParticipantsByParty(list);
        expect(new Set(groups.map((g) => g.partyId)).size).toBe(groups.length);
        expect(groups.flatMap((g) => g.participants)).toHaveLength(list.length);
        expect(groupParticipantsByParty([...list].reverse()).flatMap((g) => g.participants)).toEqual(groups.flatMap((g) => g.participants));
        for (const group of groups) {
          const heads = group.participants.findLastIndex((p) => p.delegationRole === 'head');
          const others = group.participants.findIndex((p) => p.delegationRole !== 'head');
          if (heads >= 0 && others >= 0) expect(heads).toBeLessThan(others);
        }
      }),
    );
  });
});

describe('participants CSV', () => {
  it('has a header and one row per participant in list order, with readable role and participation', () => {
    const extra = { honorific: null, position: null, organization: null, email: 'x@example.org', participation: 'in_person' as const };
    const rows = participantCsvRows([
      { ...person('Mongolia', 'member_state', 'delegate', 'Bold Dorj'), ...extra, participation: 'online' },
      { ...person('China', 'member_state', 'head', 'Li Wei'), ...extra, honorific: 'H.E. Mr.', position: 'Director', organization: 'Ministry of Ecology' },
    ] satisfies CsvParticipant[]);
    expect(rows).toEqual([
      participantCsvHeader,
      ['China', 'Head of delegation', 'H.E. Mr.', 'Li Wei', 'Director', 'Ministry of Ecology', 'x@example.org', 'In person'],
      ['Mongolia', 'Delegate', '', 'Bold Dorj', '', '', 'x@example.org', 'Online'],
    ]);
  });
});

describe('meeting days', () => {
  it('lists every day of the meeting, across a month end', () => {
    expect(meetingDays({ startDate: '2030-01-30', endDate: '2030-02-02' })).toEqual(['2030-01-30', '2030-01-31', '2030-02-01', '2030-02-02']);
    expect(isMeetingDay({ startDate: '2030-01-30', endDate: '2030-02-02' }, '2030-02-03')).toBe(false);
    expect(isMeetingDay({ startDate: '2030-01-30', endDate: '2030-02-02' }, '2030-01-30')).toBe(true);
  });

  it('checks in on a day of the meeting that has come, never on one still to come', () => {
    const meeting = { startDate: '2030-01-30', endDate: '2030-02-01' };
    expect(checkInDayRefusal(meeting, '2030-01-31', '2030-01-31')).toBeNull();
    expect(checkInDayRefusal(meeting, '2030-01-30', '2030-01-31')).toBeNull();
    expect(checkInDayRefusal(meeting, '2030-02-01', '2030-03-15')).toBeNull();
    expect(checkInDayRefusal(meeting, '2030-02-01', '2030-01-31')).toBe('checkInFutureDay');
    expect(checkInDayRefusal(meeting, '2030-02-02', '2030-03-15')).toBe('checkInOutsideMeeting');
    expect(checkInDayRefusal(meeting, '2030-01-29', '2030-01-29')).toBe('checkInOutsideMeeting');
  });
});

describe('email retry schedule', () => {
  it('doubles the wait after each failure, up to an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(retryDelayMs)).toEqual([1, 2, 4, 8, 16, 32, 60, 60].map((minutes) => minutes * 60_000));
  });

  it('retries until the last attempt, then fails', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(afterFailure(1, now, 3)).toEqual({ status: 'pending', nextAttemptAt: new Date('2030-01-01T00:01:00Z') });
    expect(afterFailure(2, now, 3)).toEqual({ status: 'pending', nextAttemptAt: new Date('2030-01-01T00:02:00Z') });
    expect(afterFailure(3, now, 3)).toEqual({ status: 'failed' });
  });
});
