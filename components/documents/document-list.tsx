import { useFormatter, useTranslations } from 'next-intl';
import { Fragment } from 'react';
import type { DocumentSummary } from '@/db/queries/documents';
import type { ActionResult } from '@/lib/action';
import { extensionOf } from '@/lib/documents/file-type';
import type { ChangeDocumentAccessInput, WithdrawDocumentInput } from '@/lib/documents/schemas';
import { withdrawalRefusal, type PaperUse } from '@/lib/documents/withdrawal';
import { Badge } from '../ui/badge';
import { ButtonLink } from '../ui/button';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';
import { DocumentAccessButton, WithdrawDocumentButton } from './document-controls';

type DocumentListProps = {
  /** In the meeting's order: by kind, number, variant and language (`documentOrder`). */
  documents: DocumentSummary[];
  /** Shows the upload link; the upload action checks the permission again. */
  canUpload: boolean;
  meetingId: string;
  /** For staff: makes a paper public or restricted (the action checks the permission again). */
  accessAction?: (input: ChangeDocumentAccessInput) => Promise<ActionResult<DocumentSummary>>;
  /** For staff: withdraws a paper, with a reason (the action checks the permission again). */
  withdrawAction?: (input: WithdrawDocumentInput) => Promise<ActionResult<unknown>>;
  /**
   * What the app serves papers as: a published statement's paper stays public, and neither it nor an
   * issued agenda is withdrawn, so staff are not offered those steps.
   */
  paperUses?: ReadonlyMap<string, PaperUse>;
  /** The meeting's zone, in which a withdrawal's day is given. */
  timeZone: string;
};

const megabyte = 1024 * 1024;

