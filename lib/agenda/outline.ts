import { maxAgendaDepth } from './values';

// The agenda's shape as pure data: numbering and moves, shared by the server (which checks and
// stores a move) and the browser (which shows the new numbers at once). Nothing here touches db/.

/** An item as the outline sees it: where it sits, nothing else. */
export type OutlineItem = { id: string; parentId: string | null; position: number };

/** An item in reading order, with its derived number ("2.1") and depth (1 or 2). */
export type NumberedItem<T extends OutlineItem> = T & { number: string; level: number; hasChildren: boolean };

const byPosition = (a: OutlineItem, b: OutlineItem) => a.position - b.position;

function childrenOf<T extends OutlineItem>(items: readonly T[], parentId: string | null): T[] {
  return items.filter((item) => item.parentId === parentId).sort(byPosition);
}

/**
 * The one rule of agenda numbers: top-level items are 1, 2, 3 in order; the items under item 2 are
 * 2.1, 2.2. Returns the items in reading order. Items whose parent is missing are left out.
 */
export function numberAgenda<T extends OutlineItem>(items: readonly T[]): NumberedItem<T>[] {
  const result: NumberedItem<T>[] = [];
  const walk = (parentId: string | null, prefix: string, level: number) => {
    childrenOf(items, parentId).forEach((item, index) => {
      const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
      const hasChildren = items.some((other) => other.parentId === item.id);
      result.push({ ...item, number, level, hasChildren });
      walk(item.id, number, level + 1);
    });
  };
  walk(null, '', 1);
  return result;
}

/**
 * Items of several meetings' agendas numbered each within its own meeting (numbers restart at 1 for
 * every agenda), in reading order meeting by meeting.
 */
export function numberAgendas<T extends OutlineItem & { meetingId: string }>(items: readonly T[]): NumberedItem<T>[] {
  const byMeeting = new Map<string, T[]>();
  for (const item of items) byMeeting.set(item.meetingId, [...(byMeeting.get(item.meetingId) ?? []), item]);
  return [...byMeeting.values()].flatMap((agenda) => numberAgenda(agenda));
}

/** Where an item goes: under `parentId` (null: the top level), at `index` among its new siblings. */
export type AgendaMove = { itemId: string; parentId: string | null; index: number };

export type MoveRefusal = 'agendaItemNotFound' | 'agendaMoveUnderItself' | 'agendaTooDeep' | 'agendaMoveOutOfRange';
export type MoveResult<T extends OutlineItem> = { ok: true; items: T[] } | { ok: false; reason: MoveRefusal };

function depthOf(items: readonly OutlineItem[], id: string | null): number {
  let depth = 0;
  for (let current = items.find((item) => item.id === id); current; current = items.find((item) => item.id === current!.parentId)) {
    depth++;
    if (depth > items.length) break;
  }
  return depth;
}

/** How many levels an item's subtree has: 1 for an item without sub-items. */
function heightOf(items: readonly OutlineItem[], id: string): number {
  const children = items.filter((item) => item.parentId === id);
  return 1 + Math.max(0, ...children.map((child) => heightOf(items, child.id)));
}

/** Why a move cannot be made, or null when it can. */
export function moveRefusal(items: readonly OutlineItem[], move: AgendaMove): MoveRefusal | null {
  const item = items.find((candidate) => candidate.id === move.itemId);
  if (!item) return 'agendaItemNotFound';
  if (move.parentId !== null) {
    if (!items.some((candidate) => candidate.id === move.parentId)) return 'agendaItemNotFound';
    // Under itself, or under one of its own sub-items.
    for (let id: string | null = move.parentId; id; id = items.find((candidate) => candidate.id === id)?.parentId ?? null) {
      if (id === move.itemId) return 'agendaMoveUnderItself';
    }
  }
  if (depthOf(items, move.parentId) + heightOf(items, move.itemId) > maxAgendaDepth) return 'agendaTooDeep';
  const siblings = items.filter((candidate) => candidate.parentId === move.parentId && candidate.id !== move.itemId).length;
  if (!Number.isInteger(move.index) || move.index < 0 || move.index > siblings) return 'agendaMoveOutOfRange';
  return null;
}

