'use server';

import { confirmAccount } from '@/lib/accounts/confirm-account';
import { refuseAccount } from '@/lib/accounts/refuse-account';
import { confirmAccountSchema, refuseAccountSchema } from '@/lib/accounts/schemas';
import { validatedAction } from '@/lib/action';

export const confirmAccountAction = validatedAction(confirmAccountSchema, confirmAccount);
export const refuseAccountAction = validatedAction(refuseAccountSchema, refuseAccount);
