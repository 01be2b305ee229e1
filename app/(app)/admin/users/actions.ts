'use server';

import { validatedAction } from '@/lib/action';
import { changeUserRole } from '@/lib/users/change-user-role';
import { createUser } from '@/lib/users/create-user';
import { resetUserPassword } from '@/lib/users/reset-user-password';
import { changeUserRoleSchema, createUserSchema, resetUserPasswordSchema, setUserDisabledSchema } from '@/lib/users/schemas';
import { setUserDisabled } from '@/lib/users/set-user-disabled';

export const createUserAction = validatedAction(createUserSchema, createUser);
export const changeUserRoleAction = validatedAction(changeUserRoleSchema, changeUserRole);
export const setUserDisabledAction = validatedAction(setUserDisabledSchema, setUserDisabled);
export const resetUserPasswordAction = validatedAction(resetUserPasswordSchema, resetUserPassword);
