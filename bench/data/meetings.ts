import type { NewDocument, NewMeeting, NewMeetingSession, Party } from '@/db/schema';
import { documentSymbolPrefix, programmeName } from '@/lib/config';
import { formatDocumentSymbol } from '@/lib/documents/symbols';
import type { DocumentKind, DocumentLanguage, DocumentVariant } from '@/lib/documents/values';
import type { MeetingFormat, MeetingStatus } from '@/lib/meetings/values';
import { suggestMeetingTitle } from '@/lib/meetings/titles';
import { addDays, zonedDate, zonedLocalToInstant } from '@/lib/time-zones';
import type { Random } from './random';

export type GeneratedMeeting = Required<
  Pick<
    NewMeeting,
    | 'id' | 'seriesId' | 'number' | 'title' | 'startDate' | 'endDate' | 'timeZone' | 'city' | 'hostPartyId' | 'venue'
    | 'format' | 'chairUserId' | 'registrationOpensAt' | 'registrationClosesAt' | 'description' | 'status' | 'cancellationReason'
    | 'version' | 'createdAt' | 'updatedAt'
  >
>;
export type GeneratedSession = Required<Pick<NewMeetingSession, 'id' | 'meetingId' | 'title' | 'startsAt' | 'endsAt' | 'room'>>;
export type GeneratedDocument = Required<
  Pick<
    NewDocument,
    | 'id' | 'meetingId' | 'kind' | 'sequence' | 'variant' | 'variantNumber' | 'parentId' | 'symbol' | 'title' | 'language'
    | 'isPublic' | 'fileName' | 'contentType' | 'byteSize' | 'content' | 'uploadedByUserId' | 'createdAt' | 'withdrawnAt' | 'withdrawalReason'
  >
>;

/** One meeting to make: its series, number and first day. */
export type MeetingSlot = { series: { id: string; code: string; name: string }; number: number; startDate: string };

const places = [
  { party: 'KOR', city: 'Seoul', timeZone: 'Asia/Seoul', venue: 'Lotte Hotel Seoul' },
  { party: 'KOR', city: 'Incheon', timeZone: 'Asia/Seoul', venue: 'G-Tower' },
  { party: 'JPN', city: 'Tokyo', timeZone: 'Asia/Tokyo', venue: 'United Nations University' },
  { party: 'CHN', city: 'Beijing', timeZone: 'Asia/Shanghai', venue: 'China World Hotel' },
  { party: 'MNG', city: 'Ulaanbaatar', timeZone: 'Asia/Ulaanbaatar', venue: 'State Palace' },
  { party: 'RUS', city: 'Vladivostok', timeZone: 'Asia/Vladivostok', venue: 'Far Eastern Federal University' },
  { party: 'ESCAP', city: 'Bangkok', timeZone: 'Asia/Bangkok', venue: 'United Nations Conference Centre' },
] as const;

const formats: MeetingFormat[] = ['in_person', 'in_person', 'hybrid', 'virtual'];

// A two-day meeting's timetable, as the demo's 26th SOM has it.
const timetable: [title: string, day: 0 | 1, starts: string, ends: string][] = [
  ['Opening session', 0, '09:30', '10:00'],
  ['Review of programme areas', 0, '10:00', '12:30'],
  ['Project reviews', 0, '14:00', '17:30'],
  ['Programme planning and partnerships', 1, '09:30', '12:00'],
  ['Adoption of the report and closing', 1, '14:00', '15:30'],
];

type Paper = {
  kind: DocumentKind;
  sequence: number;
  variant: DocumentVariant;
  variantNumber: number;
  language: DocumentLanguage;
  title: string;
  isPublic: boolean;
  parent?: number;
  /** Taken back by the secretariat, with why. */
  withdrawalReason?: string;
};

// A meeting's papers in the order they are usually issued; a meeting has the first four to six. The
// sixth, a translation sent before it was checked, was withdrawn.
const papers: Paper[] = [
  { kind: 'working', sequence: 1, variant: 'original', variantNumber: 0, language: 'en', title: 'Provisional agenda', isPublic: true },
  { kind: 'information', sequence: 1, variant: 'original', variantNumber: 0, language: 'en', title: 'Information note for participants', isPublic: true },
  { kind: 'working', sequence: 2, variant: 'original', variantNumber: 0, language: 'en', title: 'Review of the programme and its projects', isPublic: true },
  { kind: 'draft', sequence: 1, variant: 'original', variantNumber: 0, language: 'en', title: 'Draft report of the meeting', isPublic: false },
  { kind: 'working', sequence: 1, variant: 'addendum', variantNumber: 1, language: 'en', title: 'Annotated provisional agenda', isPublic: true, parent: 0 },
  {
    kind: 'working',
    sequence: 1,
    variant: 'original',
    variantNumber: 0,
    language: 'ru',
    title: 'Предварительная повестка дня',
    isPublic: true,
    withdrawalReason: 'Sent before the translation was checked.',
  },
];

