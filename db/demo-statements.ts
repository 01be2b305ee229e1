import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import { recordPublication } from '@/lib/statements/publish-statement';
import type { ParagraphKind } from '@/lib/statements/values';
import type { Tx } from './client';
import {
  agendaItems,
  documents,
  statementAmendments,
  statementAmendmentSponsors,
  statementComments,
  statementParagraphs,
  statementPositions,
  statementRevisions,
  statements,
  type Meeting,
  type Statement,
  type StatementAmendment,
  type User,
} from './schema';
import { insertDemoHistory, redateDemoEvents, type DemoEvent } from './demo-history';

type Paragraph = { kind: ParagraphKind; text: string };

export const commemorativeStatementTitle = 'NEASPEC Commemorative Statement on Promoting Environmental Cooperation in North-East Asia';

// Revision 1 as the secretariat circulated it on 20 October 2023.
const commemorativeDraft: Paragraph[] = [
  { kind: 'preambular', text: 'We, the senior officials of China, the Democratic People’s Republic of Korea, Japan, Mongolia, the Republic of Korea and the Russian Federation, gathered in Seoul on 23 and 24 November 2023,' },
  { kind: 'preambular', text: 'Recalling that NEASPEC was launched in 1993 as a comprehensive intergovernmental framework for environmental cooperation in North-East Asia,' },
  { kind: 'preambular', text: 'Recognizing the achievements of thirty years of cooperation in air pollution, nature conservation, marine protected areas, low-carbon cities and desertification and land degradation,' },
  { kind: 'operative', text: 'Reaffirm the role of the Senior Officials Meeting as the governing body of NEASPEC for coordination and decision-making on its programme;' },
  { kind: 'operative', text: 'Encourage closer linkages between science and policy through the programme’s technical centres and networks;' },
  { kind: 'operative', text: 'Invite stakeholders, including local governments, research institutions and civil society, to partner in the implementation of the programme;' },
  { kind: 'operative', text: 'Agree to explore new areas of collaboration that respond to emerging environmental challenges in the subregion;' },
  { kind: 'operative', text: 'Request the secretariat to review the SOM mechanism and report to the next meeting;' },
  { kind: 'operative', text: 'Call upon member States to make voluntary contributions to the NEASPEC core fund.' },
];

// The 27th SOM's decision, drafted by the secretariat and circulated for amendments.
const workProgrammeDraft: Paragraph[] = [
  { kind: 'preambular', text: 'Recalling the NEASPEC Commemorative Statement adopted at the twenty-sixth Senior Officials Meeting,' },
  { kind: 'operative', text: 'Adopt the work programme of NEASPEC for 2027-2028 as set out in the annex;' },
  { kind: 'operative', text: 'Request the secretariat to report on its implementation to the twenty-eighth Senior Officials Meeting.' },
];

type Context = {
  parties: Map<string, string>;
  users: Map<string, string>;
  staff: Pick<User, 'id' | 'name' | 'email' | 'role' | 'partyId'> | undefined;
  chairId: string | null;
};
type Som26 = Pick<Meeting, 'id' | 'number' | 'title' | 'timeZone'> & { seriesCode: string };

const mergeNote = 'Accepted amendments of Japan and Mongolia merged; the Russian proposal was not taken up.';
const koreasExplanation =
  'The Republic of Korea joins the consensus and recalls its commitment to achieve carbon neutrality by 2050, to which the low-carbon cities platform contributes.';

async function findStatement(tx: Tx, meetingId: string, title: string) {
  const [found] = await tx.select({ id: statements.id }).from(statements).where(and(eq(statements.meetingId, meetingId), eq(statements.title, title)));
  return found;
}

async function insertRevision(tx: Tx, statementId: string, number: number, paragraphs: (Paragraph & { key?: string; amendmentIds?: string[] })[], at: string, note: string | null, by: string | null) {
  const [revision] = await tx.insert(statementRevisions).values({ statementId, number, note, createdByUserId: by, createdAt: new Date(at) }).returning();
  return tx
    .insert(statementParagraphs)
    .values(paragraphs.map((p, position) => ({ statementId, revisionId: revision!.id, position, kind: p.kind, text: p.text, amendmentIds: p.amendmentIds ?? [], ...(p.key ? { key: p.key } : {}) })))
    .returning();
}

