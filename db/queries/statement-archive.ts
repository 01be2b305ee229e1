import 'server-only';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { excerptEdgeLength, excerptFragmentDelimiter, excerptMarks, framedExcerpt } from '../../lib/statements/archive-excerpt';
import { db, type Executor } from '../client';
import { preparedRead, preparedReadByShape } from '../prepared';
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

type ArchiveShape = { words: boolean; kind: boolean; year: boolean };

// websearch_to_tsquery reads what people type into a search box: words, "a phrase", or, -not.
const searched = sql`websearch_to_tsquery('english'::regconfig, ${sql.placeholder('words')})`;

function archiveFilter(shape: ArchiveShape): SQL | undefined {
  return and(
    shape.words ? sql`${statementArchive.document} @@ ${searched}` : undefined,
    shape.kind ? eq(statementArchive.kind, sql.placeholder('kind')) : undefined,
    // A range of adoption times, so the (adopted_at, id) index answers it.
    shape.year
      ? sql`${statementArchive.adoptedAt} >= ${sql.placeholder('yearStart')}::timestamptz and ${statementArchive.adoptedAt} < ${sql.placeholder('yearEnd')}::timestamptz`
      : undefined,
  );
}

const headlineOptions = `MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter="${excerptFragmentDelimiter}", StartSel=${excerptMarks.start}, StopSel=${excerptMarks.stop}`;

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
      // The text's ends, to tell whether the excerpt starts or ends inside it.
      textStart: shape.words ? sql<string>`left(${page.body}, ${excerptEdgeLength})` : sql<null>`null`,
      textEnd: shape.words ? sql<string>`right(${page.body}, ${excerptEdgeLength})` : sql<null>`null`,
    })
    .from(page)
    .innerJoin(statements, eq(statements.id, page.statementId))
    .innerJoin(meetings, eq(meetings.id, statements.meetingId))
    .leftJoin(documents, eq(documents.id, statements.documentId))
    .orderBy(desc(page.adoptedAt), desc(page.statementId));
});

/**
 * How many texts match, counting no further than `countCap` + 1: a search for a word most texts hold
 * counted every match (6 ms at 9,854), where "more than 1,000" says as much to a reader.
 */
const archiveCount = preparedReadByShape('statement_archive_count', (ex, shape: ArchiveShape) => {
  const matches = ex.select({ one: sql`1` }).from(statementArchive).where(archiveFilter(shape)).limit(sql.placeholder('countReach')).as('matches');
  return ex.select({ total: count() }).from(matches);
});

/**
 * The years in which texts were adopted, latest first, as the secretariat's calendar counts them:
 * each year from the first to the last is one probe of the adoption times' index.
 */
export async function listAdoptionYears(timeZone: string, ex: Executor = db): Promise<number[]> {
  const rows = await adoptionYears(ex).execute({ timeZone });
  return rows.map((row) => Number(row.year));
}
const zone = sql`${sql.placeholder('timeZone')}::text`;
const yearOfEdge = (edge: SQL) => sql`extract(year from (select ${edge} from ${statementArchive}) at time zone ${zone})::int`;
const year = sql<number>`year`;
const yearStartsAt = (y: SQL) => sql`make_timestamptz(${y}, 1, 1, 0, 0, 0, ${zone})`;
const adoptionYears = preparedRead('statement_archive_years', (ex) =>
  ex
    .select({ year })
    .from(sql`generate_series(${yearOfEdge(sql`min(${statementArchive.adoptedAt})`)}, ${yearOfEdge(sql`max(${statementArchive.adoptedAt})`)}) as year`)
    .where(
      sql`exists (select from ${statementArchive} where ${statementArchive.adoptedAt} >= ${yearStartsAt(year)} and ${statementArchive.adoptedAt} < ${yearStartsAt(sql`${year} + 1`)})`,
    )
    .orderBy(desc(year)),
);

/** One page of the published texts, latest adoption first, with how many there are, up to `countCap` and whether there are more. */
export async function listAdoptedTexts(
  options: { words?: string; kind?: StatementKind; adoptedFrom?: Date; adoptedBefore?: Date; limit: number; offset: number; countCap: number },
  ex: Executor = db,
): Promise<{ rows: AdoptedTextRow[]; total: number; isCapped: boolean }> {
  const { words, kind, adoptedFrom, adoptedBefore, limit, offset, countCap } = options;
  const shape = { words: Boolean(words), kind: Boolean(kind), year: Boolean(adoptedFrom && adoptedBefore) };
  const values = { words, kind, yearStart: adoptedFrom?.toISOString(), yearEnd: adoptedBefore?.toISOString(), limit, offset, countReach: countCap + 1 };
  // The page and the count are independent: asked side by side, the archive costs one round trip.
  const [rows, [totals]] = await Promise.all([archivePage(shape, ex).execute(values), archiveCount(shape, ex).execute(values)]);
  const counted = totals?.total ?? 0;
  const texts = rows.map(({ textStart, textEnd, excerpt, ...row }) => ({
    ...row,
    excerpt: excerpt && framedExcerpt(excerpt, { start: textStart ?? '', end: textEnd ?? '' }),
  }));
  return { rows: texts as AdoptedTextRow[], total: Math.min(counted, countCap), isCapped: counted > countCap };
}
