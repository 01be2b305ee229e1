import 'server-only';
import { db } from '@/db/client';
import { findRoomScreen, saveRoomScreen } from '@/db/queries/floor';
import { hasAmendmentNumbered } from '@/db/queries/statement-amendments';
import { findStatement } from '@/db/queries/statements';
import type { RoomScreen } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import type { Actor } from '../permissions';
import { canReadStatement } from '../statements/abilities';
import { roomScreenRefusal } from './rules';
import type { ShowOnRoomScreenInput } from './schemas';

type Shown = Pick<RoomScreen, 'shows' | 'statementId' | 'amendmentNumber'>;
const nothingShown: Shown = { shows: 'floor', statementId: null, amendmentNumber: null };

// The chair (or the secretariat) puts the speakers' list, a statement of the meeting, one of its
// amendments or its text as amended on the room's screen; the projector, open on the meeting's screen,
// follows within seconds.
export async function showOnRoomScreen({ actor, input, now = appNow() }: { actor: Actor; input: ShowOnRoomScreenInput; now?: Date }): Promise<Shown> {
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, input.meetingId, { assertAccepts: () => {} });
    const refusal = roomScreenRefusal({ actor, meeting });
    if (refusal) throw refusal;
    const shown: Shown = {
      shows: input.shows,
      statementId: input.shows === 'floor' ? null : input.statementId,
      amendmentNumber: input.shows === 'amendment' ? input.amendmentNumber : null,
    };
    let statementTitle: string | null = null;
    if (shown.statementId !== null) {
      const statement = await findStatement(shown.statementId, tx);
      if (!statement || statement.meetingId !== meeting.id || !canReadStatement(actor, { meeting, statement })) throw new AppError('NOT_FOUND', 'statementNotFound');
      if (shown.amendmentNumber !== null && !(await hasAmendmentNumbered(statement.id, shown.amendmentNumber, tx))) throw new AppError('NOT_FOUND', 'amendmentNotFound');
      statementTitle = statement.title;
    }

    const before = (await findRoomScreen(meeting.id, tx)) ?? nothingShown;
    const fields = changedFields(before, shown, ['shows', 'statementId', 'amendmentNumber']);
    if (Object.keys(fields).length === 0) return shown;
    await saveRoomScreen({ meetingId: meeting.id, ...shown, setByUserId: actor.id, setAt: now }, tx);
    // The statement is named by its title as it stood: the audit log names no statement by id.
    const { shows, amendmentNumber } = fields;
    await recordAudit(tx, actor, {
      action: 'floor.screen_shown',
      entityType: 'meeting',
      entityId: meeting.id,
      change: { fields: { ...(shows && { screenShows: shows }), ...(statementTitle && { statementTitle: { after: statementTitle } }), ...(amendmentNumber && { amendmentNumber }) } },
    });
    return shown;
  });
}