/**
 * The 26th SOM's commemorative statement as it was negotiated and adopted: circulated in October,
 * amended by Japan (with China's support) and Mongolia, a Russian proposal not taken up, adopted by
 * consensus on 24 November 2023 with the Republic of Korea's explanation of position, and published
 * by the secretariat through the app's own step (its PDF issued as the meeting's next public paper).
 * Written in drafting and adopted last, as the app does (the adopted text is frozen). Left alone once
 * it exists.
 */
export async function insertSom26Statement(tx: Tx, som26: Som26, context: Context): Promise<void> {
  if (await findStatement(tx, som26.id, commemorativeStatementTitle)) return;
  const staffId = context.staff?.id ?? null;
  const party = (code: string) => context.parties.get(code)!;
  const user = (email: string) => context.users.get(email) ?? null;
  const [item] = await tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, som26.id), eq(agendaItems.kind, 'statement')));
  const [statement] = await tx
    .insert(statements)
    .values({
      meetingId: som26.id,
      agendaItemId: item?.id ?? null,
      title: commemorativeStatementTitle,
      kind: 'statement',
      createdByUserId: staffId,
      createdAt: new Date('2023-10-20T10:00:00+09:00'),
    })
    .returning();
  const first = await insertRevision(tx, statement!.id, 1, commemorativeDraft, '2023-10-20T10:00:00+09:00', null, staffId);

  const amendment = (values: Omit<typeof statementAmendments.$inferInsert, 'statementId' | 'revisionId'>) => ({
    statementId: statement!.id,
    revisionId: first[0]!.revisionId,
    ...values,
  });
  const [japan, mongolia, russia] = await tx
    .insert(statementAmendments)
    .values([
      amendment({
        number: 1,
        paragraphId: first[4]!.id,
        kind: 'replace',
        text: 'Strengthen the linkages between science and policy through the programme’s technical centres, networks and assessments;',
        rationale: 'Assessments such as those of NEACAP are how science reaches policy in the subregion.',
        partyId: party('JPN'),
        proposedByUserId: user('delegate.jpn@neaspec.example'),
        status: 'accepted',
        decidedByUserId: staffId,
        decidedAt: new Date('2023-11-13T15:00:00+09:00'),
        mergedIntoRevision: 2,
        createdAt: new Date('2023-11-02T11:00:00+09:00'),
      }),
      amendment({
        number: 2,
        paragraphId: first[6]!.id,
        kind: 'insert_after',
        paragraphKind: 'operative',
        text: 'Welcome the offer of Mongolia to host a subregional dialogue on land restoration;',
        acceptedText: 'Welcome the offer of Mongolia to host a subregional dialogue on land degradation and restoration;',
        rationale: 'A concrete new area of collaboration, building on the desertification programme.',
        partyId: party('MNG'),
        proposedByUserId: user('delegate.mng@neaspec.example'),
        status: 'accepted',
        decidedByUserId: staffId,
        decidedAt: new Date('2023-11-13T15:10:00+09:00'),
        mergedIntoRevision: 2,
        createdAt: new Date('2023-11-06T09:30:00+09:00'),
      }),
      amendment({
        number: 3,
        paragraphId: first[7]!.id,
        kind: 'delete',
        rationale: 'The SOM mechanism was reviewed recently; a new review is not needed.',
        partyId: party('RUS'),
        proposedByUserId: user('delegate.rus@neaspec.example'),
        status: 'rejected',
        decisionReason: 'Other delegations asked for the review; the Russian Federation agreed to keep the paragraph.',
        decidedByUserId: staffId,
        decidedAt: new Date('2023-11-13T15:20:00+09:00'),
        createdAt: new Date('2023-11-08T16:00:00+09:00'),
      }),
    ])
    .returning();
  await tx.insert(statementAmendmentSponsors).values({
    amendmentId: japan!.id,
    partyId: party('CHN'),
    userId: user('delegate.chn@neaspec.example'),
    createdAt: new Date('2023-11-03T10:00:00+09:00'),
  });

  const carried = (index: number, changes: Partial<Paragraph & { amendmentIds: string[] }> = {}) => ({ ...commemorativeDraft[index]!, key: first[index]!.key, ...changes });
  await insertRevision(
    tx,
    statement!.id,
    2,
    [
      carried(0),
      carried(1),
      carried(2),
      carried(3),
      carried(4, { text: japan!.text!, amendmentIds: [japan!.id] }),
      carried(5),
      carried(6),
      { kind: 'operative', text: mongolia!.acceptedText!, amendmentIds: [mongolia!.id] },
      carried(7),
      carried(8),
    ],
    '2023-11-15T10:00:00+09:00',
    mergeNote,
    staffId,
  );

  const [adopted] = await tx
    .update(statements)
    .set({
      status: 'adopted',
      currentRevision: 2,
      circulatedRevision: 1,
      commentDeadline: new Date('2023-11-10T18:00:00+09:00'),
      finalizedAt: new Date('2023-11-24T10:30:00+09:00'),
      finalizedByUserId: context.chairId,
      adoptedAt: new Date('2023-11-24T11:45:00+09:00'),
      adoptionManner: 'consensus',
      adoptedByUserId: context.chairId,
      version: 8,
      updatedAt: new Date('2023-11-24T11:45:00+09:00'),
    })
    .where(eq(statements.id, statement!.id))
    .returning();
  await tx.insert(statementPositions).values({
    statementId: statement!.id,
    partyId: party('KOR'),
    kind: 'explanation',
    text: koreasExplanation,
    createdByUserId: user('delegate.kor@neaspec.example'),
    createdAt: new Date('2023-11-24T11:50:00+09:00'),
  });
  await insertDemoHistory(tx, som26StatementHistory(adopted!, [japan!, mongolia!, russia!], context));
  if (context.staff) {
    const actor: Actor = context.staff;
    const publishedAt = '2023-11-27T10:00:00+09:00';
    const published = await recordPublication(tx, actor, som26, adopted!, new Date(publishedAt));
    await redateDemoEvents(tx, { entityIds: [statement!.id, published.documentId!], actions: ['statement.published', 'document.uploaded'] }, publishedAt);
    await tx.update(documents).set({ createdAt: new Date(publishedAt) }).where(eq(documents.id, published.documentId!));
  }
}

