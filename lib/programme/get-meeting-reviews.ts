import 'server-only';
import { listMeetingReviews } from '@/db/queries/programme';
import { can, type Actor } from '../permissions';
import { isId } from '../schemas';

// The reviews due at a meeting, for its page: none for a reader who may not read the programme.
export async function getMeetingReviews({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  if (!can(actor, 'programme:read') || !isId(input.meetingId)) return [];
  return listMeetingReviews(input.meetingId);
}
