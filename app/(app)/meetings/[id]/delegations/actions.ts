'use server';

import { validatedAction } from '@/lib/action';
import { confirmMember, designateHead, reviewCredentials, uploadCredentials } from '@/lib/registrations/delegations';
import { designateHeadSchema, registrationIdSchema, reviewCredentialsSchema, uploadCredentialsSchema } from '@/lib/registrations/schemas';

// The delegation pages read fresh on every request (they are dynamic): the router refreshes them after each action.
export const designateHeadAction = validatedAction(designateHeadSchema, designateHead);
export const confirmMemberAction = validatedAction(registrationIdSchema, confirmMember);
export const uploadCredentialsAction = validatedAction(uploadCredentialsSchema, async (args) => {
  const letter = await uploadCredentials(args);
  return { id: letter.id, fileName: letter.fileName };
});
export const reviewCredentialsAction = validatedAction(reviewCredentialsSchema, async (args) => {
  const delegation = await reviewCredentials(args);
  return { id: delegation.id, credentialsStatus: delegation.credentialsStatus };
});
