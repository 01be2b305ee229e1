// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

/** The agenda as a whole: drafted, then annotated, then adopted by the meeting. */
export const agendaStatuses = ['provisional', 'annotated', 'adopted'] as const;
export type AgendaStatus = (typeof agendaStatuses)[number];

export const agendaItemKinds = ['procedural', 'substantive', 'project_review', 'statement', 'other'] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

/** Where an item stands at the meeting. */
export const agendaItemStatuses = ['pending', 'in_discussion', 'concluded', 'deferred'] as const;
export type AgendaItemStatus = (typeof agendaItemStatuses)[number];

/** Who presents an item: a party, the secretariat, or a person named in `presenterName`. */
export const presenterKinds = ['party', 'secretariat', 'person'] as const;
export type PresenterKind = (typeof presenterKinds)[number];

export const followUpStatuses = ['open', 'done', 'dropped'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** Agendas nest items at most this deep: 2, 2.1, never 2.1.1. */
export const maxAgendaDepth = 2;
