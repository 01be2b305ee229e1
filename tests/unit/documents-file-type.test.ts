import { describe, expect, it } from 'vitest';
import { checkDocumentFile, detectDocumentType, extensionOf } from '@/lib/documents/file-type';

const pdfType = 'application/pdf';
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pptxType = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

function pdf(): Uint8Array {
  return ascii('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
}

/** A small but well-formed ZIP archive of empty, stored entries: enough to be an OOXML package's skeleton. */
function zip(names: string[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const fileName = Buffer.from(name, 'latin1');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(fileName.length, 26);
    locals.push(local, fileName);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);
    offset += local.length + fileName.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const docx = () => zip(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
const xlsx = () => zip(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml']);
const pptx = () => zip(['[Content_Types].xml', '_rels/.rels', 'ppt/presentation.xml']);

describe('detectDocumentType', () => {
  it.each([
    ['PDF', pdf, pdfType],
    ['DOCX', docx, docxType],
    ['XLSX', xlsx, xlsxType],
    ['PPTX', pptx, pptxType],
  ])('knows a %s by its bytes', (_, bytes, contentType) => {
    expect(detectDocumentType(bytes())?.contentType).toBe(contentType);
  });

  it.each([
    ['a Windows program', () => new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])],
    ['plain text', () => ascii('Provisional agenda\n1. Opening of the meeting\n')],
    ['a ZIP archive that is no Office document', () => zip(['readme.txt', 'word/notes.txt'])],
    ['an Office package of another kind', () => zip(['[Content_Types].xml', 'visio/document.xml'])],
    ['a PDF signature without its dash', () => ascii('%PDF1.7')],
    ['nothing', () => new Uint8Array()],
  ])('refuses %s', (_, bytes) => {
    expect(detectDocumentType(bytes())).toBeNull();
  });
});

describe('checkDocumentFile', () => {
  it.each([
    ['agenda.pdf', pdf, pdfType],
    ['AGENDA.PDF', pdf, pdfType],
    ['report.v2.docx', docx, docxType],
    ['budget.xlsx', xlsx, xlsxType],
    ['slides.pptx', pptx, pptxType],
  ])('accepts %s when the name agrees with the content', (name, bytes, contentType) => {
    expect(checkDocumentFile(name, bytes())).toEqual({ ok: true, type: expect.objectContaining({ contentType }) });
  });

  it.each([
    ['report.pdf', docx],
    ['report.docx', pdf],
    ['budget.docx', xlsx],
    ['slides.xlsx', pptx],
    ['report', pdf],
  ])('calls %s a mismatch when its content says otherwise', (name, bytes) => {
    expect(checkDocumentFile(name, bytes())).toEqual({ ok: false, reason: 'fileTypeMismatch' });
  });

  it.each([
    ['setup.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0x00])],
    ['setup.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0x00])],
    ['notes.txt', ascii('Notes of the bureau')],
    ['notes.pdf', ascii('Notes of the bureau')],
  ])('calls %s unsupported, whatever its name', (name, bytes) => {
    expect(checkDocumentFile(name, bytes)).toEqual({ ok: false, reason: 'fileTypeUnsupported' });
  });
});

describe('extensionOf', () => {
  it.each([
    ['agenda.pdf', 'pdf'],
    ['Agenda.Final.DOCX', 'docx'],
    ['no-extension', ''],
    ['.pdf', 'pdf'],
  ])('%s -> %s', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});
