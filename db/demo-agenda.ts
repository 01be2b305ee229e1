import { and, eq } from 'drizzle-orm';
import { numberAgenda } from '@/lib/agenda/outline';
import { recordFields } from '@/lib/changes';
import type { AgendaPaperItem } from '@/lib/agenda/render-agenda-pdf';
import type { AgendaItemKind } from '@/lib/agenda/values';
import type { Tx } from './client';
import { insertDemoHistory } from './demo-history';
import { agendaItemDocuments, agendaItems, agendas, documents, followUps, meetingSessions } from './schema';

type DemoItem = {
  title: string;
  kind: AgendaItemKind;
  annotation: string;
  outcome: string;
  minutes: number;
  /** The minutes the meeting actually spent on it, where they were not the planned ones. */
  took?: number;
  /** Index into the 26th SOM's timetable (db/seed.ts). */
  session: number;
  isRecurring?: boolean;
  presenter?: 'secretariat';
  /** Symbols of the meeting's papers for the item, without the prefix ("SOM(26)/2"). */
  papers?: string[];
  children?: DemoItem[];
};

const areas: [string, string][] = [
  ['Air pollution', 'Progress of the North-East Asia Clean Air Partnership (NEACAP): the science and policy committee and the emission inventory.'],
  ['Nature conservation and biodiversity', 'Conservation of migratory birds and of the Amur tiger and leopard, with the cross-border cooperation that supports them.'],
  ['Marine protected areas', 'The North-East Asian Marine Protected Areas Network (NEAMPAN): site-level studies and the capacity building of managers.'],
  ['Low-carbon cities', 'The North-East Asia Low Carbon City Platform (NEA-LCCP): city-to-city exchanges and the assessment of urban policies.'],
  ['Desertification and land degradation', 'Dust and sandstorm monitoring, and the restoration of degraded land in the source areas.'],
];

// The 26th SOM's agenda as adopted, with what the meeting decided on each item.
export const som26Agenda: DemoItem[] = [
  {
    title: 'Opening of the meeting',
    kind: 'procedural',
    annotation: 'Opening remarks by the **host government** and by the secretariat.',
    outcome: 'The meeting was opened by the Republic of Korea as host and chair.',
    minutes: 20,
    took: 15,
    session: 0,
    isRecurring: true,
  },
  {
    title: 'Adoption of the agenda',
    kind: 'procedural',
    annotation: 'The meeting will be invited to adopt the provisional agenda (ESCAP/NEASPEC/SOM(26)/1).',
    outcome: 'The meeting adopted the provisional agenda as proposed.',
    minutes: 10,
    session: 0,
    isRecurring: true,
    papers: ['SOM(26)/1', 'SOM(26)/1/Add.1'],
  },
  {
    title: 'Review of programme areas and projects',
    kind: 'substantive',
    annotation: 'The secretariat will report on the implementation of the programme since the 25th SOM, area by area.',
    outcome: 'The meeting took note of the progress in the five programme areas and endorsed the work plans below.',
    minutes: 30,
    session: 1,
    presenter: 'secretariat',
    papers: ['SOM(26)/2'],
    children: areas.map(([title, annotation], index) => ({
      title,
      kind: 'project_review' as const,
      annotation,
      outcome: `The meeting endorsed the work plan for ${title.toLowerCase()} for 2024-2025.`,
      minutes: 30,
      session: index < 2 ? 1 : 2,
    })),
  },
  {
    title: 'Commemorative statement on the 30th anniversary of NEASPEC',
    kind: 'statement',
    annotation: 'The meeting will be invited to consider and adopt the draft statement.',
    outcome: 'The meeting adopted the commemorative statement on the 30th anniversary of NEASPEC.',
    minutes: 90,
    took: 105,
    session: 3,
    papers: ['SOM(26)/L.1'],
  },
  {
    title: 'New areas of cooperation',
    kind: 'substantive',
    annotation: 'Member States may propose new areas, such as marine plastic litter and the circular economy.',
    outcome: 'The meeting asked the secretariat to prepare terms of reference for marine plastic litter for the 27th SOM.',
    minutes: 40,
    took: 48,
    session: 4,
  },
  {
    title: 'SOM mechanism and voluntary contributions',
    kind: 'substantive',
    annotation: 'The secretariat will report on the core fund and the contributions received.',
    outcome: 'The meeting thanked the member States for their contributions and encouraged further pledges.',
    minutes: 20,
    session: 4,
    presenter: 'secretariat',
  },
  { title: 'Other matters', kind: 'other', annotation: 'Any other business raised by delegations.', outcome: 'No other matters were raised.', minutes: 10, session: 4, isRecurring: true },
  {
    title: 'Closing of the meeting',
    kind: 'procedural',
    annotation: 'Closing remarks by the chair.',
    outcome: 'The chair closed the meeting.',
    minutes: 10,
    session: 4,
    isRecurring: true,
  },
];

