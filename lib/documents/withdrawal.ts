// Whether a meeting's paper may be withdrawn: a pure rule the documents list and the use-case share.

/** What the app itself serves a paper as, which a withdrawal would leave without its paper. */
export type PaperUse = 'statement' | 'agenda';

export type WithdrawalRefusal = 'documentWithdrawn' | 'withdrawStatementPaper' | 'withdrawAgendaPaper';

/**
 * Why a paper cannot be withdrawn, or null when it can. A published statement's paper is what its
 * public page serves; an issued agenda is what its revisions and annotations number from: each is
 * corrected by a revision, not taken back.
 */
export function withdrawalRefusal(document: { withdrawnAt: Date | null }, use: PaperUse | undefined): WithdrawalRefusal | null {
  if (document.withdrawnAt) return 'documentWithdrawn';
  if (use === 'statement') return 'withdrawStatementPaper';
  if (use === 'agenda') return 'withdrawAgendaPaper';
  return null;
}

/** The papers a meeting's statements and agenda were issued as, from the rows that name them. */
export function paperUsesOf(
  statements: ReadonlyArray<{ documentId: string | null }>,
  agenda: { agendaDocumentId: string | null; annotationsDocumentId: string | null } | null,
): Map<string, PaperUse> {
  const uses = new Map<string, PaperUse>();
  for (const id of [agenda?.agendaDocumentId, agenda?.annotationsDocumentId]) if (id) uses.set(id, 'agenda');
  for (const { documentId } of statements) if (documentId) uses.set(documentId, 'statement');
  return uses;
}
