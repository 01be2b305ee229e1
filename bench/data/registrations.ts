import type { NewCheckIn, NewDelegation, NewRegistration, Party } from '@/db/schema';
import type { DelegationRole, RegistrationStatus } from '@/lib/registrations/values';
import { addDays } from '@/lib/time-zones';
import type { GeneratedMeeting } from './meetings';
import type { Random } from './random';

export type GeneratedDelegation = Required<Pick<NewDelegation, 'id' | 'meetingId' | 'partyId' | 'credentialsStatus' | 'createdAt' | 'updatedAt'>>;
export type GeneratedRegistration = Required<
  Pick<
    NewRegistration,
    | 'id' | 'meetingId' | 'delegationId' | 'partyId' | 'name' | 'email' | 'delegationRole' | 'honorific' | 'position'
    | 'organization' | 'participation' | 'arrivalDate' | 'departureDate' | 'isListedPublicly' | 'status' | 'decisionReason'
    | 'decidedAt' | 'createdAt' | 'updatedAt'
  >
>;
export type GeneratedCheckIn = Required<Pick<NewCheckIn, 'registrationId' | 'day'>>;

const roleOrder: DelegationRole[] = ['head', 'alternate', 'delegate', 'delegate', 'adviser'];

function statusFor(meeting: GeneratedMeeting, random: Random): RegistrationStatus {
  const draw = random.next();
  if (meeting.status === 'planned') return 'pending';
  if (meeting.status === 'registration_open') return draw < 0.5 ? 'pending' : draw < 0.95 ? 'approved' : draw < 0.98 ? 'rejected' : 'cancelled';
  return draw < 0.93 ? 'approved' : draw < 0.96 ? 'rejected' : 'cancelled';
}

/**
 * A meeting's delegations and registrations: the parties that came, each with a head first and
 * its members, and the attendance of a concluded meeting's approved in-person participants.
 */
export function generateParticipation(
  meeting: GeneratedMeeting,
  count: number,
  context: { random: Random; parties: Pick<Party, 'id' | 'code' | 'kind'>[] },
): { delegations: GeneratedDelegation[]; registrations: GeneratedRegistration[]; checkIns: GeneratedCheckIn[] } {
  const { random, parties } = context;
  const delegations: GeneratedDelegation[] = [];
  const registrations: GeneratedRegistration[] = [];
  const checkIns: GeneratedCheckIn[] = [];
  if (count === 0 || meeting.status === 'cancelled') return { delegations, registrations, checkIns };
  const perParty = Math.ceil(count / parties.length);
  let made = 0;
  for (const party of parties) {
    if (made >= count) break;
    const delegation: GeneratedDelegation = {
      id: crypto.randomUUID(),
      meetingId: meeting.id,
      partyId: party.id,
      credentialsStatus: party.kind !== 'member_state' ? 'pending' : meeting.status === 'concluded' ? 'accepted' : random.pick(['pending', 'submitted', 'received'] as const),
      createdAt: meeting.createdAt,
      updatedAt: meeting.createdAt,
    };
    delegations.push(delegation);
    for (let index = 0; index < perParty && made < count; index += 1, made += 1) {
      const isObserver = party.kind === 'observer';
      const role: DelegationRole = isObserver ? 'observer' : index === 0 ? 'head' : roleOrder[1 + (index % 4)]!;
      const status = role === 'head' ? (meeting.status === 'planned' ? 'pending' : 'approved') : statusFor(meeting, random);
      const isOnline = meeting.format === 'virtual' || random.chance(0.15);
      const registration: GeneratedRegistration = {
        id: crypto.randomUUID(),
        meetingId: meeting.id,
        delegationId: delegation.id,
        partyId: party.id,
        name: `Participant ${made + 1} of ${party.code}`,
        email: `p${made + 1}.${party.code.toLowerCase()}@bench.example`,
        delegationRole: role,
        honorific: random.pick(['Mr.', 'Ms.', 'Dr.'] as const),
        position: 'Officer',
        organization: `Ministry of the Environment (${party.code})`,
        participation: isOnline ? 'online' : 'in_person',
        arrivalDate: isOnline ? null : addDays(meeting.startDate, -1),
        departureDate: isOnline ? null : addDays(meeting.endDate, 1),
        isListedPublicly: random.chance(0.85),
        status,
        decisionReason: status === 'rejected' ? 'Not a member of the delegation named in the credentials.' : null,
        decidedAt: status === 'approved' || status === 'rejected' ? meeting.createdAt : null,
        createdAt: meeting.createdAt,
        updatedAt: meeting.createdAt,
      };
      registrations.push(registration);
      if (meeting.status === 'concluded' && status === 'approved' && !isOnline) {
        for (const day of [meeting.startDate, meeting.endDate]) checkIns.push({ registrationId: registration.id, day });
      }
    }
  }
  return { delegations, registrations, checkIns };
}
