import { and, eq } from 'drizzle-orm';
import type { ParagraphKind } from '@/lib/statements/values';
import type { Tx } from './client';
import {
  agendaItems,
  statementAmendments,
  statementAmendmentSponsors,
  statementParagraphs,
  statementPositions,
  statementRevisions,
  statements,
  type Meeting,
} from './schema';

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

// The 27th SOM's decision, still being drafted by the secretariat.
const workProgrammeDraft: Paragraph[] = [
  { kind: 'preambular', text: 'Recalling the NEASPEC Commemorative Statement adopted at the twenty-sixth Senior Officials Meeting,' },
  { kind: 'operative', text: 'Adopt the work programme of NEASPEC for 2027-2028 as set out in the annex;' },
  { kind: 'operative', text: 'Request the secretariat to report on its implementation to the twenty-eighth Senior Officials Meeting.' },
];

type Context = { parties: Map<string, string>; users: Map<string, string>; staffId: string | null; chairId: string | null };

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
 * consensus on 24 November 2023 with the Republic of Korea's explanation of position. Written in
 * drafting and adopted last, as the app does (the adopted text is frozen). Left alone once it exists.
 */
export async function insertSom26Statement(tx: Tx, som26: Pick<Meeting, 'id'>, context: Context): Promise<string> {
  const existing = await findStatement(tx, som26.id, commemorativeStatementTitle);
  if (existing) return existing.id;
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
      createdByUserId: context.staffId,
      createdAt: new Date('2023-10-20T10:00:00+09:00'),
    })
    .returning();
  const first = await insertRevision(tx, statement!.id, 1, commemorativeDraft, '2023-10-20T10:00:00+09:00', null, context.staffId);

  const amendment = (values: Omit<typeof statementAmendments.$inferInsert, 'statementId' | 'revisionId'>) => ({
    statementId: statement!.id,
    revisionId: first[0]!.revisionId,
    ...values,
  });
  const [japan, mongolia] = await tx
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
        decidedByUserId: context.staffId,
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
        decidedByUserId: context.staffId,
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
        decidedByUserId: context.staffId,
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
    'Accepted amendments of Japan and Mongolia merged; the Russian proposal was not taken up.',
    context.staffId,
  );

  await tx
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
    .where(eq(statements.id, statement!.id));
  await tx.insert(statementPositions).values({
    statementId: statement!.id,
    partyId: party('KOR'),
    kind: 'explanation',
    text: 'The Republic of Korea joins the consensus and recalls its commitment to achieve carbon neutrality by 2050, to which the low-carbon cities platform contributes.',
    createdByUserId: user('delegate.kor@neaspec.example'),
    createdAt: new Date('2023-11-24T11:50:00+09:00'),
  });
  return statement!.id;
}

/** The 27th SOM's draft decision on the work programme: two revisions, not yet circulated. */
export async function insertSom27Statement(tx: Tx, som27: Pick<Meeting, 'id'>, context: Pick<Context, 'staffId'>): Promise<void> {
  const title = 'Decision on the NEASPEC work programme for 2027-2028';
  if (await findStatement(tx, som27.id, title)) return;
  const [statement] = await tx
    .insert(statements)
    .values({ meetingId: som27.id, title, kind: 'decision', currentRevision: 2, createdByUserId: context.staffId, createdAt: new Date('2026-11-02T10:00:00+09:00') })
    .returning();
  const first = await insertRevision(tx, statement!.id, 1, workProgrammeDraft.slice(0, 2), '2026-11-02T10:00:00+09:00', null, context.staffId);
  await insertRevision(
    tx,
    statement!.id,
    2,
    [{ ...workProgrammeDraft[0]!, key: first[0]!.key }, { ...workProgrammeDraft[1]!, key: first[1]!.key }, workProgrammeDraft[2]!],
    '2026-11-20T15:00:00+09:00',
    'Reporting paragraph added.',
    context.staffId,
  );
}
