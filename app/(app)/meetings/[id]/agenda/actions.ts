'use server';

import { validatedAction } from '@/lib/action';
import { addAgendaItem } from '@/lib/agenda/add-agenda-item';
import { addFollowUp } from '@/lib/agenda/add-follow-up';
import { changeAgendaStatus } from '@/lib/agenda/change-agenda-status';
import { changeItemStatus } from '@/lib/agenda/change-item-status';
import { issueAgendaDocument } from '@/lib/agenda/issue-agenda-document';
import { moveAgendaItem } from '@/lib/agenda/move-agenda-item';
import { recordOutcome } from '@/lib/agenda/record-outcome';
import { removeAgendaItem } from '@/lib/agenda/remove-agenda-item';
import {
  addAgendaItemSchema,
  addFollowUpSchema,
  changeAgendaStatusSchema,
  changeItemStatusSchema,
  issueAgendaDocumentSchema,
  moveAgendaItemSchema,
  recordOutcomeSchema,
  removeAgendaItemSchema,
  updateAgendaItemSchema,
} from '@/lib/agenda/schemas';
import { updateAgendaItem } from '@/lib/agenda/update-agenda-item';

/** The pages that show a meeting's agenda: its own page, the meeting's (the item in discussion), the follow-ups. */
const agendaPages = (record: { meetingId: string }) => [`/meetings/${record.meetingId}/agenda`, `/meetings/${record.meetingId}`, '/follow-ups'];

export const addAgendaItemAction = validatedAction(addAgendaItemSchema, addAgendaItem, { revalidate: agendaPages });
export const updateAgendaItemAction = validatedAction(updateAgendaItemSchema, updateAgendaItem, { revalidate: agendaPages });
export const removeAgendaItemAction = validatedAction(removeAgendaItemSchema, removeAgendaItem, { revalidate: agendaPages });
export const moveAgendaItemAction = validatedAction(moveAgendaItemSchema, moveAgendaItem, { revalidate: agendaPages });
export const changeAgendaStatusAction = validatedAction(changeAgendaStatusSchema, changeAgendaStatus, { revalidate: agendaPages });
export const changeItemStatusAction = validatedAction(changeItemStatusSchema, changeItemStatus, { revalidate: agendaPages });
export const recordOutcomeAction = validatedAction(recordOutcomeSchema, recordOutcome, { revalidate: agendaPages });
export const addFollowUpAction = validatedAction(addFollowUpSchema, addFollowUp, { revalidate: agendaPages });
export const issueAgendaDocumentAction = validatedAction(issueAgendaDocumentSchema, issueAgendaDocument, {
  revalidate: (document) => [...agendaPages(document), `/public/meetings/${document.meetingId}`],
});
