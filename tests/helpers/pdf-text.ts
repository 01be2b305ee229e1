import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream, type PDFRef } from 'pdf-lib';

/** The text a PDF shows, from its content streams (pdf-lib draws hex strings). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of streams) {
      const stream = (ref instanceof PDFRawStream ? ref : pdf.context.lookup(ref as PDFRef)) as PDFRawStream;
      const raw = Buffer.from(stream.getContents());
      const text = (() => {
        try {
          return inflateSync(raw).toString('latin1');
        } catch {
          return raw.toString('latin1');
        }
      })();
      for (const [, hex] of text.matchAll(/<([0-9A-Fa-f]+)> Tj/g)) lines.push(Buffer.from(hex!, 'hex').toString('latin1'));
    }
  }
  return lines.join('\n');
}