export const som26ReportTitle = 'Report of the Twenty-sixth Senior Officials Meeting of NEASPEC';

// The report as the secretariat drafted it after the meeting, under the agenda's numbers.
const som26Report: Paragraph[] = [
  { kind: 'operative', text: 'The Twenty-sixth Senior Officials Meeting of the North-East Asian Subregional Programme for Environmental Cooperation (NEASPEC) was held in Seoul on 23 and 24 November 2023, hosted by the Government of the Republic of Korea.' },
  { kind: 'operative', text: 'The meeting was attended by the delegations of China, Japan, Mongolia, the Republic of Korea and the Russian Federation. Representatives of the Asian Development Bank, the United Nations Environment Programme and ESCAP also attended.' },
  { kind: 'operative', text: 'Agenda items 1 and 2. The representative of the Republic of Korea chaired the meeting, which adopted its agenda (ESCAP/NEASPEC/SOM(26)/1).' },
  { kind: 'operative', text: 'Agenda item 3. The meeting reviewed the progress of the programme in its five areas: air pollution; nature conservation and biodiversity; marine protected areas; low-carbon cities; and desertification and land degradation. It endorsed the work of the North-East Asia Clean Air Partnership (NEACAP) and its science-policy assessments.' },
  { kind: 'operative', text: 'Agenda item 4. The meeting adopted by consensus the NEASPEC Commemorative Statement on Promoting Environmental Cooperation in North-East Asia (ESCAP/NEASPEC/SOM(26)/3), marking thirty years of the programme. The Republic of Korea made an explanation of position.' },
  { kind: 'operative', text: 'Agenda item 5. The meeting welcomed the offer of Mongolia to host a subregional dialogue on land degradation and restoration, and requested the secretariat to consult member States on new areas of cooperation.' },
  { kind: 'operative', text: 'Agenda item 6. The meeting requested the secretariat to review the SOM mechanism and to report on voluntary contributions to the core fund to the Twenty-seventh Senior Officials Meeting.' },
  { kind: 'operative', text: 'Agenda item 8. The meeting agreed to hold its Twenty-seventh Senior Officials Meeting in the Republic of Korea and to adopt this report by silence procedure.' },
];

/** The report's way to adoption: drafted after the meeting, put under silence by the chair, adopted at the deadline, published. */
const som26ReportDates = {
  drafted: '2023-12-08T10:00:00+09:00',
  finalized: '2024-01-05T10:00:00+09:00',
  silenceDeadline: '2024-01-12T18:00:00+09:00',
  published: '2024-01-16T10:00:00+09:00',
};

