import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { RefreshEvery } from '@/components/floor/floor-controls';
import { StatementText } from '@/components/statements/statement-text';
import { Link } from '@/components/ui/link';
import { RoomScreen } from '@/components/ui/room-screen';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';
import { getStatement } from '@/lib/statements/get-statement';
import { isFrozen } from '@/lib/statements/lifecycle';
import { statementPath } from '@/lib/statements/links';

type Props = { params: Promise<{ id: string; statementId: string }> };

const loadStatement = cache(async (statementId: string) =>
  orRefusalPage(getStatement({ actor: await requireActor(), input: { statementId, revision: undefined } })),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { statementId } = await params;
  const [{ statement }, t] = await Promise.all([loadStatement(statementId), getTranslations('statements.screen')]);
  return { title: t('title', { title: statement.title }) };
}

// A text under negotiation as the room reads it on the projector: its latest revision in large type,
// following each new revision staff save while the text can still change.
export default async function StatementScreenPage({ params }: Props) {
  const { id, statementId } = await params;
  const [{ statement, meeting, revision, paragraphs }, t] = await Promise.all([loadStatement(statementId), getTranslations('statements')]);
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
        <div>
          <h1 className="text-5xl font-bold leading-tight">{statement.title}</h1>
          <p className="mt-2 text-2xl text-slate-300" data-testid="screen-revision">
            {t('screen.revision', { kind: t(`kinds.${statement.kind}`), revision: revision.number, status: t(`statuses.${statement.status}`) })}
          </p>
        </div>
        <div className="rounded-2xl bg-white px-10 py-8 text-3xl leading-relaxed">
          <StatementText paragraphs={paragraphs} />
        </div>
      </div>
    </RoomScreen>
  );
}
