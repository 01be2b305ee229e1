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

export const addAgendaItemAction = validatedAction(addAgendaItemSchema, addAgendaItem);
export const updateAgendaItemAction = validatedAction(updateAgendaItemSchema, updateAgendaItem);
export const removeAgendaItemAction = validatedAction(removeAgendaItemSchema, removeAgendaItem);
export const moveAgendaItemAction = validatedAction(moveAgendaItemSchema, moveAgendaItem);
export const changeAgendaStatusAction = validatedAction(changeAgendaStatusSchema, changeAgendaStatus);
export const changeItemStatusAction = validatedAction(changeItemStatusSchema, changeItemStatus);
export const recordOutcomeAction = validatedAction(recordOutcomeSchema, recordOutcome);
export const addFollowUpAction = validatedAction(addFollowUpSchema, addFollowUp);
export const issueAgendaDocumentAction = validatedAction(issueAgendaDocumentSchema, issueAgendaDocument);
