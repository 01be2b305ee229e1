import 'server-only';
import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, ne, notExists, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias, unionAll, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import {
  delegations,
  followUps,
  meetings,
  projectReviews,
  projects,
  registrations,
  reviewComments,
  statementAmendments,
  statements,
  users,
  type MeetingStatus,
  type StatementStatus,
} from '../schema';

/** A meeting still to come or under way: what waits at it can still be done. */
const toComeOrUnderWay = notInArray(meetings.status, ['concluded', 'cancelled']);

/** Which of the reads a delegate's party lets them act on. */
type WaitingReads = { registrations: boolean; credentials: boolean; members: boolean; statements: boolean; reviews: boolean; followUps: boolean };

type WaitingRow = {
  kind: 'register' | 'credentials' | 'members' | 'statement' | 'review' | 'followUp';
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
  count: number | null;
};

/**
 * What may wait for a delegate at `now`, in one statement (the home page's budget): meetings open for
 * registration that the user has not registered for (in any status: a cancelled or rejected
 * registration was their choice or the secretariat's); of the delegations the user heads at meetings
 * to come or under way, the credentials letters still to send or to correct and the members not yet
 * confirmed, counted; texts circulated for amendments or under a
 * silence procedure, before their deadline; undecided reviews their party has not commented on, whose
 * deadline day has not passed somewhere (the caller checks it in the meeting's zone); open follow-ups
 * their party owns. Each part is the `perPart` soonest, so that the soonest of all are among them.
 */
export async function listWaiting(
  args: { userId: string; partyId: string; now: Date; today: string; reads: WaitingReads; perPart: number },
  ex: Executor = db,
) {
  const { userId, partyId, now, today, reads, perPart } = args;
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
        .orderBy(sql`${meetings.registrationClosesAt} asc nulls last`, asc(meetings.startDate), asc(meetings.id))
        .limit(perPart),
    );
  }
  // The delegations the user heads (as a registration still taking part), at meetings to come or under way.
  const head = alias(registrations, 'head');
  const headed = and(eq(head.userId, userId), eq(head.delegationRole, 'head'), inArray(head.status, ['pending', 'approved']), toComeOrUnderWay);
  if (reads.credentials) {
    // Those whose letter is still to send or to correct.
    parts.push(
      ex
        .select(
          waitingFields({
            kind: sql`'credentials'`,
            id: delegations.id,
            meeting: meetings,
            status: delegations.credentialsStatus,
            subject: delegations.credentialsNote,
            deadlineDay: meetings.startDate,
          }),
        )
        .from(head)
        .innerJoin(delegations, eq(head.delegationId, delegations.id))
        .innerJoin(meetings, eq(delegations.meetingId, meetings.id))
        .where(and(headed, inArray(delegations.credentialsStatus, ['pending', 'correction_requested'])))
        .orderBy(asc(meetings.startDate), asc(meetings.id))
        .limit(perPart),
    );
  }
  if (reads.members) {
    // Those with members the head has not confirmed, counted.
    parts.push(
      ex
        .select(
          waitingFields({
            kind: sql`'members'`,
            id: delegations.id,
            meeting: meetings,
            status: sql`'unconfirmed'`,
            deadlineDay: meetings.startDate,
            count: sql`count(*)`,
          }),
        )
        .from(head)
        .innerJoin(delegations, eq(head.delegationId, delegations.id))
        .innerJoin(meetings, eq(delegations.meetingId, meetings.id))
        .innerJoin(
          registrations,
          and(
            eq(registrations.delegationId, delegations.id),
            ne(registrations.delegationRole, 'head'),
            inArray(registrations.status, ['pending', 'approved']),
            isNull(registrations.confirmedByHeadAt),
          ),
        )
        .where(headed)
        .groupBy(delegations.id, meetings.id)
        .orderBy(asc(meetings.startDate), asc(meetings.id))
        .limit(perPart),
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
        .limit(perPart),
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
        .limit(perPart),
    );
  }
  if (reads.followUps) {
    parts.push(
      ex
        .select(
          waitingFields({
            kind: sql`'followUp'`,
            id: followUps.id,
            meeting: meetings,
            status: followUps.status,
            subject: followUps.description,
            deadlineDay: followUps.dueDate,
          }),
        )
        .from(followUps)
        .innerJoin(meetings, eq(followUps.meetingId, meetings.id))
        .where(and(eq(followUps.ownerPartyId, partyId), eq(followUps.status, 'open')))
        .orderBy(sql`${followUps.dueDate} asc nulls last`, asc(followUps.createdAt), asc(followUps.id))
        .limit(perPart),
    );
  }
  return splitWaiting(await allRowsOf<WaitingRow>(parts));
}

