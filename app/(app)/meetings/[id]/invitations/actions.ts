'use server';

import { validatedAction } from '@/lib/action';
import { createInvitation } from '@/lib/invitations/create-invitation';
import { createInvitationSchema } from '@/lib/invitations/schemas';

export const createInvitationAction = validatedAction(createInvitationSchema, createInvitation);
