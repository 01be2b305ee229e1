import 'server-only';
import { endSessionsOfVersion } from '@/db/queries/users';

// A person signs out: their sessions in every other browser end too, at their next request. Only a
// current session can do it, so an old token cannot sign out the sessions that replaced it. Not in
// the audit log, as signing in is not either.
export async function signOutEverywhere({ input }: { input: { userId: string; sessionVersion: number } }): Promise<void> {
  await endSessionsOfVersion(input.userId, input.sessionVersion);
}
