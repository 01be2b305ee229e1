import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { checkIns, meetings, registrations } from '@/db/schema';
import { getParticipationLetter } from '@/lib/participants/get-participation-letter';
import { getDelegation, getRegistrationPage } from '@/lib/registrations/read';
import { pdfText } from '../helpers/pdf-text';
import * as factory from './factories';
import { refusal } from './refusal';

/** Japan's delegation to a meeting in Incheon: its head, and a delegate with an account, both approved. */
async function delegation() {
  const korea = await factory.createParty({ name: 'Republic of Korea' });
  const meeting = await factory.createMeeting({
    title: 'Twenty-seventh Senior Officials Meeting of NEASPEC',
    city: 'Incheon',
    hostPartyId: korea.id,
    startDate: '2030-03-10',
    endDate: '2030-03-11',
    status: 'registration_closed',
  });
  const japan = await factory.createParty({ name: 'Japan' });
  const [headUser, memberUser] = await Promise.all([
    factory.createActor({ role: 'delegate', partyId: japan.id }),
    factory.createActor({ role: 'delegate', partyId: japan.id }),
  ]);
  const head = await factory.createRegistration({ meetingId: meeting.id, partyId: japan.id, userId: headUser.id, email: headUser.email, delegationRole: 'head' });
  const member = await factory.createRegistration({
    meetingId: meeting.id,
    partyId: japan.id,
    userId: memberUser.id,
    email: memberUser.email,
    name: 'Sato Haruka',
    honorific: 'Ms.',
    position: 'Director',
    organization: 'Ministry of the Environment',
    arrivalDate: '2030-03-09',
    departureDate: '2030-03-12',
  });
  return { meeting, japan, headUser, memberUser, head, member };
}

const input = (meetingId: string, registrationId: string) => ({ meetingId, registrationId });

