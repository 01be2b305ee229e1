import type { NewMeetingNotice } from '@/db/schema';
import { noticeRecipients, type NoticeCandidate } from '@/lib/notices/recipients';
import type { NoticeAudience } from '@/lib/notices/values';
import { addDays, daysBetween, zonedDate, zonedLocalToInstant } from '@/lib/time-zones';
import type { GeneratedMeeting } from './meetings';
import type { Random } from './random';
import type { GeneratedRegistration } from './registrations';

export type GeneratedNotice = Required<
  Pick<NewMeetingNotice, 'id' | 'meetingId' | 'audience' | 'subject' | 'body' | 'recipientCount' | 'sentByUserId' | 'sentAt'>
>;

/** The audiences its registrations make: the generated notices are to participants, not reminders to register. */
type RegistrationAudience = Exclude<NoticeAudience, 'unregistered'>;
const registrationAudiences: RegistrationAudience[] = ['registered', 'approved', 'heads'];

type Template = {
  /** The days it may be sent on, counted from the meeting's first day (0; its second is 1). */
  days: [from: number, to: number];
  audience: RegistrationAudience;
  /** Only for a meeting the participants travel to. */
  inPersonOnly?: boolean;
  subject: string;
  body: (meeting: GeneratedMeeting) => string;
};

const pad = (n: number) => String(n).padStart(2, '0');
const where = (m: GeneratedMeeting) => (m.venue && m.city ? `at the ${m.venue}, ${m.city}` : 'online');
const closing = (m: GeneratedMeeting) => (m.registrationClosesAt ? zonedDate(m.registrationClosesAt, m.timeZone) : addDays(m.startDate, -7));

// What a secretariat writes to a meeting's participants, before it (logistics, papers, credentials)
// and after it (the report, the presentations). Every day from registration opening (-90) to a month
// after the meeting's first day (30) has at least one, in person or online.
const templates: Template[] = [
  {
    days: [-90, -8],
    audience: 'registered',
    subject: 'Information note for participants',
    body: (m) =>
      `The information note for the ${m.title}, to be held ${where(m)} on ${m.startDate} and ${m.endDate}, is now available on the meeting page.\n\n` +
      'It covers the venue, accommodation, local transport, visas and the meeting room arrangements. Please read it before making your travel plans.',
  },
  {
    days: [-30, -8],
    audience: 'registered',
    subject: 'Reminder: registration closes soon',
    body: (m) =>
      `Registration for the ${m.title} closes on ${closing(m)}.\n\n` +
      'Please check that the names, positions and arrival dates of your delegation are complete; registrations still pending will be reviewed by the secretariat in the following days.',
  },
  {
    days: [-21, -2],
    audience: 'approved',
    inPersonOnly: true,
    subject: 'Airport transfers and hotel reservations',
    body: (m) =>
      `The host country offers transfers from the airport to the venue for participants arriving on ${addDays(m.startDate, -1)}.\n\n` +
      'Please send your flight details to the secretariat at least one week before the meeting. The block reservation at the recommended hotel is held until ten days before the opening.',
  },
  {
    days: [-30, 0],
    audience: 'heads',
    subject: 'Submission of credentials',
    body: (m) =>
      `Heads of delegation are kindly requested to submit the credentials of their delegation to the ${m.title} no later than the opening of the meeting.\n\n` +
      'A scanned copy may be sent in advance; the original is to be handed to the secretariat at the registration desk.',
  },
  {
    days: [-45, -1],
    audience: 'registered',
    subject: 'Provisional agenda and working papers issued',
    body: (m) =>
      `The provisional agenda and the working papers of the ${m.title} have been issued and can be downloaded from the meeting page.\n\n` +
      'Delegations wishing to make a statement under an agenda item are invited to inform the secretariat in advance.',
  },
  {
    days: [-7, 1],
    audience: 'approved',
    inPersonOnly: true,
    subject: 'Change of meeting room',
    body: (m) =>
      `Please note that the sessions of the ${m.title} will be held in the Main hall instead of the room announced in the information note.\n\n` +
      'Registration and badge collection open at 08:30 on the first day, next to the entrance of the hall.',
  },
  {
    days: [1, 30],
    audience: 'approved',
    subject: 'Presentations now available',
    body: (m) =>
      `Thank you for your participation in the ${m.title}.\n\n` +
      'The presentations made during the sessions are now available on the meeting page, with the speakers\' consent.',
  },
  {
    days: [2, 30],
    audience: 'heads',
    subject: 'Draft report circulated for comments',
    body: (m) =>
      `The draft report of the ${m.title} has been circulated to heads of delegation.\n\n` +
      'Comments on factual accuracy are welcome within two weeks; after that date the report will be finalized and issued as a document of the meeting.',
  },
  {
    days: [10, 30],
    audience: 'registered',
    subject: 'Report of the meeting issued',
    body: (m) =>
      `The report of the ${m.title}, as adopted, has been issued and is available on the meeting page.\n\n` +
      'The secretariat thanks all delegations for their contributions and looks forward to their participation in the next meeting.',
  },
];