/**
 * The 26th SOM's report, adopted by silence procedure after the meeting and published as its next
 * paper, so the archive of adopted texts holds a report beside the statement. Left alone once it exists.
 */
export async function insertSom26Report(tx: Tx, som26: Som26, context: Context): Promise<void> {
  if (await findStatement(tx, som26.id, som26ReportTitle)) return;
  const staffId = context.staff?.id ?? null;
  const dates = som26ReportDates;
  const [statement] = await tx
    .insert(statements)
    .values({ meetingId: som26.id, title: som26ReportTitle, kind: 'report', createdByUserId: staffId, createdAt: new Date(dates.drafted) })
    .returning();
  await insertRevision(tx, statement!.id, 1, som26Report, dates.drafted, null, staffId);
  const [adopted] = await tx
    .update(statements)
    .set({
      status: 'adopted',
      finalizedAt: new Date(dates.finalized),
      finalizedByUserId: context.chairId,
      silenceStartedAt: new Date(dates.finalized),
      adoptedAt: new Date(dates.silenceDeadline),
      adoptionManner: 'silence',
      version: 4,
      updatedAt: new Date(dates.silenceDeadline),
    })
    .where(eq(statements.id, statement!.id))
    .returning();
  const event = { entityType: 'statement', entityId: statement!.id };
  await insertDemoHistory(tx, [
    {
      ...event,
      at: dates.drafted,
      actorUserId: staffId,
      action: 'statement.created',
      change: { fields: { title: { after: som26ReportTitle }, statementKind: { after: 'report' }, paragraphs: { after: som26Report.length } }, meetingId: som26.id },
    },
    {
      ...event,
      at: dates.finalized,
      actorUserId: context.chairId,
      action: 'statement.finalized',
      change: { fields: { statementStatus: { before: 'drafting', after: 'final' }, revision: { after: 1 }, finalizedAt: { after: new Date(dates.finalized).toISOString() } } },
    },
    {
      ...event,
      at: dates.finalized,
      actorUserId: context.chairId,
      action: 'statement.silence_started',
      change: {
        fields: { statementStatus: { before: 'final', after: 'silence_procedure' }, silenceDeadline: { after: new Date(dates.silenceDeadline).toISOString() }, revision: { after: 1 } },
      },
    },
    {
      ...event,
      at: dates.silenceDeadline,
      actorUserId: null,
      action: 'statement.adopted',
      change: { fields: { statementStatus: { before: 'silence_procedure', after: 'adopted' }, adoptionManner: { after: 'silence' } }, title: som26ReportTitle },
    },
  ]);
  if (context.staff) {
    const published = await recordPublication(tx, context.staff, som26, adopted!, new Date(dates.published));
    await redateDemoEvents(tx, { entityIds: [statement!.id, published.documentId!], actions: ['statement.published', 'document.uploaded'] }, dates.published);
    await tx.update(documents).set({ createdAt: new Date(dates.published) }).where(eq(documents.id, published.documentId!));
  }
}

/** A text's circulation and the amendments proposed to it, as the audit log records each. */
function negotiationHistory(
  statementId: string,
  circulation: { at: string; by: string | null; revision: number; commentDeadline: Date },
  amendments: StatementAmendment[],
): DemoEvent[] {
  const event = { entityType: 'statement', entityId: statementId };
  return [
    {
      ...event,
      at: circulation.at,
      actorUserId: circulation.by,
      action: 'statement.circulated',
      change: {
        fields: {
          statementStatus: { before: 'drafting', after: 'circulated' },
          revision: { after: circulation.revision },
          statementCommentDeadline: { before: null, after: circulation.commentDeadline.toISOString() },
        },
      },
    },
    ...amendments.map((amendment) => ({
      ...event,
      at: amendment.createdAt.toISOString(),
      actorUserId: amendment.proposedByUserId,
      action: 'statement.amendment_proposed',
      change: {
        fields: {
          amendmentNumber: { after: amendment.number },
          amendmentKind: { after: amendment.kind },
          partyId: { after: amendment.partyId },
          revision: { after: circulation.revision },
          rationale: { after: amendment.rationale },
        },
      },
    })),
  ];
}

