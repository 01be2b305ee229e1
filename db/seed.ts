import { and, eq } from 'drizzle-orm';
import { documentSymbolPrefix } from '@/lib/config';
import { hashPassword } from '@/lib/password';
import { changedFields, recordFields } from '@/lib/changes';
import { meetingFieldNames } from '@/lib/meetings/meeting-values';
import { zonedLocalToInstant } from '@/lib/time-zones';
import { db, type Tx } from './client';
import { hasAgenda, insertSom26Agenda, insertSom26PartyFollowUps } from './demo-agenda';
import { insertSom26Documents } from './demo-documents';
import { insertSom26Evaluation } from './demo-evaluations';
import { insertSom26Floor, insertSom26RoomScreen } from './demo-floor';
import { demoNotices, insertDemoNotices } from './demo-notices';
import { insertSom26Participants } from './demo-participants';
import { insertSom26Report, insertSom26Statement, insertSom27Statement } from './demo-statements';
import { insertDemoHistory, type DemoEvent } from './demo-history';
import { insertDemoProgramme, insertSom27Reviews, linkDemoReviewsToAgenda, programmeAreaSeed } from './demo-programme';
import { documents, meetings, type Meeting, meetingSeries, meetingSessions, parties, programmeAreas, users, type NewParty, type Role } from './schema';

/** The one password of every demo account: printed at start and written in the README. */
export const demoPassword = 'neaspec-demo-2026';

const partySeed: NewParty[] = [
  { code: 'CHN', name: 'China', kind: 'member_state' },
  { code: 'PRK', name: "Democratic People's Republic of Korea", kind: 'member_state' },
  { code: 'JPN', name: 'Japan', kind: 'member_state' },
  { code: 'MNG', name: 'Mongolia', kind: 'member_state' },
  { code: 'KOR', name: 'Republic of Korea', kind: 'member_state' },
  { code: 'RUS', name: 'Russian Federation', kind: 'member_state' },
  { code: 'ESCAP', name: 'United Nations ESCAP', kind: 'organization' },
  { code: 'UNEP', name: 'United Nations Environment Programme', kind: 'organization' },
  { code: 'ADB', name: 'Asian Development Bank', kind: 'organization' },
];

type DemoUser = { email: string; name: string; role: Role; partyCode: string | null; description: string };

export const demoUsers: DemoUser[] = [
  { email: 'secretariat@neaspec.example', name: 'Hana Lim', role: 'secretariat', partyCode: 'ESCAP', description: 'secretariat staff' },
  { email: 'chair@neaspec.example', name: 'Kim Jae-won', role: 'chair', partyCode: 'KOR', description: 'chair of the 26th SOM' },
  { email: 'delegate.kor@neaspec.example', name: 'Park Ji-hoon', role: 'delegate', partyCode: 'KOR', description: 'delegate, Republic of Korea' },
  { email: 'delegate.jpn@neaspec.example', name: 'Sato Haruka', role: 'delegate', partyCode: 'JPN', description: 'delegate, Japan' },
  { email: 'delegate.chn@neaspec.example', name: 'Wang Lei', role: 'delegate', partyCode: 'CHN', description: 'delegate, China' },
  { email: 'delegate.mng@neaspec.example', name: 'Bolormaa Tsend', role: 'delegate', partyCode: 'MNG', description: 'delegate, Mongolia' },
  { email: 'delegate.rus@neaspec.example', name: 'Ivan Petrov', role: 'delegate', partyCode: 'RUS', description: 'delegate, Russian Federation' },
  { email: 'observer@neaspec.example', name: 'Elena Sokolova', role: 'observer', partyCode: 'UNEP', description: 'observer, UNEP' },
];

/** Someone who asked for an account and waits for the secretariat's confirmation (they cannot sign in yet). */
export const demoSignUp = {
  email: 'e.batbayar@neaspec.example',
  name: 'Enkhjargal Batbayar',
  role: 'delegate' as const,
  partyCode: 'MNG',
  position: 'Officer, Ministry of Environment and Tourism',
  at: '2026-11-30T11:40:00+08:00',
};

const meetingSeriesSeed = [
  { code: 'SOM', name: 'Senior Officials Meeting' },
  { code: 'EGM', name: 'Expert Group Meeting' },
];

/**
 * Whether a seed loads the demo as well: always on the embedded database (the two-command quick
 * start), and on a PostgreSQL server only when asked (`--demo`, or SEED_DEMO=1), so a production
 * database never gets accounts whose password is published.
 */
export function isDemoWanted({ env, argv }: { env: Record<string, string | undefined>; argv: readonly string[] }): boolean {
  return !env.DATABASE_URL || argv.includes('--demo') || ['1', 'true'].includes(env.SEED_DEMO ?? '');
}

/** The reference data, and the demo when wanted. Safe to run again. */
export async function seedDatabase({ demo }: { demo: boolean }): Promise<void> {
  await seedReferenceData();
  if (demo) await seedDemoData();
}

