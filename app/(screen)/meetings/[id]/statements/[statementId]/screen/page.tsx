import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { RefreshEvery } from '@/components/floor/floor-controls';
import { AmendmentOnScreen } from '@/components/statements/amendments/amendment-on-screen';
import { StatementOnScreen } from '@/components/statements/statement-on-screen';
import { Link } from '@/components/ui/link';
import { RoomScreen } from '@/components/ui/room-screen';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';
import { getAmendmentOnScreen } from '@/lib/statements/get-amendment-on-screen';
import { getStatement } from '@/lib/statements/get-statement';
import { isFrozen } from '@/lib/statements/lifecycle';
import { statementPath } from '@/lib/statements/links';

type Props = { params: Promise<{ id: string; statementId: string }>; searchParams: Promise<{ amendment?: string | string[] }> };

/** The amendment the operator put on the screen (`?amendment=3`); anything else shows the text. */
const amendmentNumberSchema = z.coerce.number().int().positive().max(1_000_000).optional().catch(undefined);

const loadStatement = cache(async (statementId: string) =>
  orRefusalPage(getStatement({ actor: await requireActor(), input: { statementId, revision: undefined } })),
);

const loadAmendment = cache(async (statementId: string, number: number) =>
  orRefusalPage(getAmendmentOnScreen({ actor: await requireActor(), input: { statementId, number } })),
);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ statementId }, { amendment }] = await Promise.all([params, searchParams]);
  const number = amendmentNumberSchema.parse(amendment);
  if (number !== undefined) {
    const [{ amendment: shown }, t] = await Promise.all([loadAmendment(statementId, number), getTranslations('amendments.screen')]);
    return { title: t('title', { number: shown.number, party: shown.partyName }) };
  }
  const [{ statement }, t] = await Promise.all([loadStatement(statementId), getTranslations('statements.screen')]);
  return { title: t('title', { title: statement.title }) };
}

// A text under negotiation as the room reads it on the projector: its latest revision in large type,
// or the amendment being debated, following each change staff make while the text can still change.
export default async function StatementScreenPage({ params, searchParams }: Props) {
  const [{ id, statementId }, { amendment }] = await Promise.all([params, searchParams]);
  const number = amendmentNumberSchema.parse(amendment);
  const [shown, t] = await Promise.all([
    number === undefined ? loadStatement(statementId) : loadAmendment(statementId, number),
    getTranslations('statements'),
  ]);
  const { statement, meeting } = shown;
  if (statement.meetingId !== id) notFound();
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
        {'amendment' in shown ? (
          <AmendmentOnScreen data={shown} screenPath={`${statementPath(statement)}/screen`} />
        ) : (
          <StatementOnScreen view={shown} />
        )}
      </div>
    </RoomScreen>
  );
}
