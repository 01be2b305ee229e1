import { describe, expect, it } from 'vitest';
import { queueTasks, waitingTasks, type TaskAbilities, type TaskSources } from '@/lib/home/waiting-tasks';

const now = new Date('2030-03-01T03:00:00Z'); // noon in Seoul
const all: TaskAbilities = { register: true, credentials: true, confirmMembers: true, amend: true, object: true, comment: true, followUps: true };

const meeting = {
  id: 'm1',
  title: 'Twenty-seventh SOM',
  status: 'registration_open' as const,
  timeZone: 'Asia/Seoul',
  registrationOpensAt: new Date('2030-02-01T00:00:00Z'),
  registrationClosesAt: new Date('2030-03-10T09:00:00Z'),
};
const statement = {
  id: 's1',
  title: 'Decision on the work programme',
  status: 'circulated' as const,
  commentDeadline: new Date('2030-03-05T09:00:00Z'),
  silenceDeadline: null,
  meetingId: 'm1',
  meetingTitle: 'Twenty-seventh SOM',
  meetingTimeZone: 'Asia/Seoul',
};
const review = {
  id: 'r1',
  commentDeadline: '2030-03-03',
  decidedAt: null,
  projectId: 'p1',
  projectCode: 'NEA-LCC',
  projectTitle: 'Low Carbon City Platform',
  meetingTitle: 'Twenty-seventh SOM',
  meetingTimeZone: 'Asia/Seoul',
};
const sources: TaskSources = { meetings: [meeting], statements: [statement], reviews: [review], followUps: [], credentials: [], members: [] };

