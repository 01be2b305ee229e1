'use server';

import { validatedAction } from '@/lib/action';
import { updateRegistration, withdrawRegistration } from '@/lib/registrations/change-registration';
import { register, registerMember } from '@/lib/registrations/register';
import { registerMemberSchema, registerSchema, registrationIdSchema, updateRegistrationSchema } from '@/lib/registrations/schemas';

export const registerAction = validatedAction(registerSchema, register);
export const registerMemberAction = validatedAction(registerMemberSchema, registerMember);
export const updateRegistrationAction = validatedAction(updateRegistrationSchema, updateRegistration);
export const withdrawRegistrationAction = validatedAction(registrationIdSchema, withdrawRegistration);
