import 'server-only';
import { findMeetingDetail } from '@/db/queries/meetings';
import { listActiveParties } from '@/db/queries/parties';
import { isId } from '../schemas';

// What the sign-up form offers anyone: the parties one may sign up for (none retired), and the title
// of the meeting they came to register for, if any.
export async function getSignUpOptions({ input }: { input: { meetingId?: string } }) {
  const meetingId = input.meetingId && isId(input.meetingId) ? input.meetingId : undefined;
  const [parties, meeting] = await Promise.all([listActiveParties(), meetingId ? findMeetingDetail(meetingId) : undefined]);
  return {
    parties: parties.map(({ id, code, name, kind }) => ({ id, code, name, kind })),
    meeting: meeting ? { id: meeting.id, title: meeting.title } : null,
  };
}
