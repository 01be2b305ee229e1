import 'server-only';
import { db } from '@/db/client';
import { enqueueEmail } from '../email/outbox';
import { assertCan, type Actor } from '../permissions';
import { decideAccount } from './decide-account';
import { accountRefusedEmail } from './emails';
import type { RefuseAccountInput } from './schemas';

// Staff refuse a sign-up they cannot confirm (an unknown person, a party they do not speak for), saying
// why: the person is told by email, and the account never signs in.
export async function refuseAccount({ actor, input }: { actor: Actor; input: RefuseAccountInput }) {
  assertCan(actor, 'users:manage');
  return db.transaction(async (tx) => {
    const user = await decideAccount(tx, actor, input.userId, { status: 'refused', reason: input.reason });
    await enqueueEmail(tx, accountRefusedEmail(user, input.reason));
    return { id: user.id, status: user.status };
  });
}
