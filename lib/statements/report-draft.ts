import { paperDate } from '../documents/paper-dates';
import { partyInSentence } from '../parties/names';
import type { PartyKind } from '../parties/values';
import type { ParagraphKind } from './values';

type DraftParagraph = { key: string; kind: ParagraphKind; text: string };

export type RecordedItem = {
  id: string;
  number: string;
  title: string;
  outcome: string | null;
  /** The parties that took the floor on the item, in the order they first spoke. */
  speakers?: readonly string[];
  followUps: readonly { description: string; ownerName: string | null; dueDate: string | null; dueByNextMeeting: boolean; status: string }[];
};

export type RecordedReview = { agendaItemId: string | null; projectCode: string; projectTitle: string; decision: string | null };

/** A party with someone approved to take part in the meeting. */
export type AttendingParty = { name: string; kind: PartyKind };

const operative = (text: string): DraftParagraph => ({ key: '', kind: 'operative', text });

// A follow-up is written as an instruction ("Share air monitoring data"); in a paragraph it closes a sentence.
const asSentence = (text: string) => (/[.!?]$/u.test(text) ? text : `${text}.`);

// "China, Japan and the Republic of Korea", as UN reports list them: no comma before "and".
const listed = (names: readonly string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(names);
const byName = (a: AttendingParty, b: AttendingParty) => a.name.localeCompare(b.name, 'en');

/**
 * Who attended, as a report's first paragraph: the member states' delegations, then the
 * organizations and observers also represented, each in alphabetical order. None without anyone.
 */
export function attendanceParagraph(parties: readonly AttendingParty[]): DraftParagraph | null {
  const states = parties.filter((party) => party.kind === 'member_state').sort(byName).map((party) => partyInSentence(party.name));
  const others = parties.filter((party) => party.kind !== 'member_state').sort(byName).map((party) => partyInSentence(party.name));
  if (states.length === 0 && others.length === 0) return null;
  if (states.length === 0) return operative(`The meeting was attended by representatives of ${listed(others)}.`);
  const delegations = `The meeting was attended by the ${states.length === 1 ? 'delegation' : 'delegations'} of ${listed(states)}.`;
  return operative(others.length === 0 ? delegations : `${delegations} Representatives of ${listed(others)} also attended.`);
}

/**
 * The meeting report's first paragraphs, from what the meeting recorded: who attended, then under
 * each agenda item, in the agenda's order, who made statements on it and its outcome, the decisions on the projects reviewed under
 * it (by project code), and what it asked someone to do (a dropped follow-up was not kept). Each
 * paragraph names its item, for staff to edit into the report's words. Decisions on reviews taken up
 * under no item close the list.
 */
export function reportParagraphs({
  attending,
  items,
  reviews,
}: {
  attending: readonly AttendingParty[];
  items: readonly RecordedItem[];
  reviews: readonly RecordedReview[];
}): DraftParagraph[] {
  const decided = reviews.filter((review) => review.decision?.trim());
  const itemIds = new Set(items.map((item) => item.id));
  const decision = (review: RecordedReview, item?: RecordedItem) =>
    operative(`${item ? `Agenda item ${item.number}, project` : 'Project'} ${review.projectCode}, “${review.projectTitle}”. ${review.decision!.trim()}`);
  const attendance = attendanceParagraph(attending);
  return [
    ...(attendance ? [attendance] : []),
    ...items.flatMap((item) => {
      const prefix = `Agenda item ${item.number}, `;
      const statements = item.speakers?.length ? `Statements were made by the representatives of ${listed(item.speakers.map(partyInSentence))}.` : null;
      const record = [statements, item.outcome?.trim()].filter(Boolean).join(' ');
      return [
        ...(record ? [operative(`${prefix}“${item.title}”. ${record}`)] : []),
        ...decided.filter((review) => review.agendaItemId === item.id).map((review) => decision(review, item)),
        ...item.followUps
          .filter((followUp) => followUp.status !== 'dropped')
          .map((followUp) => {
            const due = followUp.dueDate ? paperDate(followUp.dueDate) : 'by the next meeting';
            return operative(`${prefix}follow-up (${followUp.ownerName ?? 'the secretariat'}, due ${due}): ${asSentence(followUp.description.trim())}`);
          }),
      ];
    }),
    ...decided.filter((review) => !review.agendaItemId || !itemIds.has(review.agendaItemId)).map((review) => decision(review)),
  ];
}

/** The report's title, as UN meeting reports are called. */
export function reportTitle(meetingTitle: string): string {
  return `Report of the ${meetingTitle}`;
}
