'use server';

import type { z } from 'zod';
import { validatedAction } from '@/lib/action';
import { addSession } from '@/lib/meetings/add-session';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { createMeeting } from '@/lib/meetings/create-meeting';
import { editSession } from '@/lib/meetings/edit-session';
import { planNextMeeting } from '@/lib/meetings/plan-next-meeting';
import { removeSession } from '@/lib/meetings/remove-session';
import {
  addSessionSchema,
  changeMeetingStatusSchema,
  createMeetingSchema,
  editSessionSchema,
  planNextMeetingSchema,
  removeSessionSchema,
  updateMeetingSchema,
} from '@/lib/meetings/schemas';
import { updateMeeting } from '@/lib/meetings/update-meeting';

export const createMeetingAction = validatedAction(createMeetingSchema, createMeeting);

const updateMeetingWithId = validatedAction(updateMeetingSchema, updateMeeting);
/**
 * Bound by the edit page to the meeting's id and the version it showed, so the form posts the same
 * fields as the create form; a save over a newer version is refused (the use-case compares them).
 */
export async function updateMeetingAction(meetingId: string, version: number, input: z.input<typeof createMeetingSchema>) {
  return updateMeetingWithId({ ...input, meetingId, version });
}

export const changeMeetingStatusAction = validatedAction(changeMeetingStatusSchema, changeMeetingStatus);
export const planNextMeetingAction = validatedAction(planNextMeetingSchema, planNextMeeting);
export const addSessionAction = validatedAction(addSessionSchema, addSession);
export const editSessionAction = validatedAction(editSessionSchema, editSession);
export const removeSessionAction = validatedAction(removeSessionSchema, removeSession);
