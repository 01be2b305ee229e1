import type { Agenda, NewAgendaItem, NewFollowUp, Party } from '@/db/schema';
import type { GeneratedMeeting } from './meetings';
import type { Random } from './random';

export type GeneratedAgenda = Pick<Agenda, 'meetingId' | 'status' | 'adoptedAt' | 'version' | 'updatedAt'>;
export type GeneratedAgendaItem = Required<
  Pick<NewAgendaItem, 'id' | 'meetingId' | 'parentId' | 'position' | 'title' | 'annotation' | 'kind' | 'isRecurring' | 'status' | 'outcome' | 'createdAt'>
>;
export type GeneratedFollowUp = Required<
  Pick<NewFollowUp, 'meetingId' | 'agendaItemId' | 'description' | 'ownerPartyId' | 'dueDate' | 'dueByNextMeeting' | 'status' | 'createdAt' | 'updatedAt'>
>;

// A Senior Officials Meeting's usual agenda: twenty items, the programme review with its sub-items.
const outline: { title: string; kind: GeneratedAgendaItem['kind']; isRecurring?: boolean; children?: string[] }[] = [
  { title: 'Opening of the meeting', kind: 'procedural', isRecurring: true },
  { title: 'Adoption of the agenda', kind: 'procedural', isRecurring: true },
  {
    title: 'Review of programme areas and projects',
    kind: 'project_review',
    children: [
      'Air pollution',
      'Nature conservation and biodiversity',
      'Marine protected areas',
      'Low-carbon cities',
      'Desertification and land degradation',
    ],
  },
  { title: 'Statements of the meeting', kind: 'statement', children: ['Draft statement', 'Report of the meeting'] },
  { title: 'New areas of cooperation', kind: 'substantive', children: ['Proposals of member states', 'Partnerships'] },
  { title: 'SOM mechanism and voluntary contributions', kind: 'substantive', children: ['Core fund', 'Contributions in kind'] },
  { title: 'Date and venue of the next meeting', kind: 'procedural' },
  { title: 'Other matters', kind: 'other', isRecurring: true },
  { title: 'Closing of the meeting', kind: 'procedural', isRecurring: true },
];

/** A meeting's agenda (adopted once the meeting has met), its items and, for a concluded meeting, a follow-up. */
export function generateAgenda(
  meeting: GeneratedMeeting,
  context: { random: Random; parties: Pick<Party, 'id' | 'kind'>[] },
): { agenda: GeneratedAgenda; items: GeneratedAgendaItem[]; followUps: GeneratedFollowUp[] } {
  const { random, parties } = context;
  const concluded = meeting.status === 'concluded';
  const item = (title: string, kind: GeneratedAgendaItem['kind'], position: number, parentId: string | null, isRecurring = false): GeneratedAgendaItem => ({
    id: crypto.randomUUID(),
    meetingId: meeting.id,
    parentId,
    position,
    title,
    annotation: `The meeting will consider **${title.toLowerCase()}**.`,
    kind,
    isRecurring,
    status: concluded ? 'concluded' : 'pending',
    outcome: concluded ? `The meeting took note of ${title.toLowerCase()}.` : null,
    createdAt: meeting.createdAt,
  });
  const items: GeneratedAgendaItem[] = [];
  outline.forEach((entry, position) => {
    const parent = item(entry.title, entry.kind, position, null, entry.isRecurring);
    items.push(parent);
    entry.children?.forEach((child, childPosition) => items.push(item(child, entry.kind, childPosition, parent.id)));
  });
  const followUps: GeneratedFollowUp[] = [];
  if (concluded) {
    const memberStates = parties.filter((p) => p.kind === 'member_state');
    followUps.push({
      meetingId: meeting.id,
      agendaItemId: items[2]!.id,
      description: 'Report on the progress of the project at the next meeting.',
      ownerPartyId: random.chance(0.7) ? random.pick(memberStates).id : null,
      dueDate: null,
      dueByNextMeeting: true,
      status: random.chance(0.8) ? 'done' : 'open',
      createdAt: meeting.createdAt,
      updatedAt: meeting.createdAt,
    });
  }
  return {
    agenda: {
      meetingId: meeting.id,
      status: concluded ? 'adopted' : 'provisional',
      adoptedAt: concluded ? new Date(`${meeting.startDate}T01:00:00Z`) : null,
      version: 1,
      updatedAt: meeting.createdAt,
    },
    items,
    followUps,
  };
}