describe('getParticipationLetter', () => {
  it('gives the person a PDF confirming their participation, dated in the meeting’s zone', async () => {
    const { meeting, memberUser, member } = await delegation();
    const letter = await getParticipationLetter({ actor: memberUser, input: input(meeting.id, member.id), now: new Date('2030-01-14T20:00:00Z') });
    expect(letter.fileName).toMatch(/^participation-.+-Sato Haruka\.pdf$/);
    const text = await pdfText(letter.body);
    expect(text).toContain('CONFIRMATION OF PARTICIPATION');
    // 05:00 on 15 January in Seoul, where the meeting keeps its time.
    expect(text).toContain('15 January 2030');
    expect(text.replace(/\n/g, ' ')).toContain(
      'confirms that Ms. Sato Haruka, Director, Ministry of the Environment, is registered as a member of the delegation of Japan to the Twenty-seventh Senior Officials Meeting of NEASPEC, to be held in Incheon, the Republic of Korea, from 10 to 11 March 2030.',
    );
    expect(text.replace(/\n/g, ' ')).toContain('arrive on 9 March 2030 and to leave on 12 March 2030.');
  });

  it('gives it to the head of the delegation and to staff, and to no one else: for them it does not exist', async () => {
    const { meeting, japan, headUser, member } = await delegation();
    for (const actor of [headUser, await factory.createActor()]) {
      expect((await getParticipationLetter({ actor, input: input(meeting.id, member.id) })).body.length).toBeGreaterThan(0);
    }
    const colleague = await factory.createActor({ role: 'delegate', partyId: japan.id });
    const chair = await factory.createActor({ role: 'chair' });
    await db.update(meetings).set({ chairUserId: chair.id }).where(eq(meetings.id, meeting.id));
    for (const actor of [colleague, chair, await factory.createActor({ role: 'delegate' }), await factory.createActor({ role: 'observer' })]) {
      expect((await refusal(getParticipationLetter({ actor, input: input(meeting.id, member.id) }))).code).toBe('NOT_FOUND');
    }
    // Under another meeting's address, or no id at all, it is not there either.
    const other = await factory.createMeeting();
    expect((await refusal(getParticipationLetter({ actor: headUser, input: input(other.id, member.id) }))).code).toBe('NOT_FOUND');
    expect((await refusal(getParticipationLetter({ actor: headUser, input: input(meeting.id, 'letter') }))).code).toBe('NOT_FOUND');
  });

  it('is refused while the registration waits, to someone taking part online, and for a cancelled meeting', async () => {
    const { meeting, memberUser, member } = await delegation();
    const refusedWith = async () => (await refusal(getParticipationLetter({ actor: memberUser, input: input(meeting.id, member.id) }))).messageKey;
    await db.update(registrations).set({ status: 'pending' }).where(eq(registrations.id, member.id));
    expect(await refusedWith()).toBe('letterNotApproved');
    await db.update(registrations).set({ status: 'approved', participation: 'online' }).where(eq(registrations.id, member.id));
    expect(await refusedWith()).toBe('letterOnline');
    await db.update(meetings).set({ status: 'cancelled', cancellationReason: 'The host withdrew.' }).where(eq(meetings.id, meeting.id));
    expect(await refusedWith()).toBe('letterMeetingCancelled');
  });

  it('certifies attendance once the meeting is concluded, to those checked in, naming the days when not all', async () => {
    const { meeting, headUser, memberUser, head, member } = await delegation();
    await db.update(meetings).set({ status: 'concluded' }).where(eq(meetings.id, meeting.id));
    const staff = await factory.createActor();
    expect((await refusal(getParticipationLetter({ actor: memberUser, input: input(meeting.id, member.id) }))).messageKey).toBe('letterNotAttended');
    await db.insert(checkIns).values({ registrationId: member.id, day: '2030-03-11', checkedInByUserId: staff.id });
    const certificate = await getParticipationLetter({ actor: memberUser, input: input(meeting.id, member.id) });
    expect(certificate.fileName).toMatch(/^attendance-.+-Sato Haruka\.pdf$/);
    const text = (await pdfText(certificate.body)).replace(/\n/g, ' ');
    expect(text).toContain('CERTIFICATE OF ATTENDANCE');
    expect(text).toContain(
      'certifies that Ms. Sato Haruka, Director, Ministry of the Environment, attended the Twenty-seventh Senior Officials Meeting of NEASPEC, held in Incheon, the Republic of Korea, from 10 to 11 March 2030, as a member of the delegation of Japan, and was present on 11 March 2030.',
    );
    // The registration page and the delegation's page offer the certificate where there is one.
    expect(await getRegistrationPage({ actor: memberUser, input: { meetingId: meeting.id } })).toMatchObject({ letterKind: 'attendance', can: { participationLetter: true } });
    expect((await getRegistrationPage({ actor: headUser, input: { meetingId: meeting.id } })).can.participationLetter).toBe(false);
    const page = await getDelegation({ actor: headUser, input: { meetingId: meeting.id, delegationId: member.delegationId } });
    expect(page.letterKind).toBe('attendance');
    expect(page.members.map((m) => [m.id, m.hasLetter])).toEqual(expect.arrayContaining([[member.id, true], [head.id, false]]));
  });

  it('is offered where it may be had: the person’s registration page, and the delegation’s page to its head and staff', async () => {
    const { meeting, headUser, memberUser, head, member } = await delegation();
    expect((await getRegistrationPage({ actor: memberUser, input: { meetingId: meeting.id } })).can.participationLetter).toBe(true);
    await db.update(registrations).set({ participation: 'online' }).where(eq(registrations.id, head.id));
    expect((await getRegistrationPage({ actor: headUser, input: { meetingId: meeting.id } })).can.participationLetter).toBe(false);
    const letters = async (actor: typeof headUser) =>
      (await getDelegation({ actor, input: { meetingId: meeting.id, delegationId: member.delegationId } })).members.map((m) => [m.id, m.hasLetter]);
    expect(await letters(headUser)).toEqual(expect.arrayContaining([[member.id, true], [head.id, false]]));
    expect(await letters(await factory.createActor())).toEqual(expect.arrayContaining([[member.id, true], [head.id, false]]));
    // A member sees the delegation, and only their own letter in it.
    expect(await letters(memberUser)).toEqual(expect.arrayContaining([[member.id, true], [head.id, false]]));
  });
});
