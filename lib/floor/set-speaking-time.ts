import 'server-only';
import { db } from '@/db/client';
import { findSpeakingTimeLimit, saveSpeakingTimeLimit } from '@/db/queries/floor';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import type { Actor } from '../permissions';
import { isId } from '../schemas';
import { speakingTimeRefusal } from './rules';
import type { SetSpeakingTimeInput } from './schemas';

// The chair (or the secretariat) sets how long each speaker has at the meeting, or clears it. The
// timers of the speakers' list and the room's screen count against it; nobody is cut off.
export async function setSpeakingTime({ actor, input, now = appNow() }: { actor: Actor; input: SetSpeakingTimeInput; now?: Date }) {
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, input.meetingId, { assertAccepts: () => {} });
    const refusal = speakingTimeRefusal({ actor, meeting });
    if (refusal) throw refusal;
    const before = await findSpeakingTimeLimit(meeting.id, tx);
    const seconds = input.minutes === null ? null : input.minutes * 60;
    if ((before?.seconds ?? null) === seconds) return { seconds };
    await saveSpeakingTimeLimit(meeting.id, seconds === null ? null : { seconds, setByUserId: actor.id, setAt: now }, tx);
    await recordAudit(tx, actor, {
      action: 'floor.speaking_time_set',
      entityType: 'meeting',
      entityId: meeting.id,
      change: { fields: { speakingTime: { before: before ? before.seconds / 60 : null, after: input.minutes } } },
    });
    return { seconds };
  });
}
