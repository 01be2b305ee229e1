import 'server-only';
import type { UserRecord } from '@/db/queries/users';
import { insertAccount } from './create-user';
import type { CreateUserInput } from './schemas';

// The operator at the server's console opens an account, such as the first secretariat account of a
// new installation (`npm run user:create`). No one is signed in: access to the server's console and
// database is the authority, and the audit log records no actor. A password the console generated and
// printed is temporary; one the operator typed unseen is not.
export function createUserAtConsole({ input, isPasswordGenerated }: { input: CreateUserInput; isPasswordGenerated: boolean }): Promise<UserRecord> {
  return insertAccount(null, input, { isPasswordTemporary: isPasswordGenerated });
}
