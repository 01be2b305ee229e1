/** The records the measured pages show: the featured meeting and its statement, and an upcoming meeting and its statement. */
export type PageIds = { meetingId: string; statementId: string; upcomingMeetingId: string; negotiatedStatementId: string };

/** A page the benchmark loads: where it is, who asks for it, and its route in the build. */
export type BenchPage = {
  key: string;
  label: string;
  /** The route pattern as the build names it, for first-load JS. */
  route: string;
  /**
   * Whose session asks for it: the secretariat's (staff see everything), a member state's delegate's
   * (Korea's, for what their home page adds), or none (a signed-out visitor).
   */
  signedInAs: 'staff' | 'delegate' | null;
  path: (ids: PageIds) => string;
};

/** The framework floor: app/bench-floor, a few lines and no database work (only with BENCH_FLOOR=1). */
export const floorPage: BenchPage = { key: 'floor', label: 'framework floor', route: '/bench-floor', signedInAs: 'staff', path: () => '/bench-floor' };

/**
 * The signed-in shell: app/(app)/bench-shell, the floor's few lines inside the signed-in layout (the
 * session, the account, the header and navigation). Not a key page and held to no target: a reference
 * for how much of a signed-in page's time is its content (only with BENCH_FLOOR=1).
 */
export const shellPage: BenchPage = { key: 'shell', label: 'signed-in shell', route: '/bench-shell', signedInAs: 'staff', path: () => '/bench-shell' };

