import 'server-only';
import { db } from '@/db/client';
import { findDocumentSummary, type DocumentSummary } from '@/db/queries/documents';
import { listAgendaItems, updateAgenda } from '@/db/queries/agenda';
import { recordAudit } from '../audit';
import { issueDocument } from '../documents/issue-document';
import { paperDateRange } from '../documents/paper-dates';
import { AppError, isUniqueViolation } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import { lockAgendaForChange } from './agenda-change';
import { numberAgenda } from './outline';
import { renderAgendaPaper } from './render-agenda-pdf';
import type { IssueAgendaDocumentInput } from './schemas';

export const agendaPaperTitles = { agenda: 'Provisional agenda', annotations: 'Annotated provisional agenda' } as const;

// Staff issue the agenda as a meeting document: the provisional agenda first (/1), then its
// annotations (/1/Add.1); issuing the agenda again after a change gives its next revision (/1/Rev.1).
export async function issueAgendaDocument({ actor, input }: { actor: Actor; input: IssueAgendaDocumentInput }): Promise<DocumentSummary> {
  assertCan(actor, 'agenda:manage');
  try {
    return await db.transaction(async (tx) => {
      const { meeting, agenda } = await lockAgendaForChange(tx, input.meetingId);
      const items = numberAgenda(await listAgendaItems(meeting.id, tx));
      if (items.length === 0) throw new AppError('INVALID_STATE', 'agendaEmpty');
      const agendaDocument = agenda.agendaDocumentId ? await findDocumentSummary(agenda.agendaDocumentId, tx) : undefined;
      const isAnnotations = input.paper === 'annotations';
      if (isAnnotations && !agendaDocument) throw new AppError('INVALID_STATE', 'agendaNotIssuedYet');
      if (isAnnotations && !items.some((item) => item.annotation)) throw new AppError('INVALID_STATE', 'agendaNoAnnotations');
      const relation = isAnnotations ? 'addendum' : agendaDocument ? 'revision' : 'new';
      const document = await issueDocument(tx, actor, meeting, {
        relation,
        parentId: agendaDocument?.id ?? null,
        kind: 'working',
        title: agendaPaperTitles[input.paper],
        language: 'en',
        isPublic: true,
        contentType: 'application/pdf',
        content: (symbol) =>
          renderAgendaPaper({
            masthead: { symbol, isPublic: true, issuedOn: zonedDate(new Date(), meeting.timeZone), originalLanguage: 'English' },
            meetingTitle: meeting.title,
            heading: agendaPaperTitles[input.paper],
            subheading: [meeting.city, paperDateRange(meeting.startDate, meeting.endDate)].filter(Boolean).join(', '),
            items,
            withAnnotations: isAnnotations,
          }),
      });
      await updateAgenda(meeting.id, isAnnotations ? { annotationsDocumentId: document.id } : { agendaDocumentId: agendaDocument?.id ?? document.id }, {}, tx);
      await recordAudit(tx, actor, {
        action: 'agenda.issued',
        entityType: 'meeting',
        entityId: meeting.id,
        change: { symbol: document.symbol },
      });
      return document;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'documents_symbol_language_unique')) throw new AppError('CONFLICT', 'languageVersionExists');
    throw error;
  }
}
