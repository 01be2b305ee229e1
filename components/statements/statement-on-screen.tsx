import { useTranslations } from 'next-intl';
import type { StatementView } from '@/lib/statements/get-statement';
import { StatementText } from './statement-text';

/** A statement as the room reads it on the projector: its title, which revision, and the text in large type on a white sheet. */
export function StatementOnScreen({ view }: { view: Pick<StatementView, 'statement' | 'revision' | 'paragraphs'> }) {
  const t = useTranslations('statements');
  const { statement, revision, paragraphs } = view;
  return (
    <>
      <div>
        <h1 className="text-5xl font-bold leading-tight">{statement.title}</h1>
        <p className="mt-2 text-2xl text-slate-300" data-testid="screen-revision">
          {t('screen.revision', { kind: t(`kinds.${statement.kind}`), revision: revision.number, status: t(`statuses.${statement.status}`) })}
        </p>
      </div>
      <div className="rounded-2xl bg-white px-10 py-8 text-3xl leading-relaxed">
        <StatementText paragraphs={paragraphs} />
      </div>
    </>
  );
}
