'use server';

import { signUpSchema } from '@/lib/accounts/schemas';
import { signUp } from '@/lib/accounts/sign-up';
import { publicAction } from '@/lib/action';

// Anyone may sign up, signed out: the use-case limits how often one address may.
export const signUpAction = publicAction(signUpSchema, signUp);
