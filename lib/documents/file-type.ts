// What a file is comes from its bytes, never from its name: a name only has to agree with them.

export type DocumentFileType = { contentType: string; extensions: readonly string[] };

const pdf: DocumentFileType = { contentType: 'application/pdf', extensions: ['pdf'] };
const docx: DocumentFileType = {
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
};
const xlsx: DocumentFileType = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extensions: ['xlsx'],
};
const pptx: DocumentFileType = {
  contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  extensions: ['pptx'],
};

/** Every type the programme accepts, for file pickers. */
export const documentFileTypes: readonly DocumentFileType[] = [pdf, docx, xlsx, pptx];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** The start of a ZIP file as text, where the names of its first entries can be read. */
function zipHead(bytes: Uint8Array): string {
  // Office writers put [Content_Types].xml and the part folders first; 64 KB reaches them.
  return Buffer.from(bytes.subarray(0, 65_536)).toString('latin1');
}

/** The type of an uploaded document, or null when it is not one the programme accepts. */
export function detectDocumentType(bytes: Uint8Array): DocumentFileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return pdf; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipHead(bytes);
    if (!names.includes('[Content_Types].xml')) return null;
    if (names.includes('word/')) return docx;
    if (names.includes('xl/')) return xlsx;
    if (names.includes('ppt/')) return pptx;
  }
  return null;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The accepted type of a file, when its content is one and its name says the same. */
export function checkDocumentFile(fileName: string, bytes: Uint8Array): { ok: true; type: DocumentFileType } | { ok: false; reason: 'fileTypeUnsupported' | 'fileTypeMismatch' } {
  const type = detectDocumentType(bytes);
  if (!type) return { ok: false, reason: 'fileTypeUnsupported' };
  if (!type.extensions.includes(extensionOf(fileName))) return { ok: false, reason: 'fileTypeMismatch' };
  return { ok: true, type };
}