/** How many people each audience of a meeting reaches, from its registrations (the counts the form shows). */
function audienceSizesByMeeting(registrations: GeneratedRegistration[]): Map<string, Record<RegistrationAudience, number>> {
  const byMeeting = new Map<string, NoticeCandidate[]>();
  for (const registration of registrations) {
    let candidates = byMeeting.get(registration.meetingId);
    if (!candidates) byMeeting.set(registration.meetingId, (candidates = []));
    candidates.push({ status: registration.status, delegationRole: registration.delegationRole });
  }
  const sizes = (candidates: NoticeCandidate[]) =>
    Object.fromEntries(registrationAudiences.map((audience) => [audience, noticeRecipients(candidates, audience).length])) as Record<RegistrationAudience, number>;
  return new Map([...byMeeting].map(([meetingId, candidates]) => [meetingId, sizes(candidates)]));
}

/**
 * The notices the secretariat sent to each meeting's participants: `countFor(meeting)` of them, in
 * office hours between the opening of registration and a month after the meeting's first day, never
 * later than yesterday, each of a kind that fits its day. Each goes to an audience its
 * registrations fill (counted from them, as the app counts when it sends), from a staff account. A
 * meeting nobody registered for (a cancelled one), or whose registration has not opened, has none.
 */
export function* generateNotices(options: {
  random: Random;
  meetings: GeneratedMeeting[];
  registrations: GeneratedRegistration[];
  staffIds: string[];
  now: Date;
  countFor: (meeting: GeneratedMeeting) => number;
}): Generator<GeneratedNotice> {
  const { random, meetings, staffIds, now, countFor } = options;
  const sizes = audienceSizesByMeeting(options.registrations);
  for (const meeting of meetings) {
    const size = sizes.get(meeting.id);
    const count = countFor(meeting);
    const firstDay = meeting.registrationOpensAt ? zonedDate(meeting.registrationOpensAt, meeting.timeZone) : addDays(meeting.startDate, -90);
    const lastDay = [addDays(meeting.startDate, 30), addDays(zonedDate(now, meeting.timeZone), -1)].sort()[0]!;
    if (!size || size.registered === 0 || lastDay < firstDay) continue;
    const days = Array.from({ length: count }, () => addDays(firstDay, random.integer(0, daysBetween(firstDay, lastDay)))).sort();
    for (const day of days) {
      const minutes = random.integer(9 * 60, 18 * 60 - 1);
      const sentAt = zonedLocalToInstant(`${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`, meeting.timeZone);
      const offset = daysBetween(meeting.startDate, day);
      const template = random.pick(
        templates.filter((t) => t.days[0] <= offset && offset <= t.days[1] && !(t.inPersonOnly && meeting.format === 'virtual')),
      );
      // Before a meeting's registrations are decided nobody is approved yet: such a notice goes to everyone registered.
      const audience = size[template.audience] > 0 ? template.audience : 'registered';
      yield {
        id: crypto.randomUUID(),
        meetingId: meeting.id,
        audience,
        subject: template.subject,
        body: template.body(meeting),
        recipientCount: size[audience],
        sentByUserId: random.pick(staffIds),
        sentAt,
      };
    }
  }
}
