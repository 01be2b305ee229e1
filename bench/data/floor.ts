import type { NewFloorRequest, SpeakingTimeLimit } from '@/db/schema';
import type { GeneratedAgendaItem } from './agenda';
import type { GeneratedMeeting } from './meetings';
import type { Random } from './random';
import type { GeneratedRegistration } from './registrations';

export type GeneratedFloorRequest = Required<
  Pick<NewFloorRequest, 'meetingId' | 'agendaItemId' | 'partyId' | 'registrationId' | 'status' | 'requestedAt' | 'startedAt' | 'endedAt'>
>;

const minute = 60_000;

/**
 * The speakers' lists of the meetings that have met: on each item, up to six delegations with an
 * approved participant took the floor in turn, each asking a few minutes before it was given.
 */
export function* generateFloorRequests(context: {
  random: Random;
  meetings: readonly GeneratedMeeting[];
  items: readonly GeneratedAgendaItem[];
  registrations: readonly GeneratedRegistration[];
}): Generator<GeneratedFloorRequest> {
  const { random } = context;
  const itemsOf = groupBy(context.items, (item) => item.meetingId);
  // Who speaks for each delegation: its first approved participant (the head, where it has one).
  const speakersOf = new Map<string, GeneratedRegistration[]>();
  for (const registration of context.registrations) {
    if (registration.status !== 'approved') continue;
    const speakers = speakersOf.get(registration.meetingId) ?? [];
    if (!speakers.some((speaker) => speaker.partyId === registration.partyId)) speakers.push(registration);
    speakersOf.set(registration.meetingId, speakers);
  }
  for (const meeting of context.meetings) {
    const speakers = speakersOf.get(meeting.id) ?? [];
    if (meeting.status !== 'concluded' || speakers.length === 0) continue;
    const opening = new Date(`${meeting.startDate}T00:30:00Z`).getTime();
    for (const [index, item] of (itemsOf.get(meeting.id) ?? []).entries()) {
      const start = opening + index * 25 * minute;
      const turns = shuffled(speakers, random).slice(0, random.integer(0, Math.min(6, speakers.length)));
      for (const [turn, speaker] of turns.entries()) {
        const from = start + (5 + turn * 4) * minute;
        yield {
          meetingId: meeting.id,
          agendaItemId: item.id,
          partyId: speaker.partyId,
          registrationId: speaker.id,
          status: 'spoke',
          requestedAt: new Date(start + turn * minute),
          startedAt: new Date(from),
          endedAt: new Date(from + 4 * minute),
        };
      }
    }
  }
}

/**
 * The time per speaker the chairs set: three, four or five minutes at every meeting that has met or
 * sits now, set as it opened; none for the others.
 */
export function* generateSpeakingTimeLimits(meetings: readonly GeneratedMeeting[]): Generator<SpeakingTimeLimit> {
  for (const [index, meeting] of meetings.entries()) {
    if (meeting.status !== 'concluded' && meeting.status !== 'in_session') continue;
    yield { meetingId: meeting.id, seconds: (3 + (index % 3)) * 60, setByUserId: meeting.chairUserId, setAt: new Date(`${meeting.startDate}T00:15:00Z`) };
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

function shuffled<T>(rows: readonly T[], random: Random): T[] {
  const copy = [...rows];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.integer(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
