import { isRegistrationOpen } from '../meetings/lifecycle';
import type { MeetingStatus } from '../meetings/values';
import { isCommentOpen } from '../programme/rules';
import { acceptsAmendments } from '../statements/lifecycle';
import { silenceHasPassed } from '../statements/silence';
import type { StatementStatus } from '../statements/values';
import { addDays, zonedDate, zonedLocalToInstant } from '../time-zones';

/** Something a delegate can still do, and until when (in the zone of the meeting it belongs to). */
export type WaitingTask = {
  kind: 'register' | 'amend' | 'object' | 'comment';
  href: string;
  meetingTitle: string;
  /** The statement's title, or the project's code and title. */
  subject: string | null;
  /** None for a registration without a closing date. */
  dueAt: Date | null;
  /** A deadline that is a whole day (a review's comments), as it is said: the day, not its midnight. */
  dueDay: string | null;
  timeZone: string;
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
};

/** What the actor's role and party let them do; the sources are only read for what they may. */
export type TaskAbilities = { register: boolean; amend: boolean; object: boolean; comment: boolean };

/**
 * What waits for a delegate now, soonest deadline first: registering for a meeting whose window is
 * open, amending a circulated text before its deadline, objecting while a silence procedure runs,
 * commenting on a review before the end of its deadline day in the meeting's zone.
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
  const order = (task: WaitingTask) => task.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return tasks.sort((a, b) => order(a) - order(b));
}