/** What every installation needs: the parties and the meeting series. Safe to run again. */
export async function seedReferenceData(): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(parties).values(partySeed).onConflictDoNothing({ target: parties.code });
    await tx.insert(meetingSeries).values(meetingSeriesSeed).onConflictDoNothing({ target: meetingSeries.code });
    await tx.insert(programmeAreas).values(programmeAreaSeed).onConflictDoNothing({ target: programmeAreas.code });
  });
}

/**
 * The demo, on top of the reference data: one account per role with the published password, the 26th
 * SOM (concluded, with its timetable and its papers, public and restricted) and the 27th (planned), each
 * with its history in the audit log, written with the rows it tells of (db/demo-history.ts). Safe to run
 * again: rows that already exist are left as they are. Everything made up for demonstration belongs here, and only here.
 */
export async function seedDemoData(): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const partyIds = new Map((await tx.select().from(parties)).map((p) => [p.code, p.id]));
    await tx
      .insert(users)
      .values(
        demoUsers.map((u) => ({
          email: u.email,
          name: u.name,
          role: u.role,
          partyId: u.partyCode ? (partyIds.get(u.partyCode) ?? null) : null,
          passwordHash,
        })),
      )
      .onConflictDoNothing({ target: users.email });

    await insertDemoSignUp(tx, partyIds.get(demoSignUp.partyCode) ?? null, passwordHash);
    const userIds = new Map((await tx.select({ id: users.id, email: users.email }).from(users)).map((a) => [a.email, a.id]));
    const [som] = await tx.select().from(meetingSeries).where(eq(meetingSeries.code, 'SOM'));
    const [chair] = await tx.select().from(users).where(eq(users.email, 'chair@neaspec.example'));
    if (!som || !chair) throw new Error('seed: series or chair missing (load the reference data first)');
    const created = await tx
      .insert(meetings)
      .values([
        {
          seriesId: som.id,
          number: 26,
          title: 'Twenty-sixth Senior Officials Meeting of NEASPEC',
          startDate: '2023-11-23',
          endDate: '2023-11-24',
          timeZone: 'Asia/Seoul',
          city: 'Seoul',
          hostPartyId: partyIds.get('KOR') ?? null,
          format: 'hybrid',
          chairUserId: chair.id,
          registrationOpensAt: new Date('2023-10-02T09:00:00+09:00'),
          registrationClosesAt: new Date('2023-11-10T18:00:00+09:00'),
          status: 'concluded',
        },
        {
          seriesId: som.id,
          number: 27,
          title: 'Twenty-seventh Senior Officials Meeting of NEASPEC',
          startDate: '2027-03-16',
          endDate: '2027-03-17',
          timeZone: 'Asia/Seoul',
          city: 'Incheon',
          hostPartyId: partyIds.get('KOR') ?? null,
          format: 'hybrid',
          // Korea hosts again, and its senior official chairs again.
          chairUserId: chair.id,
          status: 'planned',
        },
      ])
      .onConflictDoNothing({ target: [meetings.seriesId, meetings.number] })
      .returning();
    const [staff] = await tx.select().from(users).where(eq(users.email, 'secretariat@neaspec.example'));
    await insertDemoHistory(tx, created.flatMap((meeting) => meetingHistory(meeting, staff?.id ?? null)));

    const [som26] = await tx.select().from(meetings).where(and(eq(meetings.seriesId, som.id), eq(meetings.number, 26)));
    if (som26) await insertTimetable(tx, som26, som26Timetable);
    const hasPapers = som26 && (await tx.select({ id: documents.id }).from(documents).where(eq(documents.meetingId, som26.id)).limit(1)).length > 0;
    if (som26 && !hasPapers) {
      await insertSom26Documents(tx, { id: som26.id, seriesCode: som.code, number: som26.number }, staff?.id ?? null);
    }
    if (som26) {
      await insertSom26Participants(tx, som26, {
        parties: partyIds,
        users: userIds,
        secretariatUserId: staff?.id ?? null,
      });
      await insertDemoProgramme(tx, som26, { parties: partyIds, secretariatUserId: staff?.id ?? null, chairUserId: chair.id });
    }
    if (som26 && !(await hasAgenda(tx, som26.id))) {
      await insertSom26Agenda(tx, { id: som26.id, seriesCode: som.code, number: som26.number }, { chairId: chair.id, staffId: staff?.id ?? null }, documentSymbolPrefix);
    }
    if (som26) await linkDemoReviewsToAgenda(tx, som26);
    if (som26) await insertSom26PartyFollowUps(tx, som26.id, partyIds, chair.id);
    if (som26) await insertSom26Floor(tx, som26.id, chair.id);
    if (som26) await insertDemoNotices(tx, som26, demoNotices.som26, staff?.id ?? null);
    if (som26) {
      const texts = { parties: partyIds, users: userIds, staff, chairId: chair.id };
      await insertSom26Statement(tx, { ...som26, seriesCode: som.code }, texts);
      await insertSom26Report(tx, { ...som26, seriesCode: som.code }, texts);
      await insertSom26RoomScreen(tx, som26.id, chair.id);
      await insertSom26Evaluation(tx, som26.id, staff?.id ?? null);
    }
    const [som27] = await tx.select().from(meetings).where(and(eq(meetings.seriesId, som.id), eq(meetings.number, 27)));
    if (som27) await insertTimetable(tx, som27, som27Timetable);
    if (som27) await insertSom27Statement(tx, som27, { parties: partyIds, users: userIds, staff, chairId: chair.id });
    if (som27) await insertSom27Reviews(tx, som27, { parties: partyIds, users: userIds, secretariatUserId: staff?.id ?? null });
    if (som27) await insertDemoNotices(tx, som27, demoNotices.som27, staff?.id ?? null);
  });
}

