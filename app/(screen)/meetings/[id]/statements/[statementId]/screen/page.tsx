import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { RefreshEvery } from '@/components/floor/floor-controls';
import { AmendedTextOnScreen } from '@/components/statements/amendments/amended-text';
import { AmendmentOnScreen } from '@/components/statements/amendments/amendment-on-screen';
import { StatementOnScreen } from '@/components/statements/statement-on-screen';
import { Link } from '@/components/ui/link';
import { RoomScreen } from '@/components/ui/room-screen';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';
import { getAmendedText } from '@/lib/statements/get-amended-text';
import { getAmendmentOnScreen } from '@/lib/statements/get-amendment-on-screen';
import { getStatement } from '@/lib/statements/get-statement';
import { isFrozen } from '@/lib/statements/lifecycle';
import { statementPath } from '@/lib/statements/links';

type Props = {
  params: Promise<{ id: string; statementId: string }>;
  searchParams: Promise<{ amendment?: string | string[]; view?: string | string[] }>;
};

/** The amendment the operator put on the screen (`?amendment=3`), or the text as amended so far (`?view=amended`); anything else shows the text. */
const shownSchema = z.object({
  amendment: z.coerce.number().int().positive().max(1_000_000).optional().catch(undefined),
  view: z.literal('amended').optional().catch(undefined),
});

// The text as amended shows only while amendments are accepted and not yet merged; else the text itself.
const loadShown = cache(async (statementId: string, amendment: number | undefined, view: 'amended' | undefined) => {
  const actor = await requireActor();
  if (amendment !== undefined) return { shows: 'amendment' as const, ...(await orRefusalPage(getAmendmentOnScreen({ actor, input: { statementId, number: amendment } }))) };
  const amended = view === 'amended' ? await orRefusalPage(getAmendedText({ actor, input: { statementId } })) : null;
  if (amended) return { shows: 'amended' as const, ...amended, amended };
  return { shows: 'text' as const, ...(await orRefusalPage(getStatement({ actor, input: { statementId, revision: undefined } }))) };
});

async function shownFor({ params, searchParams }: Props) {
  const [{ id, statementId }, query] = await Promise.all([params, searchParams]);
  const { amendment, view } = shownSchema.parse(query);
  return { meetingId: id, shown: await loadShown(statementId, amendment, view) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { shown } = await shownFor(props);
  if (shown.shows === 'amendment') return { title: (await getTranslations('amendments.screen'))('title', { number: shown.amendment.number, party: shown.amendment.partyName }) };
  return { title: (await getTranslations('statements.screen'))('title', { title: shown.statement.title }) };
}

// A text under negotiation as the room reads it on the projector: its latest revision in large type, the
// amendment being debated, or the text as amended so far, following each change while the text can change.
export default async function StatementScreenPage(props: Props) {
  const [{ meetingId, shown }, t] = await Promise.all([shownFor(props), getTranslations('statements')]);
  const { statement, meeting } = shown;
  if (statement.meetingId !== meetingId) notFound();
  return (
    <RoomScreen>
      <div className="mx-auto flex max-w-6xl flex-col gap-6">
        {!isFrozen(statement.status) && <RefreshEvery seconds={5} />}
        <div className="flex flex-wrap items-baseline justify-between gap-4">
          <p className="text-2xl text-slate-300">{meeting.title}</p>
          <Link href={statementPath(statement)} className="text-base text-slate-300 underline hover:text-white">
            {t('screen.back')}
          </Link>
        </div>
        {shown.shows === 'amendment' && <AmendmentOnScreen data={shown} screenPath={`${statementPath(statement)}/screen`} />}
        {shown.shows === 'amended' && <AmendedTextOnScreen view={shown.amended} />}
        {shown.shows === 'text' && <StatementOnScreen view={shown} />}
      </div>
    </RoomScreen>
  );
}
