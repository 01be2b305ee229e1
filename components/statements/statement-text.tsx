import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { ParagraphKind } from '@/lib/statements/values';

export type NumberedParagraph = { id: string; kind: ParagraphKind; text: string; number: number | null; amendmentIds: string[] };

/**
 * A revision's text as the meeting reads it: preambular paragraphs unnumbered (named so for screen
 * readers), operative paragraphs numbered. `renderAfter` adds what a
 * paragraph needs below it (the amendments that shaped it).
 */
export function StatementText({ paragraphs, renderAfter }: { paragraphs: NumberedParagraph[]; renderAfter?: (paragraph: NumberedParagraph) => ReactNode }) {
  const t = useTranslations('statements.paragraphs');
  return (
    <ol className="space-y-3" data-testid="statement-text">
      {paragraphs.map((paragraph) => (
        <li key={paragraph.id} className="grid grid-cols-[2.5em_1fr] gap-[0.5em] text-slate-900">
          <span className="text-right font-medium text-slate-600">
            {paragraph.number === null ? <span className="sr-only">{t('preamble')}</span> : <span data-testid="paragraph-number">{paragraph.number}.</span>}
          </span>
          <div>
            <p data-testid="paragraph-text">{paragraph.text}</p>
            {renderAfter?.(paragraph)}
          </div>
        </li>
      ))}
    </ol>
  );
}