/** The demo's account waiting for confirmation, with the sign-up the audit log tells of; once. */
async function insertDemoSignUp(tx: Tx, partyId: string | null, passwordHash: string): Promise<void> {
  const { email, name, role, position, at } = demoSignUp;
  const [user] = await tx
    .insert(users)
    .values({ email, name, role, position, partyId, passwordHash, status: 'pending', createdAt: new Date(at) })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!user) return;
  await insertDemoHistory(tx, [
    {
      at,
      actorUserId: null,
      action: 'user.signed_up',
      entityType: 'user',
      entityId: user.id,
      change: { fields: { name: { after: user.name }, email: { after: user.email }, role: { after: user.role }, partyId: { after: partyId }, position: { after: user.position } } },
    },
  ]);
}

type TimetableRow = [title: string, startsAt: string, endsAt: string];

/** A meeting's sittings in the main hall, times in its zone; once, so seeding again adds none. */
async function insertTimetable(tx: Tx, meeting: Meeting, rows: TimetableRow[]): Promise<void> {
  if ((await tx.select({ id: meetingSessions.id }).from(meetingSessions).where(eq(meetingSessions.meetingId, meeting.id)).limit(1)).length > 0) return;
  const at = (local: string) => zonedLocalToInstant(local, meeting.timeZone);
  await tx
    .insert(meetingSessions)
    .values(rows.map(([title, starts, ends]) => ({ meetingId: meeting.id, title, room: 'Main hall', startsAt: at(starts), endsAt: at(ends) })));
}

const som26Timetable: TimetableRow[] = [
  ['Opening session', '2023-11-23T09:30', '2023-11-23T10:00'],
  ['Review of programme areas: air pollution; nature conservation and biodiversity', '2023-11-23T10:00', '2023-11-23T12:30'],
  ['Project reviews: marine protected areas; low-carbon cities; desertification and land degradation', '2023-11-23T14:00', '2023-11-23T17:30'],
  ['Commemorative statement on the 30th anniversary of NEASPEC', '2023-11-24T09:30', '2023-11-24T12:00'],
  ['Adoption of the report and closing', '2023-11-24T14:00', '2023-11-24T15:30'],
];

// The 27th's provisional timetable, as planning it from the 26th laid it out.
const som27Timetable: TimetableRow[] = [
  ['Opening session', '2027-03-16T09:30', '2027-03-16T10:00'],
  ['Review of programme areas and projects', '2027-03-16T10:00', '2027-03-16T17:30'],
  ['Work plan and resources for 2027-2028', '2027-03-17T09:30', '2027-03-17T12:00'],
  ['Adoption of the report and closing', '2027-03-17T14:00', '2027-03-17T15:30'],
];

// When the secretariat planned each demo meeting and moved it along, as the audit log tells it.
const meetingSteps: Record<number, { createdAt: string; statuses: [status: Meeting['status'], at: string][] }> = {
  26: {
    createdAt: '2023-08-21T10:00:00+09:00',
    statuses: [
      ['registration_open', '2023-10-02T09:00:00+09:00'],
      ['registration_closed', '2023-11-10T18:00:00+09:00'],
      ['in_session', '2023-11-23T09:15:00+09:00'],
      ['concluded', '2023-11-24T16:30:00+09:00'],
    ],
  },
  27: { createdAt: '2026-10-26T10:00:00+09:00', statuses: [] },
};

function meetingHistory(meeting: Meeting, staffId: string | null): DemoEvent[] {
  const steps = meetingSteps[meeting.number];
  if (!steps) return [];
  const event = { actorUserId: staffId, entityType: 'meeting', entityId: meeting.id };
  const before = (index: number) => (index === 0 ? 'planned' : steps.statuses[index - 1]![0]);
  return [
    { ...event, at: steps.createdAt, action: 'meeting.created', change: { fields: recordFields(meeting, meetingFieldNames) } },
    ...steps.statuses.map(([status, at], index) => ({
      ...event,
      at,
      action: 'meeting.status_changed',
      change: { fields: changedFields({ status: before(index) }, { status }, ['status']) },
    })),
  ];
}
