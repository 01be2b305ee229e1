import type { DocumentKind, DocumentVariant } from './values';

type SymbolParts = {
  prefix: string;
  seriesCode: string;
  meetingNumber: number;
  kind: DocumentKind;
  sequence: number;
  variant: DocumentVariant;
  variantNumber: number;
};

const kindSegment: Record<DocumentKind, (sequence: number) => string> = {
  working: (n) => `${n}`,
  information: (n) => `INF/${n}`,
  draft: (n) => `L.${n}`,
};

const variantSuffix: Record<DocumentVariant, (n: number) => string> = {
  original: () => '',
  revision: (n) => `/Rev.${n}`,
  addendum: (n) => `/Add.${n}`,
  corrigendum: (n) => `/Corr.${n}`,
};

/** The part of its papers' symbols that names a meeting: ESCAP/NEASPEC/SOM(26). */
export function meetingSymbol(parts: Pick<SymbolParts, 'prefix' | 'seriesCode' | 'meetingNumber'>): string {
  return `${parts.prefix}/${parts.seriesCode}(${parts.meetingNumber})`;
}

/**
 * The UN-style symbol of a meeting document: ESCAP/NEASPEC/SOM(26)/1 for a working document,
 * .../INF/1 for an information document, .../L.1 for a draft, and /Rev.1, /Add.1 or /Corr.1 after
 * the symbol of the document it revises, adds to or corrects.
 */
export function formatDocumentSymbol(parts: SymbolParts): string {
  const base = `${meetingSymbol(parts)}/${kindSegment[parts.kind](parts.sequence)}`;
  return `${base}${variantSuffix[parts.variant](parts.variantNumber)}`;
}
