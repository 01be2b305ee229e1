import 'server-only';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { getAmendedText } from '../statements/get-amended-text';
import { getAmendmentOnScreen } from '../statements/get-amendment-on-screen';
import { getStatement } from '../statements/get-statement';
import { getFloor } from './get-floor';

// What the room's screen shows the one who opened it: the speakers' list, or the statement, amendment or
// text as amended the chair put there, read through the same rules as anywhere else. What the reader may not read is
// withheld, not an error: the screen stays up and shows the next thing put there.
export async function getRoomScreen({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  const floor = await getFloor({ actor, input });
  const { meeting, screen } = floor;
  try {
    if (screen.shows === 'statement') {
      return { meeting, shows: 'statement' as const, statement: await getStatement({ actor, input: { statementId: screen.statementId! } }) };
    }
    if (screen.shows === 'amended') {
      // Once the accepted amendments are merged into a revision (or none is accepted any more), the text itself.
      const amended = await getAmendedText({ actor, input: { statementId: screen.statementId! } });
      if (amended) return { meeting, shows: 'amended' as const, amended };
      return { meeting, shows: 'statement' as const, statement: await getStatement({ actor, input: { statementId: screen.statementId! } }) };
    }
    if (screen.shows === 'amendment') {
      const amendment = await getAmendmentOnScreen({ actor, input: { statementId: screen.statementId!, number: screen.amendmentNumber! } });
      return { meeting, shows: 'amendment' as const, amendment };
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return { meeting, shows: 'withheld' as const };
    throw error;
  }
  return { meeting, shows: 'floor' as const, floor };
}

export type RoomScreenView = Awaited<ReturnType<typeof getRoomScreen>>;