/** The status a meeting on these dates has today: past ones concluded (a few cancelled), the next ones open for registration. */
function statusOn(startDate: string, endDate: string, today: string, random: Random): { status: MeetingStatus; cancellationReason: string | null } {
  if (endDate < today) {
    return random.chance(0.03)
      ? { status: 'cancelled', cancellationReason: 'Postponed at the request of the host country.' }
      : { status: 'concluded', cancellationReason: null };
  }
  return { status: startDate <= addDays(today, 60) ? 'registration_open' : 'planned', cancellationReason: null };
}

export type MeetingContext = {
  random: Random;
  parties: Pick<Party, 'id' | 'code'>[];
  chairIds: string[];
  staffIds: string[];
  now: Date;
  pdf: Buffer;
};

export function generateMeeting(slot: MeetingSlot, context: MeetingContext, paperCount: number) {
  const { random, parties, chairIds, staffIds, now, pdf } = context;
  const place = random.pick(places);
  const format = random.pick(formats);
  const isVirtual = format === 'virtual';
  const endDate = addDays(slot.startDate, 1);
  const at = (day: string, time: string) => zonedLocalToInstant(`${day}T${time}`, place.timeZone);
  const createdAt = at(addDays(slot.startDate, -120), '10:00');
  const meeting: GeneratedMeeting = {
    id: crypto.randomUUID(),
    seriesId: slot.series.id,
    number: slot.number,
    title: suggestMeetingTitle(slot.series.name, slot.number, programmeName),
    startDate: slot.startDate,
    endDate,
    timeZone: place.timeZone,
    city: isVirtual ? null : place.city,
    hostPartyId: isVirtual ? null : (parties.find((p) => p.code === place.party)?.id ?? null),
    venue: isVirtual ? null : place.venue,
    format,
    chairUserId: random.chance(0.7) ? random.pick(chairIds) : null,
    registrationOpensAt: at(addDays(slot.startDate, -90), '09:00'),
    registrationClosesAt: at(addDays(slot.startDate, -7), '18:00'),
    description: null,
    ...statusOn(slot.startDate, endDate, zonedDate(now, place.timeZone), random),
    version: random.integer(1, 6),
    createdAt,
    updatedAt: createdAt,
  };
  const days = [slot.startDate, endDate];
  const sessions: GeneratedSession[] = timetable.map(([title, day, starts, ends]) => ({
    id: crypto.randomUUID(),
    meetingId: meeting.id,
    title,
    startsAt: at(days[day]!, starts),
    endsAt: at(days[day]!, ends),
    room: 'Main hall',
  }));
  const documents: GeneratedDocument[] = [];
  for (const paper of papers.slice(0, paperCount)) {
    const symbol = formatDocumentSymbol({ prefix: documentSymbolPrefix, seriesCode: slot.series.code, meetingNumber: slot.number, ...paper });
    documents.push({
      id: crypto.randomUUID(),
      meetingId: meeting.id,
      kind: paper.kind,
      sequence: paper.sequence,
      variant: paper.variant,
      variantNumber: paper.variantNumber,
      parentId: paper.parent === undefined ? null : documents[paper.parent]!.id,
      symbol,
      title: paper.title,
      language: paper.language,
      isPublic: paper.isPublic,
      fileName: `${symbol.replace(/[/\\]+/g, '-')}-${paper.language}.pdf`,
      contentType: 'application/pdf',
      byteSize: pdf.byteLength,
      content: pdf,
      uploadedByUserId: random.pick(staffIds),
      createdAt: at(addDays(slot.startDate, -30), '11:00'),
      withdrawnAt: paper.withdrawalReason ? at(addDays(slot.startDate, -29), '09:00') : null,
      withdrawalReason: paper.withdrawalReason ?? null,
    });
  }
  return { meeting, sessions, documents };
}

/** How many papers a meeting has: five on average, four to six. */
export function paperCountFor(random: Random): number {
  const draw = random.next();
  return draw < 0.25 ? 4 : draw < 0.75 ? 5 : 6;
}

export const maxPapersPerMeeting = papers.length;
