import 'server-only';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { excerptMarks } from '../../lib/statements/archive-excerpt';
import { db, type Executor } from '../client';
import { preparedReadByShape } from '../prepared';
import { documents, meetings, statementArchive, statements, type Statement, type StatementKind } from '../schema';

// The archive of adopted texts: written when a statement is published, read by the archive's pages.

/**
 * Files a statement being published in the archive: its title, then the paragraphs of its adopted
 * revision in order, each parted by a blank line (as migration 0037 filed those published before).
 */
export async function insertArchiveEntry(statementId: string, ex: Executor): Promise<void> {
  await ex.execute(sql`
    insert into ${statementArchive} (statement_id, kind, adopted_at, body)
    select s.id, s.kind, s.adopted_at, s.title || coalesce(E'\n\n' || string_agg(p.text, E'\n\n' order by p.position), '')
    from statements s
    join statement_revisions r on r.statement_id = s.id and r.number = s.current_revision
    left join statement_paragraphs p on p.revision_id = r.id
    where s.id = ${statementId} and s.adopted_at is not null
    group by s.id`);
}

export type AdoptedTextRow = Pick<Statement, 'id' | 'title' | 'kind' | 'adoptionManner'> & {
  adoptedAt: Date;
  meetingId: string;
  meetingTitle: string;
  meetingCity: string | null;
  meetingStartDate: string;
  meetingEndDate: string;
  meetingTimeZone: string;
  symbol: string | null;
  /** Where the words searched for stand in the text, marked with `excerptMarks`; null when nothing was searched for. */
  excerpt: string | null;
};

type ArchiveShape = { words: boolean; kind: boolean };

// websearch_to_tsquery reads what people type into a search box: words, "a phrase", or, -not.
const searched = sql`websearch_to_tsquery('english'::regconfig, ${sql.placeholder('words')})`;

function archiveFilter(shape: ArchiveShape): SQL | undefined {
  return and(
    shape.words ? sql`${statementArchive.document} @@ ${searched}` : undefined,
    shape.kind ? eq(statementArchive.kind, sql.placeholder('kind')) : undefined,
  );
}

const headlineOptions = `MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … ", StartSel=${excerptMarks.start}, StopSel=${excerptMarks.stop}`;

// The page is chosen from the archive alone, latest adoption first, through its indexes (or the
// search's); only its rows are joined to their statements and meetings, and only they are excerpted.
const archivePage = preparedReadByShape('statement_archive_page', (ex, shape: ArchiveShape) => {
  const page = ex
    .select({ statementId: statementArchive.statementId, adoptedAt: statementArchive.adoptedAt, body: statementArchive.body })
    .from(statementArchive)
    .where(archiveFilter(shape))
    .orderBy(desc(statementArchive.adoptedAt), desc(statementArchive.statementId))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .as('page');
  return ex
    .select({
      id: statements.id,
      title: statements.title,
      kind: statements.kind,
      adoptionManner: statements.adoptionManner,
      adoptedAt: page.adoptedAt,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingCity: meetings.city,
      meetingStartDate: meetings.startDate,
      meetingEndDate: meetings.endDate,
      meetingTimeZone: meetings.timeZone,
      symbol: documents.symbol,
      excerpt: shape.words ? sql<string>`ts_headline('english'::regconfig, ${page.body}, ${searched}, ${headlineOptions})` : sql<null>`null`,
    })
    .from(page)
    .innerJoin(statements, eq(statements.id, page.statementId))
    .innerJoin(meetings, eq(meetings.id, statements.meetingId))
    .leftJoin(documents, eq(documents.id, statements.documentId))
    .orderBy(desc(page.adoptedAt), desc(page.statementId));
});

const archiveCount = preparedReadByShape('statement_archive_count', (ex, shape: ArchiveShape) =>
  ex.select({ total: count() }).from(statementArchive).where(archiveFilter(shape)),
);

/** One page of the published texts, latest adoption first, with how many there are in all. */
export async function listAdoptedTexts(
  options: { words?: string; kind?: StatementKind; limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: AdoptedTextRow[]; total: number }> {
  const { words, kind, limit, offset } = options;
  const shape = { words: Boolean(words), kind: Boolean(kind) };
  const values = { words, kind, limit, offset };
  // The page and the count are independent: asked side by side, the archive costs one round trip.
  const [rows, [totals]] = await Promise.all([archivePage(shape, ex).execute(values), archiveCount(shape, ex).execute(values)]);
  return { rows: rows as AdoptedTextRow[], total: totals?.total ?? 0 };
}
