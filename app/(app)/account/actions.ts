'use server';

import { validatedAction, type ActionResult } from '@/lib/action';
import { renewSessionCookie } from '@/lib/session';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { changeOwnPasswordSchema, type ChangeOwnPasswordInput } from '@/lib/users/schemas';

// The one action someone with a temporary password may run: replacing it.
const changePassword = validatedAction(changeOwnPasswordSchema, changeOwnPassword, { allowWhilePasswordChangeDue: true });

/** Changes the signed-in person's password: their other sessions end, this browser stays signed in. */
export async function changeOwnPasswordAction(input: ChangeOwnPasswordInput): Promise<ActionResult<null>> {
  const result = await changePassword(input);
  if (!result.ok) return result;
  await renewSessionCookie(result.data);
  return { ok: true, data: null };
}
