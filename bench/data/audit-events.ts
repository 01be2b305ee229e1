import type { NewAuditEvent } from '@/db/schema';
import { changedFields, recordFields } from '@/lib/changes';
import { meetingFieldNames } from '@/lib/meetings/meeting-values';
import type { GeneratedDocument, GeneratedMeeting, GeneratedSession } from './meetings';
import type { Random } from './random';
import type { GeneratedUser } from './users';

export type GeneratedAuditEvent = Required<Pick<NewAuditEvent, 'actorUserId' | 'action' | 'entityType' | 'entityId' | 'change' | 'createdAt'>>;

type Records = {
  meetings: GeneratedMeeting[];
  sessions: GeneratedSession[];
  documents: GeneratedDocument[];
  users: GeneratedUser[];
  staffIds: string[];
};

type Entry = Pick<GeneratedAuditEvent, 'action' | 'entityType' | 'entityId' | 'change'>;

const venues = ['Lotte Hotel Seoul', 'G-Tower', 'United Nations Conference Centre', 'State Palace', 'China World Hotel'];

// Each kind of event the app writes (lib/**: recordAudit), with its change stored as the use-case
// stores it, and how often it comes up in a year of the secretariat's work.
const kinds: { weight: number; make: (records: Records, random: Random) => Entry }[] = [
  {
    weight: 25,
    make: ({ meetings }, random) => {
      const meeting = random.pick(meetings);
      const before = { venue: random.pick(venues), title: meeting.title };
      const after = random.chance(0.5) ? { venue: random.pick(venues) } : { title: `${meeting.title} (resumed)` };
      return {
        action: 'meeting.updated',
        entityType: 'meeting',
        entityId: meeting.id,
        change: { fields: changedFields(before, after, ['title', 'venue']), version: random.integer(2, 6) },
      };
    },
  },
  {
    weight: 10,
    make: ({ meetings }, random) => {
      const meeting = random.pick(meetings);
      return {
        action: 'meeting.status_changed',
        entityType: 'meeting',
        entityId: meeting.id,
        change: { fields: { status: { before: 'registration_open', after: 'registration_closed' } }, version: random.integer(2, 6) },
      };
    },
  },
  {
    weight: 3,
    make: ({ meetings }, random) => {
      const meeting = random.pick(meetings);
      return {
        action: 'meeting.created',
        entityType: 'meeting',
        entityId: meeting.id,
        change: { fields: recordFields(meeting, meetingFieldNames), version: 1 },
      };
    },
  },
  {
    weight: 20,
    make: ({ sessions }, random) => {
      const session = random.pick(sessions);
      return {
        action: 'session.added',
        entityType: 'meeting',
        entityId: session.meetingId,
        change: { fields: recordFields(session, ['title', 'startsAt', 'endsAt', 'room']), sessionId: session.id },
      };
    },
  },
  {
    weight: 5,
    make: ({ sessions }, random) => {
      const session = random.pick(sessions);
      return {
        action: 'session.removed',
        entityType: 'meeting',
        entityId: session.meetingId,
        change: { fields: recordFields(session, ['title', 'startsAt', 'endsAt', 'room'], 'before'), sessionId: session.id },
      };
    },
  },
  {
    weight: 20,
    make: ({ documents }, random) => {
      const document = random.pick(documents);
      return {
        action: 'document.uploaded',
        entityType: 'document',
        entityId: document.id,
        change: { fields: recordFields(document, ['symbol', 'title', 'language', 'isPublic', 'fileName']) },
      };
    },
  },
  {
    weight: 9,
    make: ({ users }, random) => {
      const user = random.pick(users);
      return {
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        change: { name: user.name, email: user.email, role: user.role, partyId: user.partyId },
      };
    },
  },
  {
    weight: 4,
    make: ({ users }, random) => {
      const user = random.pick(users);
      return {
        action: 'user.role_changed',
        entityType: 'user',
        entityId: user.id,
        change: { from: { role: 'observer', partyId: user.partyId }, to: { role: user.role, partyId: user.partyId } },
      };
    },
  },
  {
    weight: 4,
    make: ({ users }, random) => ({
      action: random.chance(0.5) ? 'user.disabled' : 'user.enabled',
      entityType: 'user',
      entityId: random.pick(users).id,
      change: {},
    }),
  },
];

const totalWeight = kinds.reduce((sum, kind) => sum + kind.weight, 0);

function pickKind(random: Random) {
  let draw = random.next() * totalWeight;
  for (const kind of kinds) {
    draw -= kind.weight;
    if (draw < 0) return kind;
  }
  return kinds[kinds.length - 1]!;
}

/** `count` events in the order they happened between `from` and `until`, as the log's ids are. */
export function* generateAuditEvents(options: { random: Random; count: number; records: Records; from: Date; until: Date }): Generator<GeneratedAuditEvent> {
  const { random, count, records, from, until } = options;
  const span = until.getTime() - from.getTime();
  for (let index = 0; index < count; index += 1) {
    yield {
      ...pickKind(random).make(records, random),
      actorUserId: random.pick(records.staffIds),
      createdAt: new Date(from.getTime() + (span * (index + random.next())) / count),
    };
  }
}
