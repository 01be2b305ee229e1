import type { QueueCount } from '@/db/queries/waiting';
import { isRegistrationOpen } from '../meetings/lifecycle';
import type { MeetingStatus } from '../meetings/values';
import { isCommentOpen } from '../programme/rules';
import { acceptsAmendments } from '../statements/lifecycle';
import { silenceHasPassed } from '../statements/silence';
import type { StatementStatus } from '../statements/values';
import { addDays, zonedDate, zonedLocalToInstant } from '../time-zones';

/**
 * Something the reader can still do, and until when (in the zone of the meeting it belongs to): a
 * delegate's step for their party, or a queue of the secretariat's or a chair's with how many wait.
 */
export type WaitingTask = {
  kind:
    | 'register'
    | 'sendCredentials'
    | 'correctCredentials'
    | 'confirmMembers'
    | 'amend'
    | 'object'
    | 'comment'
    | 'followUp'
    | 'decideRegistrations'
    | 'confirmSignUps'
    | 'reviewCredentials'
    | 'decideAmendments'
    | 'reviseText'
    | 'finalizeText'
    | 'adoptText'
    | 'publishText'
    | 'chaseFollowUps';
  href: string;
  /** None for what belongs to no meeting (accounts asked for). */
  meetingTitle: string | null;
  /** How many wait in a queue, or a delegation's members to confirm. */
  count?: number;
  /** The statement's title, the project's code and title, a follow-up's words, or what the secretariat asked to correct. */
  subject: string | null;
  /** None for a registration without a closing date. */
  dueAt: Date | null;
  /** A deadline that is a whole day (a review's comments), as it is said: the day, not its midnight. */
  dueDay: string | null;
  timeZone: string;
  /** Its deadline has passed and it is still to do (a follow-up: nothing else waits past its deadline). */
  isOverdue?: boolean;
};

export type TaskSources = {
  meetings: {
    id: string;
    title: string;
    status: MeetingStatus;
    timeZone: string;
    registrationOpensAt: Date | null;
    registrationClosesAt: Date | null;
  }[];
  /** The delegations the reader heads whose credentials letter is still to send or to correct. */
  credentials: {
    delegationId: string;
    status: 'pending' | 'correction_requested';
    /** What the secretariat asked to correct. */
    note: string | null;
    meetingId: string;
    meetingTitle: string;
    meetingTimeZone: string;
    meetingStartDate: string;
  }[];
  /** The delegations the reader heads with members they have not confirmed, counted. */
  members: { delegationId: string; count: number; meetingId: string; meetingTitle: string; meetingTimeZone: string; meetingStartDate: string }[];
  statements: {
    id: string;
    title: string;
    status: StatementStatus;
    commentDeadline: Date | null;
    silenceDeadline: Date | null;
    meetingId: string;
    meetingTitle: string;
    meetingTimeZone: string;
  }[];
  reviews: {
    id: string;
    commentDeadline: string;
    decidedAt: Date | null;
    projectId: string;
    projectCode: string;
    projectTitle: string;
    meetingTitle: string;
    meetingTimeZone: string;
  }[];
  /** Open follow-ups of the party, each due on a day in `timeZone` (the office's, where they are kept), or by the next meeting. */
  followUps: { id: string; description: string; dueDate: string | null; meetingId: string; meetingTitle: string; timeZone: string }[];
};

/** What the actor's role and party let them do; the sources are only read for what they may. */
export type TaskAbilities = {
  register: boolean;
  credentials: boolean;
  confirmMembers: boolean;
  amend: boolean;
  object: boolean;
  comment: boolean;
  followUps: boolean;
};

/**
 * What waits for a delegate now, soonest deadline first: registering for a meeting whose window is
 * open, sending or correcting the credentials letter of a delegation they head and confirming its
 * members (wanted before its meeting opens), amending a circulated text before its deadline, objecting while a silence procedure
 * runs, commenting on a review before the end of its deadline day in the meeting's zone, and the open
 * follow-ups their party owns (overdue ones first, as they are the soonest).
 */
