import { paperDate } from '../documents/paper-dates';
import type { ParagraphKind } from './values';

type DraftParagraph = { key: string; kind: ParagraphKind; text: string };

export type RecordedItem = {
  id: string;
  number: string;
  title: string;
  outcome: string | null;
  followUps: readonly { description: string; ownerName: string | null; dueDate: string | null; dueByNextMeeting: boolean; status: string }[];
};

export type RecordedReview = { agendaItemId: string | null; projectCode: string; projectTitle: string; decision: string | null };

const operative = (text: string): DraftParagraph => ({ key: '', kind: 'operative', text });

// A follow-up is written as an instruction ("Share air monitoring data"); in a paragraph it closes a sentence.
const asSentence = (text: string) => (/[.!?]$/u.test(text) ? text : `${text}.`);

/**
 * The meeting report's first paragraphs, from what the meeting recorded under each agenda item, in
 * the agenda's order: the item's outcome, the decisions on the projects reviewed under it (by project
 * code), and what it asked someone to do (a dropped follow-up was not kept). Each paragraph names its
 * item, for staff to edit into the report's words. Decisions on reviews taken up under no item close
 * the list.
 */
export function reportParagraphs(items: readonly RecordedItem[], reviews: readonly RecordedReview[]): DraftParagraph[] {
  const decided = reviews.filter((review) => review.decision?.trim());
  const itemIds = new Set(items.map((item) => item.id));
  const decision = (review: RecordedReview, item?: RecordedItem) =>
    operative(`${item ? `Agenda item ${item.number}, project` : 'Project'} ${review.projectCode}, “${review.projectTitle}”. ${review.decision!.trim()}`);
  return [
    ...items.flatMap((item) => {
      const prefix = `Agenda item ${item.number}, `;
      return [
        ...(item.outcome?.trim() ? [operative(`${prefix}“${item.title}”. ${item.outcome.trim()}`)] : []),
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