/** How the audit log tells the commemorative statement's negotiation, step by step as the app records each. */
function som26StatementHistory(statement: Statement, amendments: StatementAmendment[], context: Context): DemoEvent[] {
  const event = { entityType: 'statement', entityId: statement.id };
  const staffId = context.staff?.id ?? null;
  const user = (email: string) => context.users.get(email) ?? null;
  const [japan] = amendments;
  return [
    {
      ...event,
      at: '2023-10-20T10:00:00+09:00',
      actorUserId: staffId,
      action: 'statement.created',
      change: {
        fields: { title: { after: statement.title }, statementKind: { after: statement.kind }, paragraphs: { after: commemorativeDraft.length } },
        meetingId: statement.meetingId,
      },
    },
    ...negotiationHistory(statement.id, { at: '2023-10-20T10:30:00+09:00', by: staffId, revision: 1, commentDeadline: statement.commentDeadline! }, amendments),
    {
      ...event,
      at: '2023-11-03T10:00:00+09:00',
      actorUserId: user('delegate.chn@neaspec.example'),
      action: 'statement.amendment_sponsored',
      change: { fields: { amendmentNumber: { after: japan!.number }, partyId: { after: context.parties.get('CHN') } } },
    },
    ...amendments.map((amendment) => ({
      ...event,
      at: amendment.decidedAt!.toISOString(),
      actorUserId: amendment.decidedByUserId,
      action: 'statement.amendment_decided',
      change: {
        fields: {
          amendmentNumber: { after: amendment.number },
          amendmentStatus: { before: 'proposed', after: amendment.status },
          ...(amendment.acceptedText !== null && { acceptedText: { before: amendment.text, after: amendment.acceptedText } }),
          ...(amendment.decisionReason !== null && { decisionReason: { after: amendment.decisionReason } }),
        },
      },
    })),
    {
      ...event,
      at: '2023-11-15T10:00:00+09:00',
      actorUserId: staffId,
      action: 'statement.merged',
      change: {
        fields: {
          statementStatus: { before: 'circulated', after: 'drafting' },
          revision: { before: 1, after: 2 },
          amendmentNumber: { after: amendments.filter((a) => a.status === 'accepted').map((a) => a.number).join(', ') },
          note: { after: mergeNote },
        },
      },
    },
    {
      ...event,
      at: statement.finalizedAt!.toISOString(),
      actorUserId: context.chairId,
      action: 'statement.finalized',
      change: {
        fields: { statementStatus: { before: 'drafting', after: 'final' }, revision: { after: 2 }, finalizedAt: { after: statement.finalizedAt!.toISOString() } },
      },
    },
    {
      ...event,
      at: statement.adoptedAt!.toISOString(),
      actorUserId: context.chairId,
      action: 'statement.adopted',
      change: {
        fields: {
          statementStatus: { before: 'final', after: 'adopted' },
          adoptionManner: { after: 'consensus' },
          adoptedAt: { after: statement.adoptedAt!.toISOString() },
          revision: { after: 2 },
        },
      },
    },
    {
      ...event,
      at: '2023-11-24T11:50:00+09:00',
      actorUserId: user('delegate.kor@neaspec.example'),
      action: 'statement.position_recorded',
      change: { fields: { partyId: { after: context.parties.get('KOR') }, positionKind: { after: 'explanation' }, note: { after: koreasExplanation } } },
    },
  ];
}

/** When the 27th SOM's decision went out, and until when member states amend it. */
export const som27Circulation = { at: '2026-11-25T10:00:00+09:00', commentDeadline: '2027-02-26T18:00:00+09:00' };

/** When the chair accepted Japan's amendment to the 27th SOM's decision, ahead of the comment deadline. */
const som27JapanAccepted = '2026-12-04T17:00:00+09:00';

/**
 * The 27th SOM's draft decision on the work programme: two revisions, the second circulated to the
 * delegations; the chair has accepted Japan's amendment (so the text as amended so far has it), and
 * Mongolia's waits for a decision.
 */
