import type { Document } from '@/db/schema';
import { extensionOf } from './file-type';

// A symbol's slashes cannot stand in a file's name: ESCAP/NEASPEC/SOM(26)/1 is saved as ESCAP-NEASPEC-SOM(26)-1.
const fileStem = (symbol: string) => symbol.replace(/[/\\]+/g, '-');

/** The name a download is saved under: its symbol and language, e.g. ESCAP-NEASPEC-SOM(26)-1-en.pdf. */
export function downloadFileName(document: Pick<Document, 'symbol' | 'language' | 'fileName'>): string {
  // The upload checked that the stored name's extension agrees with the content.
  const extension = extensionOf(document.fileName);
  const stem = fileStem(`${document.symbol}-${document.language}`);
  return extension ? `${stem}.${extension}` : stem;
}

/** The name a meeting's papers are saved under together: ESCAP-NEASPEC-SOM(26)-papers.zip. */
export function papersPackageFileName(meetingSymbol: string): string {
  return `${fileStem(meetingSymbol)}-papers.zip`;
}