/** The demo agenda as the agenda papers draw it: the same numbers the app derives. */
export function som26AgendaPaperItems(): AgendaPaperItem[] {
  const outline = som26Agenda.flatMap((item, position) => [
    { id: `${position}`, parentId: null, position, title: item.title, annotation: item.annotation },
    ...(item.children ?? []).map((child, childPosition) => ({
      id: `${position}.${childPosition}`,
      parentId: `${position}`,
      position: childPosition,
      title: child.title,
      annotation: child.annotation,
    })),
  ]);
  return numberAgenda(outline);
}

/**
 * Adds the 26th SOM's adopted agenda, its outcomes and one open follow-up for the 27th, linking the
 * agenda papers the demo already has (SOM(26)/1 and /1/Add.1, drawn from this same agenda).
 */
export async function insertSom26Agenda(
  tx: Tx,
  meeting: { id: string; seriesCode: string; number: number },
  people: { chairId: string | null; staffId: string | null },
  symbolPrefix: string,
): Promise<void> {
  const sessions = await tx.select().from(meetingSessions).where(eq(meetingSessions.meetingId, meeting.id)).orderBy(meetingSessions.startsAt);
  const papers = await tx.select({ id: documents.id, symbol: documents.symbol }).from(documents).where(eq(documents.meetingId, meeting.id));
  const paperId = (short: string) => papers.find((paper) => paper.symbol === `${symbolPrefix}/${short}`)?.id;
  const insertItem = async (item: DemoItem, position: number, parentId: string | null) => {
    const [row] = await tx
      .insert(agendaItems)
      .values({
        meetingId: meeting.id,
        parentId,
        position,
        title: item.title,
        annotation: item.annotation,
        kind: item.kind,
        presenterKind: item.presenter ?? null,
        durationMinutes: item.minutes,
        discussedSeconds: (item.took ?? item.minutes) * 60,
        sessionId: sessions[item.session]?.id ?? null,
        isRecurring: item.isRecurring ?? false,
        status: 'concluded',
        outcome: item.outcome,
      })
      .returning();
    const linked = (item.papers ?? []).map(paperId).filter((id): id is string => Boolean(id));
    if (linked.length > 0) await tx.insert(agendaItemDocuments).values(linked.map((documentId) => ({ agendaItemId: row!.id, documentId })));
    return row!;
  };
  let newAreas: string | undefined;
  for (const [position, item] of som26Agenda.entries()) {
    const row = await insertItem(item, position, null);
    if (item.title === 'New areas of cooperation') newAreas = row.id;
    for (const [childPosition, child] of (item.children ?? []).entries()) await insertItem(child, childPosition, row.id);
  }
  await tx.insert(agendas).values({
    meetingId: meeting.id,
    status: 'adopted',
    adoptedAt: new Date('2023-11-23T09:45:00+09:00'),
    adoptedByUserId: people.chairId,
    agendaDocumentId: paperId('SOM(26)/1') ?? null,
    annotationsDocumentId: paperId('SOM(26)/1/Add.1') ?? null,
  });
  const event = { entityType: 'meeting', entityId: meeting.id };
  const status = (before: string, after: string) => ({ agendaStatus: { before, after } });
  await insertDemoHistory(tx, [
    ...(['SOM(26)/1', 'SOM(26)/1/Add.1'] as const).map((paper, index) => ({
      ...event,
      at: `2023-10-02T10:0${index * 5}:00+09:00`,
      actorUserId: people.staffId,
      action: 'agenda.issued',
      change: { symbol: `${symbolPrefix}/${paper}` },
    })),
    { ...event, at: '2023-10-02T10:10:00+09:00', actorUserId: people.staffId, action: 'agenda.status_changed', change: { fields: status('provisional', 'annotated') } },
    {
      ...event,
      at: '2023-11-23T09:45:00+09:00',
      actorUserId: people.chairId,
      action: 'agenda.status_changed',
      change: { fields: { ...status('annotated', 'adopted'), adoptedAt: { before: null, after: new Date('2023-11-23T09:45:00+09:00').toISOString() } } },
    },
  ]);
  if (newAreas) {
    await tx.insert(followUps).values({
      meetingId: meeting.id,
      agendaItemId: newAreas,
      description: 'Prepare terms of reference for cooperation on marine plastic litter',
      ownerPartyId: null,
      dueByNextMeeting: true,
      createdByUserId: people.staffId,
      createdAt: new Date('2023-11-24T15:00:00+09:00'),
    });
  }
}

