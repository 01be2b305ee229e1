import 'server-only';
import { db } from '@/db/client';
import { findFirstEventChange } from '@/db/queries/audit';
import { publicUrl } from '../config';
import { enqueueEmail } from '../email/outbox';
import { requireActiveParty } from '../parties/active-party';
import { assertCan, type Actor } from '../permissions';
import { isId } from '../schemas';
import { decideAccount } from './decide-account';
import { accountConfirmedEmail, signInLink } from './emails';
import type { ConfirmAccountInput } from './schemas';
import { signUpAuditAction } from './sign-up';

// Staff confirm that a signed-up person speaks for the party they named: the account becomes active,
// and the person is told by email that they can sign in.
export async function confirmAccount({ actor, input }: { actor: Actor; input: ConfirmAccountInput }) {
  assertCan(actor, 'users:manage');
  return db.transaction(async (tx) => {
    const user = await decideAccount(tx, actor, input.userId, { status: 'active', reason: null });
    // A party retired since the sign-up takes no new accounts: refuse the sign-up instead.
    if (user.partyId) await requireActiveParty(tx, user.partyId);
    // The meeting whose page they signed up from, as the sign-up recorded it: the email sends them on to register.
    const signUp = await findFirstEventChange({ entityType: 'user', entityId: user.id, action: signUpAuditAction }, tx);
    const meetingId = typeof signUp?.meetingId === 'string' && isId(signUp.meetingId) ? signUp.meetingId : null;
    await enqueueEmail(tx, accountConfirmedEmail(user, signInLink(publicUrl, meetingId)));
    return { id: user.id, status: user.status };
  });
}
