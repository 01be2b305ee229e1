import JSZip from 'jszip';
import type { PaperFile } from '@/db/queries/documents';
import { downloadFileName } from './file-names';

/**
 * One ZIP of papers, each under the name its own download has, dated when it was issued. Stored, not
 * compressed: PDF and Office files are compressed already, and the package is made at every request.
 */
export async function packPapers(papers: readonly PaperFile[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const paper of papers) zip.file(downloadFileName(paper), paper.content, { date: paper.createdAt, binary: true });
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