/** The key pages of the app as it is today; each capability adds its main pages here as it lands. */
export const keyPages: BenchPage[] = [
  { key: 'meetings', label: 'meetings list', route: '/', signedInAs: 'staff', path: () => '/' },
  // The same list under what waits for a delegate: registrations, texts, reviews, read at every visit.
  { key: 'delegateHome', label: "a delegate's home", route: '/', signedInAs: 'delegate', path: () => '/' },
  { key: 'meeting', label: 'a meeting', route: '/meetings/[id]', signedInAs: 'staff', path: ({ meetingId }) => `/meetings/${meetingId}` },
  { key: 'users', label: 'users list', route: '/admin/users', signedInAs: 'staff', path: () => '/admin/users' },
  { key: 'audit', label: 'audit log', route: '/admin/audit', signedInAs: 'staff', path: () => '/admin/audit' },
  { key: 'publicMeetings', label: 'public meetings list', route: '/public', signedInAs: null, path: () => '/public' },
  { key: 'publicMeeting', label: 'public meeting page', route: '/public/meetings/[id]', signedInAs: null, path: ({ meetingId }) => `/public/meetings/${meetingId}` },
  { key: 'signIn', label: 'sign-in', route: '/sign-in', signedInAs: null, path: () => '/sign-in' },
  // The featured meeting's evaluation as staff read it: about a third of its 40 participants' answers, counted, with the remarks.
  { key: 'evaluation', label: "a meeting's evaluation", route: '/meetings/[id]/evaluation', signedInAs: 'staff', path: ({ meetingId }) => `/meetings/${meetingId}/evaluation` },
  { key: 'agenda', label: 'a meeting\'s agenda', route: '/meetings/[id]/agenda', signedInAs: 'staff', path: ({ meetingId }) => `/meetings/${meetingId}/agenda` },
  // An upcoming meeting's provisional agenda, as staff plan it: the builder, and what earlier meetings left open.
  {
    key: 'agendaPlanning',
    label: 'an agenda being planned',
    route: '/meetings/[id]/agenda',
    signedInAs: 'staff',
    path: ({ upcomingMeetingId }) => `/meetings/${upcomingMeetingId}/agenda`,
  },
  // Every status, so that both scales show a full page: at 1x only 7 follow-ups are open, and a page
  // of 7 rows against one of 20 measured the rows on screen, not the growth of the data.
  { key: 'followUps', label: 'follow-ups, all statuses', route: '/follow-ups', signedInAs: 'staff', path: () => '/follow-ups?status=all' },
  { key: 'registrations', label: 'registrations queue', route: '/meetings/[id]/registrations', signedInAs: 'staff', path: ({ meetingId }) => `/meetings/${meetingId}/registrations` },
  { key: 'participants', label: 'list of participants', route: '/meetings/[id]/participants', signedInAs: 'staff', path: ({ meetingId }) => `/meetings/${meetingId}/participants` },
  { key: 'publicParticipants', label: 'public list of participants', route: '/public/meetings/[id]/participants', signedInAs: null, path: ({ meetingId }) => `/public/meetings/${meetingId}/participants` },
  { key: 'credentials', label: 'credentials report', route: '/meetings/[id]/credentials', signedInAs: 'staff', path: ({ meetingId }) => `/meetings/${meetingId}/credentials` },
  { key: 'checkIn', label: 'check-in desk', route: '/meetings/[id]/check-in', signedInAs: 'staff', path: ({ meetingId }) => `/meetings/${meetingId}/check-in` },
  // The featured meeting's notices as staff write one: the size of each audience, and the latest 20 of its 45.
  { key: 'notices', label: "a meeting's notices", route: '/meetings/[id]/notices', signedInAs: 'staff', path: ({ meetingId }) => `/meetings/${meetingId}/notices` },
  // The featured meeting's speakers' lists, closed: the record of who took the floor on each of its twenty items.
  { key: 'speakers', label: "a meeting's speakers' lists", route: '/meetings/[id]/floor', signedInAs: 'staff', path: ({ meetingId }) => `/meetings/${meetingId}/floor` },
  // The same lists as the room's projector reads them, every five seconds while the meeting sits.
  { key: 'roomScreen', label: "the room's screen", route: '/meetings/[id]/screen', signedInAs: 'staff', path: ({ meetingId }) => `/meetings/${meetingId}/screen` },
  { key: 'outbox', label: 'email outbox', route: '/admin/outbox', signedInAs: 'staff', path: () => '/admin/outbox' },
  { key: 'projects', label: 'projects list', route: '/programme', signedInAs: 'staff', path: () => '/programme' },
  { key: 'programmeDashboard', label: 'programme dashboard', route: '/programme/dashboard', signedInAs: 'staff', path: () => '/programme/dashboard' },
  {
    key: 'statement',
    label: 'a statement',
    route: '/meetings/[id]/statements/[statementId]',
    signedInAs: 'staff',
    path: ({ meetingId, statementId }) => `/meetings/${meetingId}/statements/${statementId}`,
  },
  // A text under negotiation, as staff follow it: 50 amendments, and the text as amended so far by the 13 accepted.
  {
    key: 'statementNegotiated',
    label: 'a statement under negotiation',
    route: '/meetings/[id]/statements/[statementId]',
    signedInAs: 'staff',
    path: ({ upcomingMeetingId, negotiatedStatementId }) => `/meetings/${upcomingMeetingId}/statements/${negotiatedStatementId}`,
  },
  {
    key: 'statementCompare',
    label: 'two revisions compared',
    route: '/meetings/[id]/statements/[statementId]/compare',
    signedInAs: 'staff',
    path: ({ meetingId, statementId }) => `/meetings/${meetingId}/statements/${statementId}/compare`,
  },
  {
    key: 'statementScreen',
    label: "a statement on the room's screen",
    route: '/meetings/[id]/statements/[statementId]/screen',
    signedInAs: 'staff',
    path: ({ meetingId, statementId }) => `/meetings/${meetingId}/statements/${statementId}/screen`,
  },
  {
    key: 'amendmentScreen',
    label: "an amendment on the room's screen",
    route: '/meetings/[id]/statements/[statementId]/screen',
    signedInAs: 'staff',
    path: ({ meetingId, statementId }) => `/meetings/${meetingId}/statements/${statementId}/screen?amendment=25`,
  },
  {
    key: 'publicStatement',
    label: 'public statement page',
    route: '/public/statements/[id]',
    signedInAs: null,
    path: ({ statementId }) => `/public/statements/${statementId}`,
  },
  // The archive searched for a word every generated text holds: the search that matches the most, excerpted.
  { key: 'adoptedTexts', label: 'adopted texts, searched', route: '/public/statements', signedInAs: null, path: () => '/public/statements?q=progress' },
];

