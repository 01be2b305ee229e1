import type { Sql } from 'postgres';

/**
 * Per unit of scale: 100 statements (10,000 at 100x), each negotiated over 20 revisions with 50
 * amendments and a comment from each member state.
 */
export const statementsPerScale = 100;
const revisionsEach = 20;
const paragraphsEach = 6;
const amendmentsEach = 50;

/**
 * Statements in bulk, made inside the database with generate_series (at 100x: 200,000 revisions,
 * 1.2 million paragraphs, 500,000 amendments and 60,000 comments, which need no trip through Node). Spread over the
 * meetings that were not cancelled, the featured meeting first; a statement of a concluded meeting
 * is adopted by consensus on its last day and published, with an explanation of position, and filed
 * in the archive of adopted texts. Texts
 * are written in drafting and adopted afterwards, as the app does: the frozen-text trigger refuses
 * revisions written to an adopted statement. Returns the featured meeting's first statement, and the
 * upcoming meeting's, still circulated, with its accepted amendments waiting to be merged.
 */
export async function generateStatements(
  sql: Sql,
  scale: number,
  { featuredMeetingId, upcomingMeetingId }: { featuredMeetingId: string; upcomingMeetingId: string },
): Promise<{ featuredStatementId: string; negotiatedStatementId: string }> {
  const count = statementsPerScale * scale;
  // The demo's statements (one of them published, so frozen) are left as they are: only the generated ones, by their titles, get texts.
  const generated = sql`s.title like 'Statement % on environmental cooperation in North-East Asia'`;
  await sql`
    with candidates as (
      select id, end_date, time_zone, created_at, row_number() over (order by (id = ${featuredMeetingId}) desc, start_date, id) as rn
      from meetings where status <> 'cancelled'
    ), total as (select count(*) as n from candidates)
    insert into statements (meeting_id, title, kind, current_revision, circulated_revision, comment_deadline, status, created_at, updated_at)
    select c.id,
           'Statement ' || g || ' on environmental cooperation in North-East Asia',
           (array['statement', 'decision', 'chairs_summary', 'report'])[1 + g % 4]::statement_kind,
           ${revisionsEach}, ${revisionsEach}, c.created_at + interval '30 days', 'circulated', c.created_at, c.created_at
    from generate_series(1, ${count}) g
    join candidates c on c.rn = 1 + (g - 1) % (select n from total)`;
  await sql`
    insert into statement_revisions (statement_id, number, note, created_at)
    select s.id, r, 'Revision ' || r || ' after consultations', s.created_at + r * interval '1 day'
    from statements s, generate_series(1, ${revisionsEach}) r where ${generated}`;
  await sql`
    insert into statement_paragraphs (statement_id, revision_id, position, kind, text, key)
    select r.statement_id, r.id, p,
           (case when p < 2 then 'preambular' else 'operative' end)::paragraph_kind,
           (case when p < 2 then 'Recalling the decisions of earlier meetings on item ' || p || ','
                 else 'Welcome the progress of the programme under point ' || p || ' as of revision ' || r.number || ';' end),
           md5(r.statement_id::text || ':' || p)::uuid
    from statement_revisions r join statements s on s.id = r.statement_id, generate_series(0, ${paragraphsEach - 1}) p where ${generated}`;
  // The latest paragraphs are read once (materialized), not once per amendment number.
  await sql`
    with member_states as (
      select id, row_number() over (order by code) - 1 as i, count(*) over () as n from parties where kind = 'member_state'
    ), latest as materialized (
      select p.statement_id, p.revision_id, p.id as paragraph_id, p.position
      from statement_paragraphs p join statements s on s.id = p.statement_id
      join statement_revisions r on r.id = p.revision_id and r.number = s.current_revision
      where ${generated}
    )
    insert into statement_amendments (statement_id, number, revision_id, paragraph_id, kind, text, rationale, party_id, status, decision_reason, created_at, updated_at)
    select l.statement_id, a, l.revision_id, l.paragraph_id, 'replace',
           'Welcome the significant progress of the programme, as amended ' || a || ';',
           'Clearer wording proposed in consultations.',
           ms.id,
           (case a % 4 when 0 then 'rejected' when 1 then 'accepted' when 2 then 'withdrawn' else 'proposed' end)::amendment_status,
           case when a % 4 = 0 then 'Not supported by other delegations.' end,
           now(), now()
    from generate_series(1, ${amendmentsEach}) a
    join latest l on l.position = 2 + a % ${paragraphsEach - 2}
    join member_states ms on ms.i = a % ms.n`;
  await sql`
    insert into statement_comments (statement_id, revision_number, party_id, body, created_at)
    select s.id, s.current_revision, p.id,
           'The delegation supports the text as a whole and will consult its capital on point ' || (2 + p.rn) || '.',
           s.created_at + interval '3 days' + p.rn * interval '1 hour'
    from statements s, (select id, row_number() over (order by code) as rn from parties where kind = 'member_state') p
    where ${generated}`;
  await sql`
    update statements s set status = 'published', adoption_manner = 'consensus', published_at = s.updated_at,
      adopted_at = ((m.end_date + time '17:00') at time zone m.time_zone)
    from meetings m where m.id = s.meeting_id and m.status = 'concluded' and ${generated}`;
  // Each published text in the archive of adopted texts, as its publication files it (db/queries/statement-archive.ts).
  await sql`
    insert into statement_archive (statement_id, kind, adopted_at, body)
    select s.id, s.kind, s.adopted_at, s.title || coalesce(E'\n\n' || string_agg(p.text, E'\n\n' order by p.position), '')
    from statements s
    join statement_revisions r on r.statement_id = s.id and r.number = s.current_revision
    left join statement_paragraphs p on p.revision_id = r.id
    where s.status = 'published' and ${generated}
    group by s.id`;
  await sql`
    insert into statement_positions (statement_id, party_id, kind, text)
    select s.id, (select id from parties where kind = 'member_state' order by code limit 1), 'explanation',
           'The delegation joins the consensus and recalls its national commitments.'
    from statements s where s.status = 'published' and ${generated}`;
  // Each other meeting's room screen (the demo's 26th SOM keeps its own) was left on its first statement, or on that statement's first
  // amendment; the featured meeting's shows its speakers' list (no row), as the room screen page is measured.
  await sql`
    insert into room_screens (meeting_id, shows, statement_id, amendment_number, set_at)
    select distinct on (s.meeting_id) s.meeting_id,
           case when abs(hashtext(s.meeting_id::text)) % 2 = 0 then 'amendment' else 'statement' end,
           s.id,
           case when abs(hashtext(s.meeting_id::text)) % 2 = 0 then 1 end,
           s.updated_at
    from statements s where s.meeting_id <> ${featuredMeetingId} and ${generated}
    order by s.meeting_id, s.created_at, s.id
    on conflict (meeting_id) do nothing`;
  const firstOf = async (meetingId: string) => {
    const [first] = await sql<{ id: string; status: string }[]>`select id, status from statements s where meeting_id = ${meetingId} and ${generated} order by created_at, id limit 1`;
    if (!first) throw new Error(`the meeting ${meetingId} has no statement`);
    return first;
  };
  const [featured, negotiated] = await Promise.all([firstOf(featuredMeetingId), firstOf(upcomingMeetingId)]);
  if (negotiated.status !== 'circulated') throw new Error(`the upcoming meeting's statement is ${negotiated.status}, not circulated`);
  return { featuredStatementId: featured.id, negotiatedStatementId: negotiated.id };
}