// What the 26th SOM asked member States to do before the 27th, each under the item it was agreed on:
// Korea's input is overdue, Mongolia's nominations are still to come.
const som26PartyFollowUps = [
  { item: 'Low-carbon cities', partyCode: 'KOR', description: 'Send the national input to the progress report of the Low Carbon City Platform', dueDate: '2026-11-30' },
  {
    item: 'Desertification and land degradation',
    partyCode: 'MNG',
    description: 'Nominate national focal points for the dust and sandstorm monitoring network',
    dueDate: '2027-01-15',
  },
] as const;

/** The 26th SOM's follow-ups owned by member States, as its chair recorded them at the meeting; once. */
export async function insertSom26PartyFollowUps(tx: Tx, meetingId: string, parties: Map<string, string>, chairId: string | null): Promise<void> {
  const items = await tx.select({ id: agendaItems.id, title: agendaItems.title }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
  const existing = new Set((await tx.select({ description: followUps.description }).from(followUps).where(eq(followUps.meetingId, meetingId))).map((f) => f.description));
  for (const followUp of som26PartyFollowUps) {
    const item = items.find((candidate) => candidate.title === followUp.item);
    const ownerPartyId = parties.get(followUp.partyCode);
    if (!item || !ownerPartyId || existing.has(followUp.description)) continue;
    const at = '2023-11-24T16:00:00+09:00';
    const values = { description: followUp.description, ownerPartyId, dueDate: followUp.dueDate, dueByNextMeeting: false };
    await tx.insert(followUps).values({ ...values, meetingId, agendaItemId: item.id, createdByUserId: chairId, createdAt: new Date(at) });
    await insertDemoHistory(tx, [
      {
        entityType: 'meeting',
        entityId: meetingId,
        actorUserId: chairId,
        at,
        action: 'agenda.follow_up_added',
        change: { fields: recordFields(values, ['description', 'ownerPartyId', 'dueDate', 'dueByNextMeeting']), title: item.title, itemId: item.id },
      },
    ]);
  }
}

/** Whether the meeting already has an agenda (the seed runs again safely). */
export async function hasAgenda(tx: Tx, meetingId: string): Promise<boolean> {
  return (await tx.select({ id: agendaItems.id }).from(agendaItems).where(and(eq(agendaItems.meetingId, meetingId))).limit(1)).length > 0;
}