export function waitingTasks(sources: TaskSources, abilities: TaskAbilities, now: Date): WaitingTask[] {
  const tasks: WaitingTask[] = [];
  if (abilities.register) {
    for (const meeting of sources.meetings.filter((m) => isRegistrationOpen(m, now))) {
      tasks.push({
        kind: 'register',
        href: `/meetings/${meeting.id}/register`,
        meetingTitle: meeting.title,
        subject: null,
        dueAt: meeting.registrationClosesAt,
        dueDay: null,
        timeZone: meeting.timeZone,
      });
    }
  }
  if (abilities.credentials) {
    for (const delegation of sources.credentials) {
      tasks.push({
        kind: delegation.status === 'correction_requested' ? 'correctCredentials' : 'sendCredentials',
        href: `/meetings/${delegation.meetingId}/delegations/${delegation.delegationId}`,
        meetingTitle: delegation.meetingTitle,
        subject: delegation.note,
        dueAt: meetingOpens(delegation),
        dueDay: delegation.meetingStartDate,
        timeZone: delegation.meetingTimeZone,
      });
    }
  }
  if (abilities.confirmMembers) {
    for (const delegation of sources.members) {
      tasks.push({
        kind: 'confirmMembers',
        href: `/meetings/${delegation.meetingId}/delegations/${delegation.delegationId}`,
        meetingTitle: delegation.meetingTitle,
        count: delegation.count,
        subject: null,
        dueAt: meetingOpens(delegation),
        dueDay: delegation.meetingStartDate,
        timeZone: delegation.meetingTimeZone,
      });
    }
  }
  for (const statement of sources.statements) {
    const common = {
      href: `/meetings/${statement.meetingId}/statements/${statement.id}`,
      meetingTitle: statement.meetingTitle,
      subject: statement.title,
      dueDay: null,
      timeZone: statement.meetingTimeZone,
    };
    if (abilities.amend && statement.commentDeadline && acceptsAmendments(statement, now)) {
      tasks.push({ kind: 'amend', ...common, dueAt: statement.commentDeadline });
    }
    if (abilities.object && statement.status === 'silence_procedure' && statement.silenceDeadline && !silenceHasPassed(statement.silenceDeadline, now)) {
      tasks.push({ kind: 'object', ...common, dueAt: statement.silenceDeadline });
    }
  }
  if (abilities.comment) {
    for (const review of sources.reviews.filter((r) => isCommentOpen(r, zonedDate(now, r.meetingTimeZone)))) {
      tasks.push({
        kind: 'comment',
        href: `/programme/projects/${review.projectId}#review-${review.id}`,
        meetingTitle: review.meetingTitle,
        subject: `${review.projectCode}: ${review.projectTitle}`,
        // Comments close at the end of the deadline's day in the meeting's zone.
        dueAt: zonedLocalToInstant(`${addDays(review.commentDeadline, 1)}T00:00`, review.meetingTimeZone),
        dueDay: review.commentDeadline,
        timeZone: review.meetingTimeZone,
      });
    }
  }
  if (abilities.followUps) {
    for (const followUp of sources.followUps) {
      // Due at the end of its day; one due by the next meeting has no day.
      const dueAt = followUp.dueDate ? zonedLocalToInstant(`${addDays(followUp.dueDate, 1)}T00:00`, followUp.timeZone) : null;
      tasks.push({
        kind: 'followUp',
        href: `/follow-ups?meeting=${followUp.meetingId}#follow-up-${followUp.id}`,
        meetingTitle: followUp.meetingTitle,
        subject: followUp.description,
        dueAt,
        dueDay: followUp.dueDate,
        timeZone: followUp.timeZone,
        isOverdue: dueAt !== null && dueAt <= now,
      });
    }
  }
  return soonestFirst(tasks);
}

/** What a head does for their delegation is wanted before its meeting opens: the start of its first day in its zone. */
function meetingOpens(delegation: { meetingStartDate: string; meetingTimeZone: string }): Date {
  return zonedLocalToInstant(`${delegation.meetingStartDate}T00:00`, delegation.meetingTimeZone);
}

const queueKinds = {
  registrations: 'decideRegistrations',
  signUps: 'confirmSignUps',
  credentials: 'reviewCredentials',
  amendments: 'decideAmendments',
  revisions: 'reviseText',
  finalize: 'finalizeText',
  adopt: 'adoptText',
  publish: 'publishText',
  followUps: 'chaseFollowUps',
} as const;

/**
 * What waits in the secretariat's and chairs' queues, soonest deadline first: registrations to decide
 * (before registration closes), amendments to decide (before the text's comment deadline), then, in
 * the order a text goes, its revision, finalizing, adoption and publication, then credentials
 * letters to review, overdue follow-ups and accounts to confirm, each leading to where it is done.
 */
export function queueTasks(queues: readonly QueueCount[]): WaitingTask[] {
  const hrefOf = (queue: QueueCount) => {
    switch (queue.kind) {
      case 'registrations':
        return `/meetings/${queue.meetingId}/registrations?status=pending`;
      case 'signUps':
        return '/admin/accounts';
      case 'credentials':
        return `/meetings/${queue.meetingId}/credentials`;
      case 'amendments':
      case 'finalize':
      case 'adopt':
      case 'publish':
        return `/meetings/${queue.meetingId}/statements/${queue.statementId}`;
      case 'revisions':
        return `/meetings/${queue.meetingId}/statements/${queue.statementId}/merge`;
      case 'followUps':
        return '/follow-ups?overdue=1';
    }
  };
  return soonestFirst(
    queues
      .filter((queue) => queue.count > 0)
      .map((queue) => ({
        kind: queueKinds[queue.kind],
        href: hrefOf(queue),
        meetingTitle: queue.meetingTitle,
        count: queue.count,
        subject: queue.subject,
        dueAt: queue.deadline,
        dueDay: queue.deadlineDay,
        timeZone: queue.timeZone ?? 'UTC',
      })),
  );
}

// Tasks due at the same time (or with no deadline) in this order, then by meeting and subject.
const kindOrder: readonly WaitingTask['kind'][] = [
  'register',
  'sendCredentials',
  'correctCredentials',
  'confirmMembers',
  'comment',
  'amend',
  'object',
  'followUp',
  'decideRegistrations',
  'decideAmendments',
  'reviseText',
  'finalizeText',
  'adoptText',
  'publishText',
  'reviewCredentials',
  'chaseFollowUps',
  'confirmSignUps',
];

function soonestFirst(tasks: WaitingTask[]): WaitingTask[] {
  const due = (task: WaitingTask) => task.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const text = (value: string | null) => value ?? '';
  return tasks.sort(
    (a, b) =>
      due(a) - due(b) ||
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      text(a.meetingTitle).localeCompare(text(b.meetingTitle), 'en') ||
      text(a.subject).localeCompare(text(b.subject), 'en'),
  );
}