describe('what waits for a delegate', () => {
  it('lists registering, amending and commenting, soonest deadline first, each leading where it is done', () => {
    const tasks = waitingTasks(sources, all, now);
    expect(tasks.map((task) => [task.kind, task.href, task.subject])).toEqual([
      ['comment', '/programme/projects/p1#review-r1', 'NEA-LCC: Low Carbon City Platform'],
      ['amend', '/meetings/m1/statements/s1', 'Decision on the work programme'],
      ['register', '/meetings/m1/register', null],
    ]);
    // A review's comments close at the end of its deadline day in the meeting's zone: midnight in Seoul.
    expect(tasks[0]).toMatchObject({ dueAt: new Date('2030-03-03T15:00:00Z'), dueDay: '2030-03-03' });
  });

  it('lists only what the abilities allow: an organization or an observer registers, and nothing more', () => {
    expect(waitingTasks(sources, { register: true, credentials: false, confirmMembers: false, amend: false, object: false, comment: false, followUps: false }, now).map((t) => t.kind)).toEqual(['register']);
    expect(waitingTasks(sources, { register: false, credentials: false, confirmMembers: false, amend: false, object: false, comment: false, followUps: false }, now)).toEqual([]);
  });

  it('drops what has closed: a registration window ended or not begun, a passed deadline, a decided review', () => {
    const later = new Date('2030-03-04T00:00:00Z'); // 09:00 on 4 March in Seoul
    expect(waitingTasks(sources, all, later).map((t) => t.kind)).toEqual(['amend', 'register']);
    expect(waitingTasks({ ...sources, reviews: [{ ...review, decidedAt: now }] }, all, now).map((t) => t.kind)).toEqual(['amend', 'register']);
    const notYet = { ...meeting, registrationOpensAt: new Date('2030-03-02T00:00:00Z') };
    expect(waitingTasks({ ...sources, meetings: [notYet] }, all, now).map((t) => t.kind)).not.toContain('register');
    expect(waitingTasks(sources, all, new Date('2030-03-10T09:00:00Z'))).toEqual([]);
  });

  it("lists the party's open follow-ups by due day, overdue first, and those due by the next meeting last", () => {
    const followUp = { meetingId: 'm0', meetingTitle: 'Twenty-sixth SOM', timeZone: 'Asia/Seoul' };
    const followUps = [
      { ...followUp, id: 'f1', description: 'Host the next city forum', dueDate: null },
      { ...followUp, id: 'f2', description: 'Report on the city study', dueDate: '2030-03-04' },
      { ...followUp, id: 'f3', description: 'Nominate a focal point', dueDate: '2030-02-28' },
    ];
    const tasks = waitingTasks({ ...sources, followUps }, all, now);
    expect(tasks.map((task) => [task.kind, task.subject, task.isOverdue ?? null])).toEqual([
      ['followUp', 'Nominate a focal point', true],
      ['comment', 'NEA-LCC: Low Carbon City Platform', null],
      ['followUp', 'Report on the city study', false],
      ['amend', 'Decision on the work programme', null],
      ['register', null, null],
      ['followUp', 'Host the next city forum', false],
    ]);
    // Due at the end of its day in the office's zone, and found on the follow-ups page.
    expect(tasks[2]).toMatchObject({ dueAt: new Date('2030-03-04T15:00:00Z'), dueDay: '2030-03-04', href: '/follow-ups?meeting=m0#follow-up-f2' });
    expect(waitingTasks({ ...sources, followUps }, { ...all, followUps: false }, now).map((task) => task.kind)).not.toContain('followUp');
  });

  it("asks the head of a member state's delegation for its credentials letter before the meeting opens, or for the correction asked", () => {
    const delegation = { meetingId: 'm1', meetingTitle: 'Twenty-seventh SOM', meetingTimeZone: 'Asia/Seoul', meetingStartDate: '2030-03-05' };
    const credentials = [
      { ...delegation, delegationId: 'd1', status: 'pending' as const, note: null },
      { ...delegation, delegationId: 'd2', meetingId: 'm2', meetingStartDate: '2030-03-02', status: 'correction_requested' as const, note: 'Signed by the minister, please.' },
    ];
    const tasks = waitingTasks({ ...sources, credentials }, all, now);
    expect(tasks.map((task) => [task.kind, task.href, task.subject])).toEqual([
      ['correctCredentials', '/meetings/m2/delegations/d2', 'Signed by the minister, please.'],
      ['comment', '/programme/projects/p1#review-r1', 'NEA-LCC: Low Carbon City Platform'],
      ['sendCredentials', '/meetings/m1/delegations/d1', null],
      ['amend', '/meetings/m1/statements/s1', 'Decision on the work programme'],
      ['register', '/meetings/m1/register', null],
    ]);
    // Wanted before the meeting opens: midnight at its start in Seoul.
    expect(tasks[2]).toMatchObject({ dueAt: new Date('2030-03-04T15:00:00Z'), dueDay: '2030-03-05', meetingTitle: 'Twenty-seventh SOM' });
    expect(waitingTasks({ ...sources, credentials }, { ...all, credentials: false }, now).map((task) => task.kind)).toEqual(['comment', 'amend', 'register']);
  });

  it("asks a head to confirm their delegation's members before the meeting opens, counted", () => {
    const members = [{ delegationId: 'd1', count: 3, meetingId: 'm1', meetingTitle: 'Twenty-seventh SOM', meetingTimeZone: 'Asia/Seoul', meetingStartDate: '2030-03-05' }];
    const tasks = waitingTasks({ ...sources, members }, all, now).filter((task) => task.kind === 'confirmMembers');
    expect(tasks).toEqual([
      expect.objectContaining({ href: '/meetings/m1/delegations/d1', count: 3, dueAt: new Date('2030-03-04T15:00:00Z'), dueDay: '2030-03-05' }),
    ]);
    expect(waitingTasks({ ...sources, members }, { ...all, confirmMembers: false }, now).map((task) => task.kind)).not.toContain('confirmMembers');
  });

  it('asks for an objection only while a silence procedure runs, and puts an open-ended registration last', () => {
    const silence = { ...statement, status: 'silence_procedure' as const, commentDeadline: null, silenceDeadline: new Date('2030-03-02T00:00:00Z') };
    const openEnded = { ...meeting, registrationClosesAt: null };
    const tasks = waitingTasks({ meetings: [openEnded], statements: [silence], reviews: [], followUps: [], credentials: [], members: [] }, all, now);
    expect(tasks.map((t) => [t.kind, t.dueAt])).toEqual([
      ['object', silence.silenceDeadline],
      ['register', null],
    ]);
    expect(waitingTasks({ meetings: [], statements: [silence], reviews: [], followUps: [], credentials: [], members: [] }, all, silence.silenceDeadline).map((t) => t.kind)).toEqual([]);
  });
});

