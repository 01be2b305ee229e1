import 'server-only';
import type { UserRecord } from '@/db/queries/users';
import { insertAccount } from './create-user';
import type { CreateUserInput } from './schemas';

// The operator at the server's console opens an account, such as the first secretariat account of a
// new installation (`npm run user:create`). No one is signed in: access to the server's console and
// database is the authority, and the audit log records no actor.
export function createUserAtConsole({ input }: { input: CreateUserInput }): Promise<UserRecord> {
  return insertAccount(null, input);
}
