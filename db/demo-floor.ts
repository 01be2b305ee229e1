import { and, asc, eq } from 'drizzle-orm';
import { floorChange } from '@/lib/floor/audit-change';
import type { Tx } from './client';
import { insertDemoHistory, type DemoEvent } from './demo-history';
import { commemorativeStatementTitle } from './demo-statements';
import { agendaItems, floorRequests, parties, registrations, roomScreens, speakingTimeLimits, statements } from './schema';

/** One delegation on an item's list: its party, when it asked, and when it had the floor (Seoul time). */
type DemoTurn = [partyCode: string, askedAt: string, from: string, to: string];

// Who took the floor at the 26th SOM, item by item, in the order they spoke.
const som26Floor: { item: string; day: string; turns: DemoTurn[] }[] = [
  {
    item: 'Air pollution',
    day: '2023-11-23',
    turns: [
      ['CHN', '10:05', '10:20', '10:26'],
      ['JPN', '10:06', '10:26', '10:31'],
      ['MNG', '10:08', '10:31', '10:35'],
      ['RUS', '10:10', '10:35', '10:40'],
      ['KOR', '10:12', '10:40', '10:44'],
    ],
  },
  {
    item: 'Marine protected areas',
    day: '2023-11-23',
    turns: [
      ['RUS', '14:05', '14:15', '14:21'],
      ['UNEP', '14:06', '14:21', '14:27'],
      ['JPN', '14:09', '14:27', '14:31'],
    ],
  },
  {
    item: 'Commemorative statement on the 30th anniversary of NEASPEC',
    day: '2023-11-24',
    turns: [
      ['CHN', '09:35', '09:45', '09:52'],
      ['RUS', '09:36', '09:52', '09:58'],
      ['JPN', '09:38', '09:58', '10:03'],
      ['MNG', '09:40', '10:03', '10:07'],
    ],
  },
  {
    item: 'New areas of cooperation',
    day: '2023-11-24',
    turns: [
      ['KOR', '14:02', '14:05', '14:12'],
      ['CHN', '14:03', '14:12', '14:18'],
      ['MNG', '14:05', '14:18', '14:22'],
    ],
  },
];

const seoul = (day: string, time: string) => `${day}T${time}:00+09:00`;

/**
 * The 26th SOM's speakers' lists, closed: five minutes a speaker, and each delegation asked, was given
 * the floor by the chair and finished, with the audit events those steps record; once.
 */
export async function insertSom26Floor(tx: Tx, meetingId: string, chairUserId: string): Promise<void> {
  // The chair opened the meeting by asking that statements keep to five minutes.
  const setAt = seoul('2023-11-23', '09:20');
  const [limit] = await tx
    .insert(speakingTimeLimits)
    .values({ meetingId, seconds: 300, setByUserId: chairUserId, setAt: new Date(setAt) })
    .onConflictDoNothing()
    .returning();
  if (limit) {
    await insertDemoHistory(tx, [
      { at: setAt, actorUserId: chairUserId, action: 'floor.speaking_time_set', entityType: 'meeting', entityId: meetingId, change: { fields: { speakingTime: { before: null, after: 5 } } } },
    ]);
  }
  if ((await tx.select({ id: floorRequests.id }).from(floorRequests).where(eq(floorRequests.meetingId, meetingId)).limit(1)).length > 0) return;
  const [items, speakers] = await Promise.all([
    tx.select({ id: agendaItems.id, title: agendaItems.title }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)),
    tx
      .select({ id: registrations.id, name: registrations.name, userId: registrations.userId, partyId: registrations.partyId, role: registrations.delegationRole, code: parties.code })
      .from(registrations)
      .innerJoin(parties, eq(registrations.partyId, parties.id))
      .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'approved')))
      .orderBy(asc(registrations.createdAt), asc(registrations.id)),
  ]);
  // The head speaks for a delegation; one without a head (an organization's) sends its first registered.
  const speakerOf = (code: string) => speakers.find((r) => r.code === code && r.role === 'head') ?? speakers.find((r) => r.code === code);
  const events: DemoEvent[] = [];
  for (const { item: title, day, turns } of som26Floor) {
    const item = items.find((candidate) => candidate.title === title);
    if (!item) continue;
    for (const [code, askedAt, from, to] of turns) {
      const head = speakerOf(code);
      if (!head) continue;
      const [request] = await tx
        .insert(floorRequests)
        .values({
          meetingId,
          agendaItemId: item.id,
          partyId: head.partyId,
          registrationId: head.id,
          status: 'spoke',
          requestedAt: new Date(seoul(day, askedAt)),
          startedAt: new Date(seoul(day, from)),
          endedAt: new Date(seoul(day, to)),
        })
        .returning();
      const step = (at: string, actorUserId: string | null, action: string, status: Parameters<typeof floorChange>[2]): DemoEvent => ({
        at: seoul(day, at),
        actorUserId,
        action,
        entityType: 'meeting',
        entityId: meetingId,
        change: floorChange(request!, head.name, status),
      });
      events.push(
        step(askedAt, head.userId, 'floor.requested', { after: 'waiting' }),
        step(from, chairUserId, 'floor.status_changed', { before: 'waiting', after: 'speaking' }),
        step(to, chairUserId, 'floor.status_changed', { before: 'speaking', after: 'spoke' }),
      );
    }
  }
  await insertDemoHistory(tx, events);
}

/**
 * The 26th SOM's room screen as the meeting left it: the chair put the commemorative statement up for
 * its adoption on the second morning. Once.
 */
export async function insertSom26RoomScreen(tx: Tx, meetingId: string, chairUserId: string): Promise<void> {
  const [statement] = await tx
    .select({ id: statements.id })
    .from(statements)
    .where(and(eq(statements.meetingId, meetingId), eq(statements.title, commemorativeStatementTitle)));
  if (!statement) return;
  const setAt = seoul('2023-11-24', '09:40');
  const [screen] = await tx
    .insert(roomScreens)
    .values({ meetingId, shows: 'statement', statementId: statement.id, setByUserId: chairUserId, setAt: new Date(setAt) })
    .onConflictDoNothing()
    .returning();
  if (!screen) return;
  await insertDemoHistory(tx, [
    {
      at: setAt,
      actorUserId: chairUserId,
      action: 'floor.screen_shown',
      entityType: 'meeting',
      entityId: meetingId,
      change: { fields: { screenShows: { before: 'floor', after: 'statement' }, statementTitle: { after: commemorativeStatementTitle } } },
    },
  ]);
}
