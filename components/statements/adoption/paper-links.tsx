import { useTranslations } from 'next-intl';
import { publicStatementPath } from '@/lib/statements/links';
import { buttonClasses } from '../../ui/button';

/** The published text's downloads: the issued PDF and the DOCX. */
export function PaperLinks({ statementId, documentId }: { statementId: string; documentId: string | null }) {
  const t = useTranslations('statementAdoption');
  return (
    <>
      {documentId && (
        <a className={buttonClasses('secondary')} href={`/files/${documentId}`} download>
          {t('downloadPdf')}
        </a>
      )}
      <a className={buttonClasses('secondary')} href={`${publicStatementPath(statementId)}/docx`} download>
        {t('downloadDocx')}
      </a>
    </>
  );
}
