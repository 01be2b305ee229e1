import 'server-only';
import { listPublishedStatements, type PublishedStatementSummary } from '@/db/queries/statement-adoption';
import { AppError } from '../errors';
import { isId } from '../schemas';

// A meeting's published statements, for its public page: anyone may read them.
export async function findPublishedStatements({ input }: { input: { meetingId: string } }): Promise<PublishedStatementSummary[]> {
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  return listPublishedStatements(input.meetingId);
}
