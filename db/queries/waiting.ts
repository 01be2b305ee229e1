import 'server-only';
import { and, asc, eq, gt, gte, isNull, lte, notExists, or, sql, type SQL } from 'drizzle-orm';
import { unionAll, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import { meetings, projectReviews, projects, registrations, reviewComments, statements, type MeetingStatus, type StatementStatus } from '../schema';

/** Which of the reads a delegate's party lets them act on. */
export type WaitingReads = { registrations: boolean; statements: boolean; reviews: boolean };

type WaitingRow = {
  kind: 'register' | 'statement' | 'review';
  id: string;
  meetingId: string;
  meetingTitle: string;
  timeZone: string;
  status: string;
  subject: string | null;
  projectId: string | null;
  projectCode: string | null;
  opensAt: Date | string | null;
  deadline: Date | string | null;
  deadlineDay: string | null;
};

/**
 * What may wait for a delegate at `now`, in one statement (the home page's budget): meetings open for
 * registration that the user has not registered for (in any status: a cancelled or rejected
 * registration was their choice or the secretariat's); texts circulated for amendments or under a
 * silence procedure, before their deadline; undecided reviews their party has not commented on, whose
 * deadline day has not passed somewhere (the caller checks it in the meeting's zone). Each part is
 * limited on its own, soonest first, so old items never crowd out live ones.
 */
export async function listWaiting(
  args: { userId: string; partyId: string; now: Date; today: string; reads: WaitingReads },
  ex: Executor = db,
) {
  const { userId, partyId, now, today, reads } = args;
  const parts = [];
  if (reads.registrations) {
    parts.push(
      ex
        .select(
          waitingFields({
            kind: sql`'register'`,
            id: meetings.id,
            meeting: meetings,
            status: meetings.status,
            opensAt: meetings.registrationOpensAt,
            deadline: meetings.registrationClosesAt,
          }),
        )
        .from(meetings)
        .leftJoin(registrations, and(eq(registrations.meetingId, meetings.id), eq(registrations.userId, userId)))
        .where(
          and(
            eq(meetings.status, 'registration_open'),
            or(isNull(meetings.registrationOpensAt), lte(meetings.registrationOpensAt, now)),
            or(isNull(meetings.registrationClosesAt), gt(meetings.registrationClosesAt, now)),
            isNull(registrations.id),
          ),
        )
        .orderBy(asc(meetings.startDate), asc(meetings.id))
        .limit(20),
    );
  }
  if (reads.statements) {
    const deadline = sql`coalesce(${statements.commentDeadline}, ${statements.silenceDeadline})`;
    parts.push(
      ex
        .select(waitingFields({ kind: sql`'statement'`, id: statements.id, meeting: meetings, status: statements.status, subject: statements.title, deadline }))
        .from(statements)
        .innerJoin(meetings, eq(statements.meetingId, meetings.id))
        .where(
          // Each through its partial index: the circulated texts' deadlines, the silence procedures'.
          or(
            and(eq(statements.status, 'circulated'), gt(statements.commentDeadline, now)),
            and(eq(statements.status, 'silence_procedure'), gt(statements.silenceDeadline, now)),
          ),
        )
        .orderBy(asc(deadline), asc(statements.id))
        .limit(50),
    );
  }
  if (reads.reviews) {
    parts.push(
      ex
        .select(
          waitingFields({
            kind: sql`'review'`,
            id: projectReviews.id,
            meeting: meetings,
            status: sql`'undecided'`,
            subject: projects.title,
            projectId: projects.id,
            projectCode: projects.code,
            deadlineDay: projectReviews.commentDeadline,
          }),
        )
        .from(projectReviews)
        .innerJoin(projects, eq(projectReviews.projectId, projects.id))
        .innerJoin(meetings, eq(projectReviews.meetingId, meetings.id))
        .where(
          and(
            isNull(projectReviews.decidedAt),
            // A day's margin: the deadline is a day in the meeting's zone, which may be behind UTC.
            gte(projectReviews.commentDeadline, sql`(${today}::date - 1)`),
            notExists(
              ex
                .select({ one: sql`1` })
                .from(reviewComments)
                .where(and(eq(reviewComments.reviewId, projectReviews.id), eq(reviewComments.partyId, partyId))),
            ),
          ),
        )
        .orderBy(asc(projectReviews.commentDeadline), asc(projects.code))
        .limit(50),
    );
  }
  const [first, second, ...rest] = parts;
  if (!first) return { meetings: [], statements: [], reviews: [] };
  // The parts select the same columns (waitingFields) from different joins, which drizzle's types
  // tell apart though SQL does not: the union is typed by its rows.
  const rows = (second ? await unionAll(first as never, second as never, ...(rest as never[])) : await first) as WaitingRow[];
  return splitWaiting(rows);
}

type Expression = SQL | AnyPgColumn;

/**
 * One row shape for every part of the read, each column cast to the same type in each (what a part
 * lacks is null), so the parts can be one UNION ALL. Values come back as the driver gives them.
 */
function waitingFields(parts: {
  kind: SQL;
  id: AnyPgColumn;
  meeting: typeof meetings;
  status: Expression;
  subject?: Expression;
  projectId?: AnyPgColumn;
  projectCode?: AnyPgColumn;
  opensAt?: Expression;
  deadline?: Expression;
  deadlineDay?: AnyPgColumn;
}) {
  const as = <T>(expression: Expression | undefined, type: string, name: string) =>
    (expression ? sql<T>`(${expression})::${sql.raw(type)}` : sql<T>`null::${sql.raw(type)}`).as(name);
  return {
    kind: as<WaitingRow['kind']>(parts.kind, 'text', 'kind'),
    id: as<string>(parts.id, 'uuid', 'id'),
    meetingId: as<string>(parts.meeting.id, 'uuid', 'meeting_id'),
    meetingTitle: as<string>(parts.meeting.title, 'text', 'meeting_title'),
    timeZone: as<string>(parts.meeting.timeZone, 'text', 'time_zone'),
    status: as<string>(parts.status, 'text', 'status'),
    subject: as<string | null>(parts.subject, 'text', 'subject'),
    projectId: as<string | null>(parts.projectId, 'uuid', 'project_id'),
    projectCode: as<string | null>(parts.projectCode, 'text', 'project_code'),
    opensAt: as<Date | string | null>(parts.opensAt, 'timestamptz', 'opens_at'),
    deadline: as<Date | string | null>(parts.deadline, 'timestamptz', 'deadline'),
    deadlineDay: as<string | null>(parts.deadlineDay, 'text', 'deadline_day'),
  };
}

/** The one read's rows back in the shapes each part has. */
function splitWaiting(rows: WaitingRow[]) {
  const at = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    meetings: rows
      .filter((row) => row.kind === 'register')
      .map((row) => ({
        id: row.id,
        title: row.meetingTitle,
        status: row.status as MeetingStatus,
        timeZone: row.timeZone,
        registrationOpensAt: at(row.opensAt),
        registrationClosesAt: at(row.deadline),
      })),
    statements: rows
      .filter((row) => row.kind === 'statement')
      .map((row) => ({
        id: row.id,
        title: row.subject ?? '',
        status: row.status as StatementStatus,
        commentDeadline: row.status === 'circulated' ? at(row.deadline) : null,
        silenceDeadline: row.status === 'silence_procedure' ? at(row.deadline) : null,
        meetingId: row.meetingId,
        meetingTitle: row.meetingTitle,
        meetingTimeZone: row.timeZone,
      })),
    reviews: rows
      .filter((row) => row.kind === 'review')
      .map((row) => ({
        id: row.id,
        commentDeadline: row.deadlineDay ?? '',
        decidedAt: null,
        projectId: row.projectId ?? '',
        projectCode: row.projectCode ?? '',
        projectTitle: row.subject ?? '',
        meetingTitle: row.meetingTitle,
        meetingTimeZone: row.timeZone,
      })),
  };
}
