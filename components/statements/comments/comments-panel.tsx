import { useFormatter, useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import { Panel } from '../../ui/panel';
import { StatementCommentForm, WithdrawCommentButton } from '../statement-controls-lazy';

type Comment = { id: string; revisionNumber: number; partyName: string; authorName: string | null; body: string; createdAt: Date; canWithdraw: boolean };

type Props = {
  statementId: string;
  comments: readonly Comment[];
  timeZone: string;
  /** The reader's own party, when they may comment for it now. */
  commentsFor: string | null;
  action: ComponentProps<typeof StatementCommentForm>['action'];
  withdrawAction: ComponentProps<typeof WithdrawCommentButton>['action'];
};

/** The delegations' general comments on the circulated text, oldest first, and the form for the reader's own. */
export function CommentsPanel({ statementId, comments, timeZone, commentsFor, action, withdrawAction }: Props) {
  const t = useTranslations('amendments.comments');
  const format = useFormatter();
  return (
    <Panel title={t('title')} intro={t('intro')}>
      {comments.length === 0 ? (
        <p className="text-sm text-slate-600">{t('empty')}</p>
      ) : (
        <ol className="space-y-4" data-testid="statement-comments">
          {comments.map((comment) => {
            const date = format.dateTime(comment.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone });
            const meta = { party: comment.partyName, revision: comment.revisionNumber, date };
            return (
              <li key={comment.id} id={`comment-${comment.id}`} className="text-sm">
                <p className="text-xs text-slate-600">{comment.authorName ? t('meta', { ...meta, author: comment.authorName }) : t('metaUnknown', meta)}</p>
                <p className="whitespace-pre-line text-slate-800">{comment.body}</p>
                {comment.canWithdraw && (
                  <div className="mt-1">
                    <WithdrawCommentButton
                      input={{ commentId: comment.id }}
                      variant="danger"
                      labels={{
                        trigger: t('withdraw'),
                        triggerAria: t('withdrawAria', meta),
                        title: t('withdrawTitle'),
                        body: t('withdrawBody', { party: comment.partyName }),
                      }}
                      action={withdrawAction}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {commentsFor && (
        <div className="mt-5 border-t border-slate-200 pt-4">
          <h3 className="mb-3 text-sm font-semibold text-slate-900">{t('formTitle', { party: commentsFor })}</h3>
          <StatementCommentForm statementId={statementId} action={action} />
        </div>
      )}
    </Panel>
  );
}
