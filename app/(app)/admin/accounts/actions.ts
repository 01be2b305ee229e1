'use server';

import { confirmAccount } from '@/lib/accounts/confirm-account';
import { refuseAccount } from '@/lib/accounts/refuse-account';
import { confirmAccountSchema, refuseAccountSchema } from '@/lib/accounts/schemas';
import { validatedAction } from '@/lib/action';

const accountPages = (user: { id: string }) => ['/admin/accounts', '/admin/users', `/admin/users/${user.id}`];

export const confirmAccountAction = validatedAction(confirmAccountSchema, confirmAccount, { revalidate: accountPages });
export const refuseAccountAction = validatedAction(refuseAccountSchema, refuseAccount, { revalidate: accountPages });