describe("what waits in the secretariat's and chairs' queues", () => {
  const queue = { meetingId: 'm1', meetingTitle: 'Twenty-seventh SOM', timeZone: 'Asia/Seoul', statementId: null, subject: null, deadline: null, deadlineDay: null };
  it('leads each queue to where it is worked, soonest deadline first, and leaves out empty ones', () => {
    const tasks = queueTasks([
      { ...queue, kind: 'signUps', meetingId: null, meetingTitle: null, timeZone: null, count: 2 },
      { ...queue, kind: 'credentials', count: 1 },
      { ...queue, kind: 'registrations', count: 12, deadline: new Date('2030-03-10T09:00:00Z') },
      { ...queue, kind: 'amendments', statementId: 's1', subject: 'Decision on the work programme', count: 4, deadline: new Date('2030-03-05T09:00:00Z') },
      { ...queue, kind: 'registrations', meetingId: 'm2', count: 0 },
    ]);
    expect(tasks.map((task) => [task.kind, task.count, task.href])).toEqual([
      ['decideAmendments', 4, '/meetings/m1/statements/s1'],
      ['decideRegistrations', 12, '/meetings/m1/registrations?status=pending'],
      ['reviewCredentials', 1, '/meetings/m1/credentials'],
      ['confirmSignUps', 2, '/admin/accounts'],
    ]);
    expect(tasks[3]).toMatchObject({ meetingTitle: null, dueAt: null, timeZone: 'UTC' });
  });

  it("puts a text's steps in the order it goes through them, each by the end of its meeting, and publication after what has a deadline", () => {
    // The meeting ends on 13 March 2030: the end of that day in Seoul.
    const meetingEnds = { deadline: new Date('2030-03-13T15:00:00Z'), deadlineDay: '2030-03-13' };
    const text = (kind: 'revisions' | 'finalize' | 'adopt' | 'publish', statementId: string) => ({
      ...queue,
      kind,
      statementId,
      subject: `Text ${statementId}`,
      count: 1,
      ...(kind !== 'publish' && meetingEnds),
    });
    const tasks = queueTasks([
      { ...queue, kind: 'credentials', count: 3 },
      text('publish', 's4'),
      text('adopt', 's3'),
      text('finalize', 's2'),
      text('revisions', 's1'),
      { ...queue, kind: 'followUps', meetingId: null, meetingTitle: null, timeZone: null, count: 5 },
      { ...queue, kind: 'amendments', statementId: 's0', subject: 'Text s0', count: 2, deadline: new Date('2030-03-05T09:00:00Z') },
    ]);
    expect(tasks.map((task) => [task.kind, task.href])).toEqual([
      ['decideAmendments', '/meetings/m1/statements/s0'],
      ['reviseText', '/meetings/m1/statements/s1/merge'],
      ['finalizeText', '/meetings/m1/statements/s2'],
      ['adoptText', '/meetings/m1/statements/s3'],
      ['publishText', '/meetings/m1/statements/s4'],
      ['reviewCredentials', '/meetings/m1/credentials'],
      ['chaseFollowUps', '/follow-ups?overdue=1'],
    ]);
    expect(tasks[3]).toMatchObject({ subject: 'Text s3', meetingTitle: 'Twenty-seventh SOM', dueAt: meetingEnds.deadline, dueDay: '2030-03-13' });
    expect(tasks[4]).toMatchObject({ kind: 'publishText', dueAt: null, dueDay: null });
  });
});
