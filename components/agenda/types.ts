import type { AgendaItemKind, AgendaItemStatus, PresenterKind } from '@/lib/agenda/values';

/** An item as the builder edits it: its place, and every field its form shows. */
export type BuilderItem = {
  id: string;
  parentId: string | null;
  position: number;
  title: string;
  annotation: string | null;
  kind: AgendaItemKind;
  presenterKind: PresenterKind | null;
  presenterPartyId: string | null;
  presenterName: string | null;
  durationMinutes: number | null;
  sessionId: string | null;
  isRecurring: boolean;
  status: AgendaItemStatus;
  documentIds: string[];
};

export type Option = { id: string; label: string };

/** What the item form offers: the meeting's parties, sessions and documents. */
export type ItemFormOptions = { parties: Option[]; sessions: Option[]; documents: Option[] };
