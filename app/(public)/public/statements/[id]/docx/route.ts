import { contentDisposition } from '@/app/files/download-headers';
import { AppError } from '@/lib/errors';
import { getPublishedStatement } from '@/lib/statements/get-published-statement';
import { renderStatementDocx } from '@/lib/statements/render-statement-docx';
import { paperFileName } from '@/lib/statements/statement-paper';
import { zonedDate } from '@/lib/time-zones';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// A published statement as a Word document, for anyone: made from the adopted text each time, so it
// carries every position recorded since publication (the issued PDF stays as it was issued).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    const { statement, meeting, paper } = await getPublishedStatement({ input: { statementId: id } });
    // Published, so issued: the day it was, in the meeting's zone, as the issued PDF says.
    const issue = statement.publishedAt ? { issuedOn: zonedDate(statement.publishedAt, meeting.timeZone) } : undefined;
    return new Response(new Uint8Array(await renderStatementDocx(paper, issue)), {
      headers: {
        'Content-Type': docxType,
        'Content-Disposition': contentDisposition(paperFileName(paper, 'docx')),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'public, max-age=300',
      },
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    });
  }
}