/**
 * Runs the parts as one UNION ALL (a single part alone). They select the same columns (waitingFields,
 * queueFields) from different joins, which drizzle's types tell apart though SQL does not: the union
 * is typed by its rows.
 */
async function allRowsOf<Row>(parts: unknown[]): Promise<Row[]> {
  const [first, second, ...rest] = parts as never[];
  if (!first) return [];
  return (second ? await unionAll(first, second, ...rest) : await first) as Row[];
}

type Expression = SQL | AnyPgColumn;

/** A column every part of a union has, of one type in each: null where a part has no value for it. */
function as<T>(expression: Expression | undefined, type: string, name: string) {
  return (expression ? sql<T>`(${expression})::${sql.raw(type)}` : sql<T>`null::${sql.raw(type)}`).as(name);
}

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
  count?: SQL;
}) {
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
    count: as<number | null>(parts.count, 'int', 'count'),
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
    credentials: rows
      .filter((row) => row.kind === 'credentials')
      .map((row) => ({
        delegationId: row.id,
        status: row.status as 'pending' | 'correction_requested',
        note: row.subject,
        meetingId: row.meetingId,
        meetingTitle: row.meetingTitle,
        meetingTimeZone: row.timeZone,
        meetingStartDate: row.deadlineDay ?? '',
      })),
    members: rows
      .filter((row) => row.kind === 'members')
      .map((row) => ({
        delegationId: row.id,
        count: Number(row.count),
        meetingId: row.meetingId,
        meetingTitle: row.meetingTitle,
        meetingTimeZone: row.timeZone,
        meetingStartDate: row.deadlineDay ?? '',
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
    followUps: rows
      .filter((row) => row.kind === 'followUp')
      .map((row) => ({ id: row.id, description: row.subject ?? '', dueDate: row.deadlineDay, meetingId: row.meetingId, meetingTitle: row.meetingTitle })),
  };
}

/** Whose meetings a queue spans for the reader: every meeting's, only those they chair, or none. */
export type Reach = 'every' | 'chaired' | null;

/** Which queues the staff member or chair answers for. */
type QueueReads = {
  registrations: boolean;
  signUps: boolean;
  credentials: boolean;
  amendments: Reach;
  /** Texts whose accepted amendments wait to be merged into a revision. */
  revisions: boolean;
  /** Texts to finalize once comments closed and nothing waits, and final texts to adopt. */
  adoption: Reach;
  /** Adopted texts to publish. */
  publication: boolean;
  /** Follow-ups past their due day, whoever owns them. */
  followUps: boolean;
};

/** A queue, counted: by meeting, by text; accounts asked for belong to no meeting. */
export type QueueCount = Omit<QueueRow, 'deadline'> & { deadline: Date | null };

type QueueRow = {
  kind: 'registrations' | 'signUps' | 'credentials' | 'amendments' | 'revisions' | 'finalize' | 'adopt' | 'publish' | 'followUps';
  meetingId: string | null;
  meetingTitle: string | null;
  timeZone: string | null;
  statementId: string | null;
  subject: string | null;
  count: number;
  deadline: Date | string | null;
  /** The day the deadline ends, in the meeting's zone, where it is a whole day. */
  deadlineDay: string | null;
};

/**
 * What waits in the secretariat's and chairs' queues at `now`, counted, in one statement:
 * registrations to decide and credentials letters to review, by meeting still to come or under way;
 * accounts asked for and not yet confirmed; by text of such a meeting, proposed amendments to decide,
 * accepted ones to merge into a revision once comments closed, a text to finalize once comments
 * closed and nothing waits, a final text to adopt; an adopted text to publish; follow-ups still open
 * after their due day (`today`, in the office's zone). A chaired reach is the meetings `chairUserId`
 * chairs. Each through an index of what waits, and each the `perPart` soonest.
 */
export async function listQueues(
  args: { reads: QueueReads; chairUserId: string; now: Date; today: string; perPart: number },
  ex: Executor = db,
): Promise<QueueCount[]> {
  const { reads, chairUserId, now, today, perPart } = args;
  const within = (reach: Reach) => (reach === 'chaired' ? eq(meetings.chairUserId, chairUserId) : undefined);
  const waiting = sql<number>`count(*)`;
  const one = sql<number>`1`;
  const commentsClosed = and(eq(statements.status, 'circulated'), lte(statements.commentDeadline, now));
  const unmerged = and(eq(statementAmendments.status, 'accepted'), isNull(statementAmendments.mergedIntoRevision));
  // Revised, finalized and adopted by the end of the meeting's last day, in its zone; published whenever ready.
  const meetingEnds = sql`((${meetings.endDate} + 1)::timestamp at time zone ${meetings.timeZone})`;
  // A text of a meeting, a row each, for the step it waits for.
  const textsTo = (step: 'finalize' | 'adopt' | 'publish') =>
    ex
      .select(
        queueFields({
          kind: sql.raw(`'${step}'`),
          meeting: meetings,
          statement: statements,
          count: one,
          ...(step !== 'publish' && { deadline: meetingEnds, deadlineDay: meetings.endDate }),
        }),
      )
      .from(statements)
      .innerJoin(meetings, eq(statements.meetingId, meetings.id));
  const parts = [];
  if (reads.registrations) {
    parts.push(
      ex
        .select(queueFields({ kind: sql`'registrations'`, meeting: meetings, count: waiting, deadline: meetings.registrationClosesAt }))
        .from(registrations)
        .innerJoin(meetings, eq(registrations.meetingId, meetings.id))
        .where(and(eq(registrations.status, 'pending'), toComeOrUnderWay))
        .groupBy(meetings.id)
        .orderBy(sql`${meetings.registrationClosesAt} asc nulls last`, asc(meetings.startDate), asc(meetings.id))
        .limit(perPart),
    );
  }
  if (reads.signUps) {
    parts.push(
      ex
        .select(queueFields({ kind: sql`'signUps'`, count: waiting }))
        .from(users)
        .where(eq(users.status, 'pending'))
        .having(sql`count(*) > 0`),
    );
  }
  if (reads.credentials) {
    parts.push(
      ex
        .select(queueFields({ kind: sql`'credentials'`, meeting: meetings, count: waiting }))
        .from(delegations)
        .innerJoin(meetings, eq(delegations.meetingId, meetings.id))
        .where(and(inArray(delegations.credentialsStatus, ['submitted', 'received']), toComeOrUnderWay))
        .groupBy(meetings.id)
        .orderBy(asc(meetings.startDate), asc(meetings.id))
        .limit(perPart),
    );
  }
  if (reads.amendments) {
    parts.push(
      ex
        .select(
          queueFields({ kind: sql`'amendments'`, meeting: meetings, statement: statements, count: waiting, deadline: statements.commentDeadline }),
        )
        .from(statementAmendments)
        .innerJoin(statements, eq(statementAmendments.statementId, statements.id))
        .innerJoin(meetings, eq(statements.meetingId, meetings.id))
        .where(and(eq(statementAmendments.status, 'proposed'), eq(statements.status, 'circulated'), toComeOrUnderWay, within(reads.amendments)))
        .groupBy(meetings.id, statements.id)
        .orderBy(asc(statements.commentDeadline), asc(statements.id))
        .limit(perPart),
    );
  }
  if (reads.revisions) {
    // Undecided amendments come first: they are in the amendments' queue until decided.
    const undecided = alias(statementAmendments, 'undecided');
    parts.push(
      ex
        .select(queueFields({ kind: sql`'revisions'`, meeting: meetings, statement: statements, count: waiting, deadline: meetingEnds, deadlineDay: meetings.endDate }))
        .from(statementAmendments)
        .innerJoin(statements, eq(statementAmendments.statementId, statements.id))
        .innerJoin(meetings, eq(statements.meetingId, meetings.id))
        .where(
          and(
            unmerged,
            commentsClosed,
            toComeOrUnderWay,
            notExists(
              ex
                .select({ one })
                .from(undecided)
                .where(and(eq(undecided.statementId, statements.id), eq(undecided.status, 'proposed'))),
            ),
          ),
        )
        .groupBy(meetings.id, statements.id)
        .orderBy(asc(meetings.endDate), asc(statements.id))
        .limit(perPart),
    );
  }
  if (reads.adoption) {
    parts.push(
      textsTo('finalize')
        .where(
          and(
            commentsClosed,
            toComeOrUnderWay,
            within(reads.adoption),
            notExists(
              ex
                .select({ one })
                .from(statementAmendments)
                .where(and(eq(statementAmendments.statementId, statements.id), or(eq(statementAmendments.status, 'proposed'), unmerged))),
            ),
          ),
        )
        .orderBy(asc(meetings.endDate), asc(statements.id))
        .limit(perPart),
      textsTo('adopt')
        .where(and(eq(statements.status, 'final'), toComeOrUnderWay, within(reads.adoption)))
        .orderBy(asc(meetings.endDate), asc(statements.id))
        .limit(perPart),
    );
  }
  if (reads.publication) {
    // Published after the meeting as often as during it: only a cancelled meeting's texts are left out.
    parts.push(
      textsTo('publish')
        .where(and(eq(statements.status, 'adopted'), ne(meetings.status, 'cancelled')))
        .orderBy(asc(statements.adoptedAt), asc(statements.id))
        .limit(perPart),
    );
  }
  if (reads.followUps) {
    parts.push(
      ex
        .select(queueFields({ kind: sql`'followUps'`, count: waiting }))
        .from(followUps)
        .where(and(eq(followUps.status, 'open'), lt(followUps.dueDate, today)))
        .having(sql`count(*) > 0`),
    );
  }
  const rows = await allRowsOf<QueueRow>(parts);
  return rows.map((row) => ({ ...row, count: Number(row.count), deadline: row.deadline === null ? null : new Date(row.deadline) }));
}

function queueFields(parts: {
  kind: SQL;
  meeting?: typeof meetings;
  statement?: typeof statements;
  count: SQL;
  deadline?: Expression;
  deadlineDay?: AnyPgColumn;
}) {
  return {
    kind: as<QueueRow['kind']>(parts.kind, 'text', 'kind'),
    meetingId: as<string | null>(parts.meeting?.id, 'uuid', 'meeting_id'),
    meetingTitle: as<string | null>(parts.meeting?.title, 'text', 'meeting_title'),
    timeZone: as<string | null>(parts.meeting?.timeZone, 'text', 'time_zone'),
    statementId: as<string | null>(parts.statement?.id, 'uuid', 'statement_id'),
    subject: as<string | null>(parts.statement?.title, 'text', 'subject'),
    count: as<number>(parts.count, 'int', 'count'),
    deadline: as<Date | string | null>(parts.deadline, 'timestamptz', 'deadline'),
    deadlineDay: as<string | null>(parts.deadlineDay, 'text', 'deadline_day'),
  };
}
