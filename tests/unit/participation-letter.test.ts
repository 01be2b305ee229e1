import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import { canReadParticipationLetter, participationLetter, participationLetterKind, participationLetterRefusal, type LetterFacts } from '@/lib/participants/participation-letter';

const actor = (role: Actor['role'], id: string, partyId: string | null = null): Actor => ({ id, name: id, email: `${id}@x.example`, role, partyId });
const registration = { userId: 'sato', email: 'sato@x.example', status: 'approved' as const, participation: 'in_person' as const };
const meeting = { chairUserId: 'chair', status: 'registration_closed' as const, format: 'in_person' as const };
const japan = { partyId: 'jpn' };
const keyOf = (refusal: { messageKey: string } | null) => refusal?.messageKey ?? null;

describe('who may have a participation letter', () => {
  it('gives it to the person, by account or address, to staff and to the head of their delegation, and to no one else', () => {
    const facts = { meeting, registration, delegation: japan, headUserId: 'tanaka' };
    expect(canReadParticipationLetter(actor('delegate', 'sato', 'jpn'), facts)).toBe(true);
    expect(canReadParticipationLetter({ ...actor('delegate', 'other-account', 'jpn'), email: 'SATO@x.example' }, facts)).toBe(true);
    expect(canReadParticipationLetter(actor('secretariat', 'lim'), facts)).toBe(true);
    expect(canReadParticipationLetter(actor('delegate', 'tanaka', 'jpn'), facts)).toBe(true);
    // A colleague who does not lead, the head of another delegation, the meeting's chair and an observer do not.
    expect(canReadParticipationLetter(actor('delegate', 'ito', 'jpn'), facts)).toBe(false);
    expect(canReadParticipationLetter(actor('delegate', 'tanaka', 'chn'), facts)).toBe(false);
    expect(canReadParticipationLetter(actor('chair', 'chair'), facts)).toBe(false);
    expect(canReadParticipationLetter(actor('observer', 'obs', 'jpn'), facts)).toBe(false);
    expect(canReadParticipationLetter(actor('delegate', 'tanaka', 'jpn'), { ...facts, headUserId: null })).toBe(false);
  });

  it('confirms participation to an approved participant who travels, while the meeting is ahead or under way', () => {
    expect(participationLetterKind(meeting)).toBe('confirmation');
    expect(participationLetterRefusal(registration, meeting, [])).toBeNull();
    expect(participationLetterRefusal(registration, { ...meeting, status: 'in_session', format: 'hybrid' }, ['2027-03-10'])).toBeNull();
    for (const status of ['pending', 'rejected', 'cancelled'] as const) expect(keyOf(participationLetterRefusal({ ...registration, status }, meeting, []))).toBe('letterNotApproved');
    expect(keyOf(participationLetterRefusal(registration, { ...meeting, status: 'cancelled' }, []))).toBe('letterMeetingCancelled');
    expect(keyOf(participationLetterRefusal({ ...registration, participation: 'online' }, meeting, []))).toBe('letterOnline');
    expect(keyOf(participationLetterRefusal(registration, { ...meeting, format: 'virtual' }, []))).toBe('letterOnline');
  });

  it('certifies attendance once the meeting is concluded, to an approved participant checked in on a day', () => {
    const concluded = { ...meeting, status: 'concluded' as const };
    expect(participationLetterKind(concluded)).toBe('attendance');
    expect(participationLetterRefusal(registration, concluded, ['2027-03-10'])).toBeNull();
    expect(keyOf(participationLetterRefusal(registration, concluded, []))).toBe('letterNotAttended');
    expect(keyOf(participationLetterRefusal({ ...registration, status: 'rejected' }, concluded, ['2027-03-10']))).toBe('letterNotApproved');
  });
});

describe('what the letter says', () => {
  const facts: LetterFacts = {
    programmeName: 'NEASPEC',
    issuedOn: '2027-01-15',
    person: { honorific: 'Ms.', name: 'Sato Haruka', position: 'Director', organization: 'Ministry of the Environment', delegationRole: 'delegate' },
    party: { name: 'Japan' },
    meeting: { title: 'Twenty-seventh Senior Officials Meeting of NEASPEC', city: 'Incheon', hostName: 'Republic of Korea', startDate: '2027-03-10', endDate: '2027-03-11' },
    stay: { arrivalDate: '2027-03-09', departureDate: '2027-03-12' },
    attendedDays: [],
    kind: 'confirmation',
  };

  it('names the person, their delegation, the meeting, its place and days, and the stay, and asks for help with the visa', () => {
    expect(participationLetter(facts)).toEqual({
      sender: 'Secretariat of NEASPEC',
      date: '15 January 2027',
      title: 'Confirmation of participation',
      salutation: 'To whom it may concern,',
      paragraphs: [
        'The secretariat of NEASPEC confirms that Ms. Sato Haruka, Director, Ministry of the Environment, is registered as a member of the delegation of Japan to the Twenty-seventh Senior Officials Meeting of NEASPEC, to be held in Incheon, the Republic of Korea, from 10 to 11 March 2027.',
        'The participant plans to arrive on 9 March 2027 and to leave on 12 March 2027.',
        'The secretariat would be grateful for any assistance extended to the participant for this travel, in particular the issue of an entry visa.',
      ],
      closing: 'The secretariat of NEASPEC',
    });
  });

  it('says what it knows: a head of the Russian Federation, a one-day meeting with no place, no stay given', () => {
    const [first, ...rest] = participationLetter({
      ...facts,
      person: { honorific: null, name: 'Ivan Petrov', position: null, organization: null, delegationRole: 'head' },
      party: { name: 'Russian Federation' },
      meeting: { ...facts.meeting, city: null, hostName: null, endDate: '2027-03-10' },
      stay: { arrivalDate: null, departureDate: null },
    }).paragraphs;
    expect(first).toBe(
      'The secretariat of NEASPEC confirms that Ivan Petrov is registered as head of the delegation of the Russian Federation to the Twenty-seventh Senior Officials Meeting of NEASPEC, to be held on 10 March 2027.',
    );
    expect(rest).toHaveLength(1);
  });

  it('certifies attendance: of the whole meeting, or naming the days attended when not all of them', () => {
    const certificate = (attendedDays: string[]) => participationLetter({ ...facts, kind: 'attendance', attendedDays });
    expect(certificate(['2027-03-10', '2027-03-11'])).toMatchObject({
      title: 'Certificate of attendance',
      paragraphs: [
        'The secretariat of NEASPEC certifies that Ms. Sato Haruka, Director, Ministry of the Environment, attended the Twenty-seventh Senior Officials Meeting of NEASPEC, held in Incheon, the Republic of Korea, from 10 to 11 March 2027, as a member of the delegation of Japan.',
        'This certificate is issued at the request of the participant.',
      ],
    });
    expect(certificate(['2027-03-11']).paragraphs[0]).toMatch(/as a member of the delegation of Japan, and was present on 11 March 2027\.$/);
  });
});
