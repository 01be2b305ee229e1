import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { renderPaper } from '@/db/demo-documents';
import * as schema from '@/db/schema';
import {
  agendaItems,
  agendas,
  auditEvents,
  floorRequests,
  speakingTimeLimits,
  evaluationResponses,
  evaluationSubmissions,
  meetingEvaluations,
  followUps,
  checkIns,
  delegations,
  documents,
  meetingNotices,
  meetings,
  meetingSeries,
  meetingSessions,
  parties as partiesTable,
  programmeAreas,
  contributions,
  projectPartners,
  projectReviews,
  projects,
  registrations,
  users,
  type Role,
} from '@/db/schema';
import { hashPassword } from '@/lib/password';
import { addDays } from '@/lib/time-zones';
import { generateAgenda } from './agenda';
import { generateAuditEvents } from './audit-events';
import { copyInto } from './copy';
import { generateEvaluations } from './evaluations';
import { generateFloorRequests, generateSpeakingTimeLimits } from './floor';
import { generateNotices } from './notices';
import { generateMeeting, paperCountFor, type GeneratedDocument, type GeneratedMeeting, type GeneratedSession, type MeetingSlot } from './meetings';
import { generateProgramme } from './programme';
import { seededRandom } from './random';
import { generateStatements } from './statements';
import { generateParticipation, type GeneratedCheckIn, type GeneratedDelegation, type GeneratedRegistration } from './registrations';
import { generateUsers } from './users';

/** One unit of scale is NEASPEC today: a few dozen meetings, a few hundred accounts, years of audit log. */
export const perScale = { users: 300, meetings: 30, auditEvents: 10_000, registrations: 4_000, projects: 30 } as const;

export type RowCounts = {
  users: number;
  meetings: number;
  sessions: number;
  documents: number;
  auditEvents: number;
  registrations: number;
  agendaItems: number;
  notices: number;
  floorRequests: number;
  evaluationResponses: number;
  projects: number;
  statements: number;
  statementRevisions: number;
  statementAmendments: number;
  statementComments: number;
};

export type GeneratedData = {
  rows: RowCounts;
  /** A concluded SOM with the usual five sessions and five papers: the meeting whose pages are measured. */
  featuredMeetingId: string;
  /** The featured meeting's adopted and published statement, with its 20 revisions and 50 amendments. */
  featuredStatementId: string;
  /** The upcoming meeting's first statement, circulated, with its 50 amendments: 13 accepted, waiting to be merged, 12 to decide. */
  negotiatedStatementId: string;
  /** An upcoming meeting that takes uploads and whose registration is open: the write bursts' target. */
  burstMeetingId: string;
  /** The member state whose delegation the registration burst fills. */
  burstPartyId: string;
  seconds: number;
};

// The Senior Officials Meeting is yearly (the 26th was in 2023), whatever the scale: other series
// grow with it, topic by topic.
const somNumbers = Array.from({ length: 25 }, (_, i) => i + 1);
const featuredSomNumber = 25;
const noticesOfFeaturedMeeting = 45;
const seriesKinds = [
  ['EGM', 'Expert Group Meeting'],
  ['WG', 'Working Group'],
  ['TW', 'Technical Workshop'],
  ['PF', 'Partnership Forum'],
] as const;
const topics = [
  ['AIR', 'Air Pollution'],
  ['NCB', 'Nature Conservation and Biodiversity'],
  ['MPA', 'Marine Protected Areas'],
  ['LCC', 'Low-Carbon Cities'],
  ['DLD', 'Desertification and Land Degradation'],
  ['CLM', 'Climate Action'],
] as const;
const firstYearOfOtherSeries = '1995-03-01';
const otherSeriesSpanDays = 11_800; // to about mid-2027
const upcomingStart = '2027-04-05';

function otherSeriesCount(scale: number): number {
  return Math.max(1, Math.round(scale / 5));
}

/**
 * Fills a migrated, demo-seeded database with `scale` times NEASPEC's data, in bulk (COPY), then
 * vacuums and analyzes it as a database in service would be. A scale always gets the same shapes
 * and counts (a seeded random source; only the ids differ).
 */
