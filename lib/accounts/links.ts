// Where a person goes to register for a meeting, and the sign-up and sign-in links that carry them
// there: plain paths, for the browser and the server alike.

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const registerPathPattern = new RegExp(`^/meetings/(${uuid})/register$`, 'i');

/** A meeting's registration page (app/(app)/meetings/[id]/register). */
export function registerPath(meetingId: string): string {
  return `/meetings/${meetingId}/register`;
}

/** The meeting a sign-in's destination registers for, if it is a registration page. */
export function meetingIdOfRegisterPath(path: string | null | undefined): string | undefined {
  return path ? registerPathPattern.exec(path)?.[1]?.toLowerCase() : undefined;
}

/** The sign-up page, keeping the meeting the person came to register for. */
export function signUpPath(meetingId?: string | null): string {
  return meetingId ? `/sign-up?meeting=${meetingId}` : '/sign-up';
}

/** The sign-in page, sending the person on to register for the meeting, if any. */
export function signInPathFor(meetingId?: string | null): string {
  return meetingId ? `/sign-in?callbackUrl=${encodeURIComponent(registerPath(meetingId))}` : '/sign-in';
}