/** Every sibling group numbered 0, 1, 2 ... in its order: no gaps, no duplicates. */
function renumber<T extends OutlineItem>(items: readonly T[], order: Map<string | null, string[]>): T[] {
  return items.map((item) => ({ ...item, position: order.get(item.parentId)!.indexOf(item.id) }));
}

function siblingOrder(items: readonly OutlineItem[]): Map<string | null, string[]> {
  const order = new Map<string | null, string[]>();
  for (const item of [...items].sort(byPosition)) order.set(item.parentId, [...(order.get(item.parentId) ?? []), item.id]);
  return order;
}

/** The agenda after a move, positions renumbered; or why the move is refused. */
export function applyMove<T extends OutlineItem>(items: readonly T[], move: AgendaMove): MoveResult<T> {
  const refusal = moveRefusal(items, move);
  if (refusal) return { ok: false, reason: refusal };
  const moved = items.map((item) => (item.id === move.itemId ? { ...item, parentId: move.parentId } : item));
  const order = siblingOrder(items.filter((item) => item.id !== move.itemId));
  const target = [...(order.get(move.parentId) ?? [])];
  target.splice(move.index, 0, move.itemId);
  order.set(move.parentId, target);
  return { ok: true, items: renumber(moved, order) };
}

/** The agenda with an item removed, the following siblings closing the gap. */
export function withoutItem<T extends OutlineItem>(items: readonly T[], itemId: string): T[] {
  const gone = new Set([itemId]);
  for (const item of items) if (item.parentId && gone.has(item.parentId)) gone.add(item.id);
  const kept = items.filter((item) => !gone.has(item.id));
  return renumber(kept, siblingOrder(kept));
}

export type KeyboardMove = 'up' | 'down' | 'indent' | 'outdent';

/**
 * The move a keyboard button makes, or null when it can make none: up and down swap with the
 * neighbouring sibling (a first or last sub-item steps out before or after its parent); indent
 * makes the item the last sub-item of the one above; outdent puts it right after its parent.
 */
export function keyboardMove(items: readonly OutlineItem[], itemId: string, direction: KeyboardMove): AgendaMove | null {
  const item = items.find((candidate) => candidate.id === itemId);
  if (!item) return null;
  const siblings = childrenOf(items, item.parentId);
  const index = siblings.findIndex((sibling) => sibling.id === itemId);
  const parent = item.parentId ? items.find((candidate) => candidate.id === item.parentId) : undefined;
  const parentIndex = parent ? childrenOf(items, parent.parentId).findIndex((sibling) => sibling.id === parent.id) : -1;
  let move: AgendaMove | null = null;
  switch (direction) {
    case 'up':
      if (index > 0) move = { itemId, parentId: item.parentId, index: index - 1 };
      else if (parent) move = { itemId, parentId: parent.parentId, index: parentIndex };
      break;
    case 'down':
      if (index < siblings.length - 1) move = { itemId, parentId: item.parentId, index: index + 1 };
      else if (parent) move = { itemId, parentId: parent.parentId, index: parentIndex + 1 };
      break;
    case 'indent': {
      const above = siblings[index - 1];
      if (above) move = { itemId, parentId: above.id, index: childrenOf(items, above.id).length };
      break;
    }
    case 'outdent':
      if (parent) move = { itemId, parentId: parent.parentId, index: parentIndex + 1 };
      break;
  }
  return move && moveRefusal(items, move) === null ? move : null;
}

/**
 * The move a drop makes in the list as shown (reading order): the dragged item takes the place of
 * the one it was dropped on, among that item's siblings.
 */
export function dropMove(items: readonly OutlineItem[], itemId: string, overId: string): AgendaMove | null {
  if (itemId === overId) return null;
  const over = items.find((candidate) => candidate.id === overId);
  if (!over) return null;
  const reading = numberAgenda(items).map((entry) => entry.id);
  const isMovingDown = reading.indexOf(itemId) < reading.indexOf(overId);
  const siblings = childrenOf(items, over.parentId).filter((sibling) => sibling.id !== itemId);
  const overIndex = siblings.findIndex((sibling) => sibling.id === overId);
  return { itemId, parentId: over.parentId, index: isMovingDown ? overIndex + 1 : overIndex };
}
