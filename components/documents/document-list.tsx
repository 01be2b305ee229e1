import { useFormatter, useTranslations } from 'next-intl';
import type { DocumentSummary } from '@/db/queries/documents';
import { extensionOf } from '@/lib/documents/file-type';
import { Badge } from '../ui/badge';
import { ButtonLink } from '../ui/button';
import { EmptyState } from '../ui/empty-state';

type DocumentListProps = {
  /** In the meeting's order: by kind, number, variant and language (as listMeetingDocuments gives them). */
  documents: DocumentSummary[];
  /** Shows the upload link; the upload action checks the permission again. */
  canManage: boolean;
  meetingId: string;
};

const megabyte = 1024 * 1024;

/** The meeting's documents, each language version on its own row with its download link. */
export function DocumentList({ documents, canManage, meetingId }: DocumentListProps) {
  const t = useTranslations('documents');
  const format = useFormatter();
  const uploadLink = canManage ? (
    <ButtonLink href={`/meetings/${meetingId}/documents/new`} variant="secondary">
      {t('upload')}
    </ButtonLink>
  ) : null;

  if (documents.length === 0) {
    return (
      <EmptyState>
        <p>{canManage ? t('emptyManage') : t('empty')}</p>
        {uploadLink && <div className="mt-4">{uploadLink}</div>}
      </EmptyState>
    );
  }

  const size = (bytes: number) =>
    bytes >= megabyte
      ? format.number(bytes / megabyte, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte' });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">{t('count', { count: documents.length })}</p>
        {uploadLink}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
        <table className="w-full text-left text-sm" aria-label={t('listLabel')}>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t('symbol')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('title')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('language')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('access')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('file')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {documents.map((document) => {
              const language = t(`languages.${document.language}`);
              return (
                <tr key={document.id} className="align-top">
                  <th scope="row" className="px-3 py-2 font-mono text-xs font-medium whitespace-nowrap text-slate-900">
                    {document.symbol}
                  </th>
                  <td className="px-3 py-2 text-slate-800" lang={document.language}>
                    {document.title}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-700">{language}</td>
                  <td className="px-3 py-2">
                    {document.isPublic ? (
                      <Badge tone="success">{t('public')}</Badge>
                    ) : (
                      <Badge tone="warning">{t('restricted')}</Badge>
                    )}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {/* A plain link: the file is a download, not a page for the client router. */}
                    <a
                      href={`/files/${document.id}`}
                      aria-label={t('downloadLabel', { symbol: document.symbol, language })}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {t('download')}
                    </a>
                    <span className="ml-2 text-xs text-slate-600">
                      {t('fileSize', { type: extensionOf(document.fileName).toUpperCase(), size: size(document.byteSize) })}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