/** The meeting's documents, each language version on its own row with its download link. */
export function DocumentList({ documents, canUpload, meetingId, accessAction, withdrawAction, paperUses, timeZone }: DocumentListProps) {
  const t = useTranslations('documents');
  const format = useFormatter();
  const uploadLink = canUpload ? (
    <ButtonLink href={`/meetings/${meetingId}/documents/new`} variant="secondary">
      {t('upload')}
    </ButtonLink>
  ) : null;

  if (documents.length === 0) {
    return (
      <EmptyState>
        <p>{canUpload ? t('emptyManage') : t('empty')}</p>
        {uploadLink && <div className="mt-4">{uploadLink}</div>}
      </EmptyState>
    );
  }

  const size = (bytes: number) =>
    bytes >= megabyte
      ? format.number(bytes / megabyte, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte' });

  // Access tells papers apart only where some are restricted, or where staff may change it: the
  // public, and most delegates, read public ones alone.
  const withdrawn = documents.filter((document) => document.withdrawnAt).length;
  const showsAccess = Boolean(accessAction) || documents.some((document) => !document.isPublic);
  // The package holds what the reader sees here but the withdrawn: worth offering from two papers on.
  const packaged = documents.filter((document) => !document.withdrawnAt);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">{t('count', { count: documents.length - withdrawn, withdrawn })}</p>
        <div className="flex flex-wrap items-center gap-4">
          {packaged.length > 1 && (
            <p className="text-sm">
              <a
                href={`/files/meetings/${meetingId}/papers`}
                aria-label={t('downloadAllLabel', { count: packaged.length })}
                className="font-medium text-brand-700 hover:underline"
              >
                {t('downloadAll')}
              </a>{' '}
              <span className="text-xs text-slate-600">
                ({t('fileSize', { type: 'ZIP', size: size(packaged.reduce((total, document) => total + document.byteSize, 0)) })})
              </span>
            </p>
          )}
          {uploadLink}
        </div>
      </div>
      <DataTable
        label={t('listLabel')}
        isDense
        columns={[
          { label: t('symbol') },
          { label: t('title') },
          { label: t('language') },
          ...(showsAccess ? [{ label: t('access') }] : []),
          { label: t('file') },
        ]}
      >
        {documents.map((document) => {
          const language = t(`languages.${document.language}`);
          return (
            <tr key={document.id} className="align-top">
              <th scope="row" className="font-mono text-xs font-medium text-slate-900">
                <BreakableSymbol symbol={document.symbol} />
              </th>
              <td className={document.withdrawnAt ? 'text-slate-600' : 'text-slate-800'}>
                <span lang={document.language}>{document.title}</span>
                {document.withdrawnAt && (
                  <span className="mt-1 block text-xs">
                    {t('withdrawnOn', { day: format.dateTime(document.withdrawnAt, { dateStyle: 'medium', timeZone }), reason: document.withdrawalReason ?? '' })}
                  </span>
                )}
              </td>
              <td className="whitespace-nowrap text-slate-700">{language}</td>
              {showsAccess && (
                <td>
                  {document.withdrawnAt ? (
                    <Badge>{t('withdrawn')}</Badge>
                  ) : (
                    <>
                      {document.isPublic ? <Badge tone="success">{t('public')}</Badge> : <Badge tone="warning">{t('restricted')}</Badge>}
                      {/* One under the other: side by side they would widen the table past the page. */}
                      <div className="flex flex-col items-start">
                        {accessAction && <AccessControl document={document} language={language} use={paperUses?.get(document.id)} action={accessAction} />}
                        {withdrawAction && <WithdrawControl document={document} language={language} use={paperUses?.get(document.id)} action={withdrawAction} />}
                      </div>
                    </>
                  )}
                </td>
              )}
              <td className="whitespace-nowrap">
                {/* A plain link: the file is a download, not a page for the client router. */}
                <a
                  href={`/files/${document.id}`}
                  aria-label={t('downloadLabel', { symbol: document.symbol, language })}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {t('download')}
                </a>
                <span className="block text-xs text-slate-600">
                  {t('fileSize', { type: extensionOf(document.fileName).toUpperCase(), size: size(document.byteSize) })}
                </span>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}

type ControlProps<Input> = {
  document: DocumentSummary;
  language: string;
  use: PaperUse | undefined;
  action: (input: Input) => Promise<ActionResult<unknown>>;
};

/** Make public or restrict; a published statement's paper stays public, which the row says instead. */
function AccessControl({ document, language, use, action }: ControlProps<ChangeDocumentAccessInput>) {
  const t = useTranslations('documents');
  if (document.isPublic && use === 'statement') return <span className="mt-1 block text-xs text-slate-600">{t('statementPaperStaysPublic')}</span>;
  return (
    <DocumentAccessButton
      input={{ documentId: document.id, isPublic: !document.isPublic }}
      variant="primary"
      labels={{
        trigger: t(document.isPublic ? 'restrict' : 'makePublic'),
        triggerAria: t(document.isPublic ? 'restrictLabel' : 'makePublicLabel', { symbol: document.symbol, language }),
        title: t(document.isPublic ? 'restrictTitle' : 'makePublicTitle', { symbol: document.symbol, language }),
        body: t(document.isPublic ? 'restrictBody' : 'makePublicBody'),
      }}
      action={action}
    />
  );
}

/** Withdraw, where the rule allows it; an issued agenda says how it is corrected instead. */
function WithdrawControl({ document, language, use, action }: ControlProps<WithdrawDocumentInput>) {
  const t = useTranslations('documents');
  const refusal = withdrawalRefusal(document, use);
  if (refusal === 'withdrawAgendaPaper') return <span className="mt-1 block text-xs text-slate-600">{t('agendaPaperStays')}</span>;
  if (refusal) return null;
  return (
    <WithdrawDocumentButton
      documentId={document.id}
      labels={{
        trigger: t('withdraw'),
        triggerAria: t('withdrawLabel', { symbol: document.symbol, language }),
        title: t('withdrawTitle', { symbol: document.symbol, language }),
        body: t('withdrawBody'),
        reason: t('withdrawalReason'),
        reasonHint: t('withdrawalReasonHint'),
      }}
      action={action}
    />
  );
}

/**
 * A symbol that may wrap on a phone after a slash, and nowhere else, keeping a number with what it
 * numbers: ESCAP/ NEASPEC/ SOM(26)/1/ Rev.1. From md up it is one line: a box as wide as the symbol,
 * since a <wbr> breaks even in nowrap, and hidden <wbr>s would change the symbol's accessible name.
 */
function BreakableSymbol({ symbol }: { symbol: string }) {
  return (
    <span className="md:inline-block md:min-w-max">
      {symbol.split('/').map((part, index) => (
        <Fragment key={index}>
          {index > 0 && '/'}
          {index > 0 && !/^\d/.test(part) && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