export async function generateData(databaseUrl: string, scale: number): Promise<GeneratedData> {
  const started = performance.now();
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const db = drizzle({ client: sql, schema, casing: 'snake_case' });
  try {
    const random = seededRandom(scale * 7919);
    const now = new Date();
    const parties = await db.select({ id: partiesTable.id, code: partiesTable.code, kind: partiesTable.kind }).from(partiesTable);
    const seeded = await db.select({ id: users.id, role: users.role }).from(users);
    const seededMeetings = await db.select({ seriesId: meetings.seriesId, number: meetings.number }).from(meetings);

    // Accounts first: meetings name their chairs, documents and events their staff.
    const passwordHash = await hashPassword(`bench-${scale}-not-a-demo-password`);
    const generatedUsers = [
      ...generateUsers({ random, count: perScale.users * scale - seeded.length, parties, passwordHash, from: new Date('2010-01-01'), until: now }),
    ];
    await copyInto(sql, users, ['id', 'email', 'name', 'passwordHash', 'role', 'partyId', 'isDisabled', 'createdAt', 'updatedAt'], generatedUsers);
    const idsOf = (role: Role) => [...seeded, ...generatedUsers].filter((u) => u.role === role).map((u) => u.id);
    const staffIds = idsOf('secretariat');
    const chairIds = idsOf('chair');

    const series = await db.select().from(meetingSeries);
    const som = series.find((s) => s.code === 'SOM');
    const egm = series.find((s) => s.code === 'EGM');
    if (!som || !egm) throw new Error('the demo seed has no SOM or EGM series');
    const extraSeries = seriesKinds
      .flatMap(([kindCode, kindName]) => topics.map(([topicCode, topic]) => ({ code: `${kindCode}-${topicCode}`, name: `${kindName} on ${topic}` })))
      .slice(0, otherSeriesCount(scale) - 1);
    const otherSeries = [egm, ...(extraSeries.length > 0 ? await db.insert(meetingSeries).values(extraSeries).returning() : [])];

    const taken = new Set(seededMeetings.map((m) => `${m.seriesId}:${m.number}`));
    const slots: MeetingSlot[] = somNumbers
      .filter((number) => !taken.has(`${som.id}:${number}`))
      .map((number) => ({ series: som, number, startDate: `${1997 + number}-11-${String(10 + (number % 15)).padStart(2, '0')}` }));
    const otherTotal = perScale.meetings * scale - seededMeetings.length - slots.length;
    otherSeries.forEach((s, index) => {
      const count = Math.floor(otherTotal / otherSeries.length) + (index < otherTotal % otherSeries.length ? 1 : 0);
      for (let number = 1; number <= count; number += 1) {
        // Spread over the years; each series' latest meeting is still to come, so it takes uploads.
        const startDate =
          number === count
            ? addDays(upcomingStart, index * 7)
            : addDays(firstYearOfOtherSeries, Math.floor(((number - 1 + random.next()) / count) * otherSeriesSpanDays));
        slots.push({ series: s, number, startDate });
      }
    });

    const burstSlot = slots.findLast((slot) => slot.series.id === egm.id);
    const context = { random, parties, chairIds, staffIds, now, pdf: Buffer.from(await renderPaper('ESCAP/NEASPEC/BENCH/1', 'Benchmark paper', ['A small PDF, as uploads are.'])) };
    const generatedMeetings: GeneratedMeeting[] = [];
    const generatedSessions: GeneratedSession[] = [];
    const generatedDocuments: GeneratedDocument[] = [];
    const generatedDelegations: GeneratedDelegation[] = [];
    const generatedRegistrations: GeneratedRegistration[] = [];
    const generatedCheckIns: GeneratedCheckIn[] = [];
    // About 130 registrations per meeting on average (400,000 at 100x): a featured SOM has the 40 or
    // so people a Senior Officials Meeting has, the others share the rest.
    const registrationsPerMeeting = Math.round((perScale.registrations * scale) / slots.length);
    let featuredMeetingId = '';
    let burstMeetingId = '';
    for (const slot of slots) {
      const isFeatured = slot.series.id === som.id && slot.number === featuredSomNumber;
      const { meeting, sessions, documents } = generateMeeting(slot, context, isFeatured ? 5 : paperCountFor(random));
      if (isFeatured) featuredMeetingId = meeting.id;
      if (slot === burstSlot) burstMeetingId = meeting.id;
      generatedMeetings.push(meeting);
      generatedSessions.push(...sessions);
      generatedDocuments.push(...documents);
      const participation = generateParticipation(meeting, isFeatured ? 40 : registrationsPerMeeting, { random, parties });
      generatedDelegations.push(...participation.delegations);
      generatedRegistrations.push(...participation.registrations);
      generatedCheckIns.push(...participation.checkIns);
    }
    if (!featuredMeetingId || !burstMeetingId) throw new Error('the generated data has no featured or burst meeting');
    await copyInto(
      sql,
      meetings,
      ['id', 'seriesId', 'number', 'title', 'startDate', 'endDate', 'timeZone', 'city', 'hostPartyId', 'venue', 'format', 'chairUserId',
        'registrationOpensAt', 'registrationClosesAt', 'description', 'status', 'cancellationReason', 'version', 'createdAt', 'updatedAt'],
      generatedMeetings,
    );
    await copyInto(sql, meetingSessions, ['id', 'meetingId', 'title', 'startsAt', 'endsAt', 'room'], generatedSessions);
    await copyInto(
      sql,
      documents,
      ['id', 'meetingId', 'kind', 'sequence', 'variant', 'variantNumber', 'parentId', 'symbol', 'title', 'language', 'isPublic', 'fileName',
        'contentType', 'byteSize', 'content', 'uploadedByUserId', 'createdAt', 'withdrawnAt', 'withdrawalReason'],
      generatedDocuments,
    );
    await copyInto(sql, delegations, ['id', 'meetingId', 'partyId', 'credentialsStatus', 'createdAt', 'updatedAt'], generatedDelegations);
    await copyInto(
      sql,
      registrations,
      ['id', 'meetingId', 'delegationId', 'partyId', 'name', 'email', 'delegationRole', 'honorific', 'position', 'organization',
        'participation', 'arrivalDate', 'departureDate', 'isListedPublicly', 'status', 'decisionReason', 'decidedAt', 'createdAt', 'updatedAt'],
      generatedRegistrations,
    );
    await copyInto(sql, checkIns, ['registrationId', 'day'], generatedCheckIns);
    // Agendas: twenty items a meeting (60,000 at 100x), adopted with outcomes once the meeting has met.
    // A random source of its own, so the rest of the data is the same with or without it.
    const agendaRandom = seededRandom(scale * 15_485_863);
    const generatedAgendas = generatedMeetings.filter((m) => m.status !== 'cancelled').map((m) => generateAgenda(m, { random: agendaRandom, parties }));
    await copyInto(sql, agendas, ['meetingId', 'status', 'adoptedAt', 'version', 'updatedAt'], generatedAgendas.map((a) => a.agenda));
    await copyInto(sql, agendaItems, ['id', 'meetingId', 'parentId', 'position', 'title', 'annotation', 'kind', 'isRecurring', 'status', 'outcome', 'createdAt'],
      generatedAgendas.flatMap((a) => a.items));
    await copyInto(sql, followUps, ['meetingId', 'agendaItemId', 'description', 'ownerPartyId', 'dueDate', 'dueByNextMeeting', 'status', 'createdAt', 'updatedAt'],
      generatedAgendas.flatMap((a) => a.followUps));
    // Speakers' lists: up to six delegations took the floor on each item of a meeting that has met
    // (about 2.5 an item: some 135,000 requests at 100x). A random source of its own, as above.
    await copyInto(
      sql,
      floorRequests,
      ['meetingId', 'agendaItemId', 'partyId', 'registrationId', 'status', 'requestedAt', 'startedAt', 'endedAt'],
      generateFloorRequests({
        random: seededRandom(scale * 49_979_687),
        meetings: generatedMeetings,
        items: generatedAgendas.flatMap((a) => a.items),
        registrations: generatedRegistrations,
      }),
    );
    await copyInto(sql, speakingTimeLimits, ['meetingId', 'seconds', 'setByUserId', 'setAt'], generateSpeakingTimeLimits(generatedMeetings));
    // Evaluations: every concluded meeting's, answered by about a third of its approved participants
    // (some 130,000 answers at 100x, anonymous, beside as many submissions). A random source of its own, as above.
    const evaluations = generateEvaluations({ random: seededRandom(scale * 67_867_967), meetings: generatedMeetings, registrations: generatedRegistrations });
    await copyInto(sql, meetingEvaluations, ['meetingId', 'openedAt', 'closesAt', 'openedByUserId'], evaluations.windows);
    await copyInto(sql, evaluationSubmissions, ['registrationId', 'meetingId'], evaluations.submissions);
    await copyInto(sql, evaluationResponses, ['meetingId', 'objectives', 'relevance', 'documents', 'organization', 'overall', 'mostUseful', 'improvements'], evaluations.responses);
    // Notices to the participants: one to five a meeting whose registration has opened (134 at 1x,
    // 8,770 at 100x), 45 of them the featured meeting's at both scales: three pages of 20.
    // A random source of its own, so the rest of the data is the same with or without it.
    const noticeRandom = seededRandom(scale * 32_452_843);
    await copyInto(
      sql,
      meetingNotices,
      ['id', 'meetingId', 'audience', 'subject', 'body', 'recipientCount', 'sentByUserId', 'sentAt'],
      generateNotices({
        random: noticeRandom,
        meetings: generatedMeetings,
        registrations: generatedRegistrations,
        staffIds,
        now,
        countFor: (meeting) => (meeting.id === featuredMeetingId ? noticesOfFeaturedMeeting : noticeRandom.integer(1, 5)),
      }),
    );
    // The programme: 30 projects per unit (3,000 at 100x), reviewed at concluded meetings, with contributions.
    // A random source of its own, so the rest of the data is the same with or without it.
    const areaIds = (await db.select({ id: programmeAreas.id }).from(programmeAreas)).map((a) => a.id);
    const programme = generateProgramme({ random: seededRandom(scale * 104_729), count: perScale.projects * scale, areaIds, parties, meetings: generatedMeetings, staffIds });
    await copyInto(sql, projects, ['id', 'code', 'title', 'areaId', 'leadPartyId', 'implementingPartners', 'startDate', 'endDate', 'budgetAmount',
      'budgetCurrency', 'fundingSource', 'status', 'summary', 'expectedOutputs', 'createdAt', 'updatedAt'], programme.projects);
    await copyInto(sql, projectPartners, ['projectId', 'partyId'], programme.partners);
    await copyInto(sql, projectReviews, ['id', 'projectId', 'meetingId', 'progressSummary', 'rating', 'recommendation', 'commentDeadline', 'decision',
      'decidedByUserId', 'decidedAt', 'preparedByUserId', 'createdAt'], programme.reviews);
    await copyInto(sql, contributions, ['id', 'partyId', 'year', 'kind', 'amount', 'currency', 'date', 'projectId', 'note', 'recordedByUserId',
      'createdAt'], programme.contributions);
    const { featuredStatementId, negotiatedStatementId } = await generateStatements(sql, scale, { featuredMeetingId, upcomingMeetingId: burstMeetingId });
    // The bursts' meeting takes registrations now, as one does in the weeks before its deadline.
    await sql`update meetings set status = 'registration_open', registration_opens_at = now() - interval '30 days' where id = ${burstMeetingId}`;
    const burstPartyId = parties.find((p) => p.code === 'MNG')?.id;
    if (!burstPartyId) throw new Error('the reference data has no Mongolia');
    const eventCount = await copyInto(
      sql,
      auditEvents,
      ['actorUserId', 'action', 'entityType', 'entityId', 'change', 'createdAt'],
      generateAuditEvents({
        random,
        count: perScale.auditEvents * scale,
        records: { meetings: generatedMeetings, sessions: generatedSessions, documents: generatedDocuments, users: generatedUsers, staffIds },
        from: new Date('2010-01-01'),
        until: new Date(now.getTime() - 3_600_000),
      }),
    );
    // What autovacuum does for a database in service: statistics for the planner, and a visibility
    // map for index-only scans.
    await sql`vacuum analyze`;
    // And write what the generation dirtied now, rather than have the checkpointer do it in the background
    // while pages are timed. Only a superuser or pg_checkpoint may; elsewhere the timing starts without it.
    await sql`checkpoint`.catch((error: { code?: string }) => {
      if (error.code !== '42501') throw error;
    });

    const [counts] = await sql<RowCounts[]>`
      select (select count(*)::int from users) as users, (select count(*)::int from meetings) as meetings,
             (select count(*)::int from meeting_sessions) as sessions, (select count(*)::int from documents) as documents,
             (select count(*)::int from registrations) as registrations, (select count(*)::int from agenda_items) as "agendaItems",
             (select count(*)::int from meeting_notices) as notices, (select count(*)::int from floor_requests) as "floorRequests",
             (select count(*)::int from evaluation_responses) as "evaluationResponses",
             (select count(*)::int from projects) as projects, (select count(*)::int from statements) as statements,
             (select count(*)::int from statement_revisions) as "statementRevisions",
             (select count(*)::int from statement_amendments) as "statementAmendments",
             (select count(*)::int from statement_comments) as "statementComments", ${eventCount}::int as "auditEvents"`;
    return { rows: counts!, featuredMeetingId, featuredStatementId, negotiatedStatementId, burstMeetingId, burstPartyId, seconds: (performance.now() - started) / 1000 };
  } finally {
    await sql.end();
  }
}