export async function insertSom27Statement(tx: Tx, som27: Pick<Meeting, 'id'>, context: Context): Promise<void> {
  const title = 'Decision on the NEASPEC work programme for 2027-2028';
  if (await findStatement(tx, som27.id, title)) return;
  const staffId = context.staff?.id ?? null;
  const user = (email: string) => context.users.get(email) ?? null;
  const [statement] = await tx
    .insert(statements)
    .values({
      meetingId: som27.id,
      title,
      kind: 'decision',
      status: 'circulated',
      currentRevision: 2,
      circulatedRevision: 2,
      commentDeadline: new Date(som27Circulation.commentDeadline),
      version: 3,
      createdByUserId: staffId,
      createdAt: new Date('2026-11-02T10:00:00+09:00'),
      updatedAt: new Date(som27Circulation.at),
    })
    .returning();
  const drafted = { at: '2026-11-02T10:00:00+09:00', paragraphs: workProgrammeDraft.slice(0, 2) };
  const revised = { at: '2026-11-20T15:00:00+09:00', note: 'Reporting paragraph added.' };
  const first = await insertRevision(tx, statement!.id, 1, drafted.paragraphs, drafted.at, null, staffId);
  const second = await insertRevision(
    tx,
    statement!.id,
    2,
    [{ ...workProgrammeDraft[0]!, key: first[0]!.key }, { ...workProgrammeDraft[1]!, key: first[1]!.key }, workProgrammeDraft[2]!],
    revised.at,
    revised.note,
    staffId,
  );
  const proposals = await tx
    .insert(statementAmendments)
    .values([
      {
        statementId: statement!.id,
        revisionId: second[1]!.revisionId,
        number: 1,
        paragraphId: second[1]!.id,
        kind: 'insert_after',
        paragraphKind: 'operative',
        text: 'Invite member States to designate a focal point for each programme area;',
        rationale: 'Focal points in each area would carry the work programme between meetings.',
        partyId: context.parties.get('JPN')!,
        proposedByUserId: user('delegate.jpn@neaspec.example'),
        status: 'accepted',
        decidedByUserId: context.chairId,
        decidedAt: new Date(som27JapanAccepted),
        createdAt: new Date('2026-12-01T11:00:00+09:00'),
      },
      {
        statementId: statement!.id,
        revisionId: second[2]!.revisionId,
        number: 2,
        paragraphId: second[2]!.id,
        kind: 'replace',
        text: 'Request the secretariat to report on its implementation, and on the contributions received for it, to the twenty-eighth Senior Officials Meeting.',
        rationale: 'The report should show how the work programme is funded.',
        partyId: context.parties.get('MNG')!,
        proposedByUserId: user('delegate.mng@neaspec.example'),
        createdAt: new Date('2026-12-03T09:30:00+09:00'),
      },
    ])
    .returning();
  // What two delegations said of the text as a whole, beside the words others proposed.
  const comments = [
    {
      partyCode: 'CHN',
      email: 'delegate.chn@neaspec.example',
      at: '2026-11-27T16:00:00+09:00',
      body: 'China welcomes the draft decision and its focus on the five programme areas. It will send its views on the annex before the deadline.',
    },
    {
      partyCode: 'RUS',
      email: 'delegate.rus@neaspec.example',
      at: '2026-12-02T14:30:00+09:00',
      body: 'The Russian Federation supports the draft in general and asks that the annex keep the cooperation on the conservation of the Amur tiger and the Far Eastern leopard.',
    },
  ];
  for (const comment of comments) {
    await tx.insert(statementComments).values({
      statementId: statement!.id,
      revisionNumber: 2,
      partyId: context.parties.get(comment.partyCode)!,
      authorUserId: user(comment.email),
      body: comment.body,
      createdAt: new Date(comment.at),
    });
  }
  const event = { entityType: 'statement', entityId: statement!.id, actorUserId: staffId };
  await insertDemoHistory(tx, [
    {
      ...event,
      at: drafted.at,
      action: 'statement.created',
      change: {
        fields: { title: { after: title }, statementKind: { after: 'decision' }, paragraphs: { after: drafted.paragraphs.length } },
        meetingId: som27.id,
      },
    },
    { ...event, at: revised.at, action: 'statement.revised', change: { fields: { revision: { before: 1, after: 2 }, note: { after: revised.note } } } },
    ...negotiationHistory(
      statement!.id,
      { at: som27Circulation.at, by: staffId, revision: 2, commentDeadline: new Date(som27Circulation.commentDeadline) },
      proposals,
    ),
    {
      ...event,
      actorUserId: context.chairId,
      at: som27JapanAccepted,
      action: 'statement.amendment_decided',
      change: { fields: { amendmentNumber: { after: 1 }, amendmentStatus: { before: 'proposed', after: 'accepted' } } },
    },
    ...comments.map((comment) => ({
      ...event,
      actorUserId: user(comment.email),
      at: comment.at,
      action: 'statement.commented',
      change: { fields: { partyId: { after: context.parties.get(comment.partyCode)! }, revision: { after: 2 }, comment: { after: comment.body } } },
    })),
  ]);
}