/**
 * More pages of the long lists, for statement counts and query plans only (not loaded): what an
 * OFFSET costs once the data has grown (past the end at 1x, which still runs the same statements),
 * and filters whose plans the key pages do not show: the audit log narrowed to a month long before
 * its latest events (ordered by id, it once read every later event), a search of the users, the
 * projects of one party, the overdue follow-ups, the adopted texts unsearched, of one year, and a search's later pages, the notices of a meeting open for registration
 * (which count the focal points of the parties nobody has registered for). And downloads that are not pages: the featured
 * meeting's five papers in one ZIP, the compilation of the 50 amendments to the statement under negotiation, its text
 * as amended so far in Word, with tracked changes, and the programme's calendar feed (its latest 150 meetings with their
 * sessions), whole and of the SOM series.
 */
export const deepPages: BenchPage[] = [
  { key: 'auditMonth', label: 'audit log, January 2012', route: '/admin/audit', signedInAs: 'staff', path: () => '/admin/audit?from=2012-01-01&to=2012-01-31' },
  { key: 'usersDeep', label: 'users list, page 1000', route: '/admin/users', signedInAs: 'staff', path: () => '/admin/users?page=1000' },
  { key: 'usersSearched', label: 'users list, searched', route: '/admin/users', signedInAs: 'staff', path: () => '/admin/users?query=kim' },
  { key: 'projectsOfParty', label: 'projects of one party', route: '/programme', signedInAs: 'staff', path: () => '/programme?party=KOR' },
  { key: 'followUpsOverdue', label: 'overdue follow-ups', route: '/follow-ups', signedInAs: 'staff', path: () => '/follow-ups?overdue=1' },
  { key: 'adoptedTextsLatest', label: 'adopted texts, latest', route: '/public/statements', signedInAs: null, path: () => '/public/statements' },
  { key: 'adoptedTextsYear', label: 'adopted texts of one year', route: '/public/statements', signedInAs: null, path: () => '/public/statements?year=2020' },
  { key: 'adoptedTextsDeep', label: 'adopted decisions, searched, page 50', route: '/public/statements', signedInAs: null, path: () => '/public/statements?q=progress&kind=decision&page=50' },
  // Registration is open: the form counts the focal points of the parties nobody has registered for, among all accounts.
  {
    key: 'noticesRegistrationOpen',
    label: 'notices of a meeting open for registration',
    route: '/meetings/[id]/notices',
    signedInAs: 'staff',
    path: ({ upcomingMeetingId }) => `/meetings/${upcomingMeetingId}/notices`,
  },
  {
    key: 'papersPackage',
    label: "a meeting's papers in one ZIP",
    route: '/files/meetings/[meetingId]/papers',
    signedInAs: 'staff',
    path: ({ meetingId }) => `/files/meetings/${meetingId}/papers`,
  },
  {
    key: 'amendmentsCompilation',
    label: 'compilation of amendments (PDF)',
    route: '/meetings/[id]/statements/[statementId]/compilation',
    signedInAs: 'staff',
    path: ({ upcomingMeetingId, negotiatedStatementId }) => `/meetings/${upcomingMeetingId}/statements/${negotiatedStatementId}/compilation`,
  },
  {
    key: 'amendedDocx',
    label: 'text as amended, in Word (DOCX)',
    route: '/meetings/[id]/statements/[statementId]/amended',
    signedInAs: 'staff',
    path: ({ upcomingMeetingId, negotiatedStatementId }) => `/meetings/${upcomingMeetingId}/statements/${negotiatedStatementId}/amended`,
  },
  { key: 'programmeCalendar', label: "the programme's calendar (iCalendar)", route: '/public/calendar.ics', signedInAs: null, path: () => '/public/calendar.ics' },
  { key: 'seriesCalendar', label: "one series' calendar (iCalendar)", route: '/public/calendar.ics', signedInAs: null, path: () => '/public/calendar.ics?series=SOM' },
];
