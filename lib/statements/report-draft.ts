import type { ParagraphKind } from './values';

type ItemWithOutcome = { number: string; title: string; outcome: string | null };

/**
 * The meeting report's first paragraphs, from what the meeting recorded under each agenda item, in
 * the agenda's order: one operative paragraph per item with an outcome, naming the item, for staff to
 * edit into the report's words. Items without an outcome give none.
 */
export function outcomeParagraphs(items: readonly ItemWithOutcome[]): { key: string; kind: ParagraphKind; text: string }[] {
  return items
    .filter((item) => item.outcome?.trim())
    .map((item) => ({ key: '', kind: 'operative' as const, text: `Agenda item ${item.number}, “${item.title}”. ${item.outcome!.trim()}` }));
}

/** The report's title, as UN meeting reports are called. */
export function reportTitle(meetingTitle: string): string {
  return `Report of the ${meetingTitle}`;
}
