import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RefreshEvery } from '@/components/floor/floor-controls';
import { FloorOnScreen } from '@/components/floor/floor-on-screen';
import { AmendedTextOnScreen } from '@/components/statements/amendments/amended-text';
import { AmendmentOnScreen } from '@/components/statements/amendments/amendment-on-screen';
import { StatementOnScreen } from '@/components/statements/statement-on-screen';
import { Link } from '@/components/ui/link';
import { RoomScreen } from '@/components/ui/room-screen';
import { getRoomScreen } from '@/lib/floor/get-room-screen';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('floor.screen'))('title') };
}

// The meeting's screen as the projector shows it: the speakers' list, or the statement or amendment the
// chair put there. It follows on its own; nothing on it is a control.
export default async function RoomScreenPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const [view, t] = await Promise.all([orRefusalPage(getRoomScreen({ actor, input: { meetingId: id } })), getTranslations('floor.screen')]);
  const { meeting } = view;
  // The chair may put something else up at any time until the meeting is over.
  const follows = meeting.status !== 'concluded' && meeting.status !== 'cancelled';
  return (
    <RoomScreen>
      <div className="mx-auto flex max-w-6xl flex-col gap-10" data-testid="room-screen" data-shows={view.shows}>
        {follows && <RefreshEvery seconds={5} />}
        <div className="flex flex-wrap items-baseline justify-between gap-4">
          <p className="text-2xl text-slate-300">{meeting.title}</p>
          <Link href={`/meetings/${meeting.id}/floor`} className="text-base text-slate-300 underline hover:text-white">
            {t('back')}
          </Link>
        </div>
        {view.shows === 'floor' && <FloorOnScreen floor={view.floor} />}
        {view.shows === 'statement' && <StatementOnScreen view={view.statement} />}
        {view.shows === 'amendment' && <AmendmentOnScreen data={view.amendment} />}
        {view.shows === 'amended' && <AmendedTextOnScreen view={view.amended} />}
        {view.shows === 'withheld' && <h1 className="mt-24 text-center text-5xl font-bold text-slate-200">{t('notForYou')}</h1>}
      </div>
    </RoomScreen>
  );
}
