import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadHeaders } from '@/app/files/download-headers';
import { downloadFileName, papersPackageFileName } from '@/lib/documents/file-names';

const document = {
  symbol: 'ESCAP/NEASPEC/SOM(26)/INF/2/Rev.1',
  language: 'zh' as const,
  fileName: '会议报告.PDF',
  contentType: 'application/pdf',
  isPublic: false,
  content: Buffer.from('%PDF-1.7\n%%EOF\n'),
};

describe('downloadFileName', () => {
  it('names the file after its symbol and language, with the extension of the upload', () => {
    expect(downloadFileName(document)).toBe('ESCAP-NEASPEC-SOM(26)-INF-2-Rev.1-zh.pdf');
    expect(downloadFileName({ symbol: 'ESCAP/NEASPEC/SOM(26)/1', language: 'en', fileName: 'agenda.docx' })).toBe(
      'ESCAP-NEASPEC-SOM(26)-1-en.docx',
    );
  });
});

describe('papersPackageFileName', () => {
  it("names a meeting's papers together after the meeting's part of their symbols", () => {
    expect(papersPackageFileName('ESCAP/NEASPEC/SOM(26)')).toBe('ESCAP-NEASPEC-SOM(26)-papers.zip');
  });
});

describe('contentDisposition', () => {
  it('is an attachment with a plain name and its exact RFC 5987 form', () => {
    expect(contentDisposition('ESCAP-NEASPEC-SOM(26)-1-en.pdf')).toBe(
      `attachment; filename="ESCAP-NEASPEC-SOM(26)-1-en.pdf"; filename*=UTF-8''ESCAP-NEASPEC-SOM%2826%29-1-en.pdf`,
    );
  });

  it('keeps characters a header cannot carry out of the plain name, and encodes them in filename*', () => {
    expect(contentDisposition('Доклад "final"; 100%.pdf')).toBe(
      `attachment; filename="______ _final__ 100_.pdf"; filename*=UTF-8''%D0%94%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4%20%22final%22%3B%20100%25.pdf`,
    );
  });
});

describe('downloadHeaders', () => {
  it('sends the stored type, the length, nosniff, and never caches a restricted document', () => {
    const headers = downloadHeaders(document);
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('content-length')).toBe(String(document.content.byteLength));
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('cache-control')).toBe('private, no-store');
    expect(headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('lets a public document be cached', () => {
    expect(downloadHeaders({ ...document, isPublic: true }).get('cache-control')).toBe('public, max-age=300');
  });
});
