import 'server-only';
import { db, type Executor } from '@/db/client';
import { lockSignUpAddress } from '@/db/queries/accounts';
import { recentEventTimesFromAddress } from '@/db/queries/audit';
import { insertUser } from '@/db/queries/users';
import type { Visitor } from '../action';
import { recordAudit } from '../audit';
import { signUpLimits } from '../config';
import { AppError, isUniqueViolation } from '../errors';
import { requireActiveParty } from '../parties/active-party';
import { roleForPartyKind } from '../parties/values';
import { hashPassword } from '../password';
import { lockedUntil, secondsUntil } from '../users/sign-in-limits';
import type { SignUpInput } from './schemas';

export const signUpAuditAction = 'user.signed_up';

// Someone from a member state, an organization or an observer asks for an account. It waits for the
// secretariat to confirm that they speak for the party they name; until then it cannot sign in.
export async function signUp({ input, visitor, now = new Date() }: { input: SignUpInput; visitor: Visitor; now?: Date }): Promise<{ userId: string }> {
  // Checked before the password is hashed, so a flood from one address costs little; checked again
  // under the address's lock below, where it counts.
  await assertSignUpAllowed(db, visitor, now);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      await lockSignUpAddress(visitor.clientAddress, tx);
      await assertSignUpAllowed(tx, visitor, now);
      const party = await requireActiveParty(tx, input.partyId);
      const user = await insertUser(
        {
          name: input.name,
          email: input.email,
          passwordHash,
          role: roleForPartyKind(party.kind),
          partyId: party.id,
          position: input.position,
          status: 'pending',
        },
        tx,
      );
      await recordAudit(tx, null, {
        action: signUpAuditAction,
        entityType: 'user',
        entityId: user.id,
        change: {
          fields: {
            name: { after: user.name },
            email: { after: user.email },
            role: { after: user.role },
            partyId: { after: user.partyId },
            position: { after: user.position },
          },
          clientAddress: visitor.clientAddress,
          // Where they came from: the confirmation sends them on to register for it.
          ...(input.meetingId && { meetingId: input.meetingId }),
        },
      });
      return { userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) throw new AppError('CONFLICT', 'emailTaken', { email: 'emailTaken' });
    throw error;
  }
}

/** Refuses a sign-up from an address that signed up `perAddress` times within the window, saying for how long. */
async function assertSignUpAllowed(ex: Executor, visitor: Visitor, now: Date): Promise<void> {
  const { perAddress, windowMinutes } = signUpLimits;
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  const recent = await recentEventTimesFromAddress({ action: signUpAuditAction, clientAddress: visitor.clientAddress }, since, perAddress, ex);
  const until = lockedUntil(recent, { limit: perAddress, windowMinutes }, now);
  if (until) {
    throw new AppError('RATE_LIMITED', 'signUpThrottled', undefined, { values: { minutes: Math.ceil(secondsUntil(until, now) / 60) } });
  }
}
