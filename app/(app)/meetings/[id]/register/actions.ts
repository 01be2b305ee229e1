'use server';

import { validatedAction } from '@/lib/action';
import { updateRegistration, withdrawRegistration } from '@/lib/registrations/change-registration';
import { register, registerMember } from '@/lib/registrations/register';
import { registerMemberSchema, registerSchema, registrationIdSchema, updateRegistrationSchema } from '@/lib/registrations/schemas';

// The pages that show a registration: the person's own page, the meeting's counts, the queue, the delegation.
const pagesOf = (registration: { meetingId: string; delegationId: string }) => [
  `/meetings/${registration.meetingId}`,
  `/meetings/${registration.meetingId}/register`,
  `/meetings/${registration.meetingId}/registrations`,
  `/meetings/${registration.meetingId}/delegations/${registration.delegationId}`,
];

export const registerAction = validatedAction(registerSchema, register, { revalidate: pagesOf });
export const registerMemberAction = validatedAction(registerMemberSchema, registerMember, { revalidate: pagesOf });
export const updateRegistrationAction = validatedAction(updateRegistrationSchema, updateRegistration, { revalidate: pagesOf });
export const withdrawRegistrationAction = validatedAction(registrationIdSchema, withdrawRegistration, { revalidate: pagesOf });
