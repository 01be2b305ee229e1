import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import {
  agendaTransitionPermission,
  agendaTransitions,
  assertAgendaTransition,
  assertChangeReason,
  assertItemTransition,
  canAgendaTransition,
  canItemTransition,
  itemTransitions,
} from '@/lib/agenda/lifecycle';
import { applyMove, dropMove, keyboardMove, moveRefusal, numberAgenda, numberAgendas, withoutItem, type OutlineItem } from '@/lib/agenda/outline';
import { markdownToPlainText } from '@/lib/agenda/render-agenda-pdf';
import { agendaItemStatuses, agendaStatuses } from '@/lib/agenda/values';

// 1 Opening, 2 Review (2.1 Air, 2.2 Nature), 3 Closing
const agenda: OutlineItem[] = [
  { id: 'open', parentId: null, position: 0 },
  { id: 'review', parentId: null, position: 1 },
  { id: 'air', parentId: 'review', position: 0 },
  { id: 'nature', parentId: 'review', position: 1 },
  { id: 'close', parentId: null, position: 2 },
];

const numbers = (items: readonly OutlineItem[]) => numberAgenda(items).map((item) => `${item.number} ${item.id}`);

function moved(items: readonly OutlineItem[], move: Parameters<typeof applyMove>[1]) {
  const result = applyMove(items, move);
  if (!result.ok) throw new Error(result.reason);
  return result.items;
}

describe('numberAgenda', () => {
  it('numbers top-level items 1, 2, 3 and sub-items 2.1, 2.2, in reading order', () => {
    expect(numbers(agenda)).toEqual(['1 open', '2 review', '2.1 air', '2.2 nature', '3 close']);
  });

  it('follows positions, not the order rows arrive in, and tolerates gaps', () => {
    const shuffled = [agenda[4]!, agenda[3]!, { ...agenda[0]!, position: 7 }, agenda[2]!, agenda[1]!];
    expect(numbers(shuffled)).toEqual(['1 review', '1.1 air', '1.2 nature', '2 close', '3 open']);
  });

  it('gives an empty agenda no numbers, and marks items with sub-items and their level', () => {
    expect(numberAgenda([])).toEqual([]);
    const review = numberAgenda(agenda).find((item) => item.id === 'review')!;
    expect(review).toMatchObject({ level: 1, hasChildren: true });
    expect(numberAgenda(agenda).find((item) => item.id === 'air')).toMatchObject({ level: 2, hasChildren: false });
  });
});

describe('numberAgendas', () => {
  it("numbers each meeting's agenda on its own, rows of several meetings mixed", () => {
    const som26 = agenda.map((item) => ({ ...item, meetingId: 'som26' }));
    const som27 = [
      { id: 'open27', parentId: null, position: 0, meetingId: 'som27' },
      { id: 'review27', parentId: null, position: 1, meetingId: 'som27' },
    ];
    const mixed = [som27[1]!, ...som26.slice(0, 3), som27[0]!, ...som26.slice(3)];
    const numbered = new Map(numberAgendas(mixed).map((item) => [item.id, item.number]));
    expect(numbered).toEqual(
      new Map([
        ['review27', '2'],
        ['open27', '1'],
        ['open', '1'],
        ['review', '2'],
        ['air', '2.1'],
        ['nature', '2.2'],
        ['close', '3'],
      ]),
    );
  });
});

describe('moves', () => {
  it('moves an item down and up among its siblings', () => {
    expect(numbers(moved(agenda, { itemId: 'open', parentId: null, index: 1 }))).toEqual(['1 review', '1.1 air', '1.2 nature', '2 open', '3 close']);
    expect(numbers(moved(agenda, { itemId: 'nature', parentId: 'review', index: 0 }))).toEqual(['1 open', '2 review', '2.1 nature', '2.2 air', '3 close']);
  });

  it('indents an item under another and outdents a sub-item to the top level', () => {
    expect(numbers(moved(agenda, { itemId: 'open', parentId: 'review', index: 2 }))).toEqual(['1 review', '1.1 air', '1.2 nature', '1.3 open', '2 close']);
    expect(numbers(moved(agenda, { itemId: 'air', parentId: null, index: 3 }))).toEqual(['1 open', '2 review', '2.1 nature', '3 close', '4 air']);
  });

  it('moves a sub-item to another parent', () => {
    expect(numbers(moved(agenda, { itemId: 'nature', parentId: 'close', index: 0 }))).toEqual(['1 open', '2 review', '2.1 air', '3 close', '3.1 nature']);
  });

  it('moves an item with its sub-items', () => {
    expect(numbers(moved(agenda, { itemId: 'review', parentId: null, index: 2 }))).toEqual(['1 open', '2 close', '3 review', '3.1 air', '3.2 nature']);
  });

  it('refuses a third level, a move under itself, an unknown item or parent, and a place off the end', () => {
    expect(moveRefusal(agenda, { itemId: 'close', parentId: 'air', index: 0 })).toBe('agendaTooDeep');
    expect(moveRefusal(agenda, { itemId: 'review', parentId: 'open', index: 0 })).toBe('agendaTooDeep');
    expect(moveRefusal(agenda, { itemId: 'review', parentId: 'review', index: 0 })).toBe('agendaMoveUnderItself');
    expect(moveRefusal(agenda, { itemId: 'review', parentId: 'air', index: 0 })).toBe('agendaMoveUnderItself');
    expect(moveRefusal(agenda, { itemId: 'elsewhere', parentId: null, index: 0 })).toBe('agendaItemNotFound');
    expect(moveRefusal(agenda, { itemId: 'open', parentId: 'elsewhere', index: 0 })).toBe('agendaItemNotFound');
    expect(moveRefusal(agenda, { itemId: 'open', parentId: null, index: 3 })).toBe('agendaMoveOutOfRange');
    expect(moveRefusal(agenda, { itemId: 'open', parentId: null, index: -1 })).toBe('agendaMoveOutOfRange');
    expect(applyMove(agenda, { itemId: 'review', parentId: 'review', index: 0 })).toEqual({ ok: false, reason: 'agendaMoveUnderItself' });
  });

  it('removing an item closes the gap and takes its sub-items along', () => {
    expect(numbers(withoutItem(agenda, 'review'))).toEqual(['1 open', '2 close']);
    expect(withoutItem(agenda, 'open').find((item) => item.id === 'close')!.position).toBe(1);
  });

  it('after any sequence of valid moves, every sibling group is numbered 0..n-1 and the depth is at most 2', () => {
    const ids = agenda.map((item) => item.id);
    const moveArb = fc.record({ itemId: fc.constantFrom(...ids), parentId: fc.constantFrom(null, ...ids), index: fc.nat(5) });
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 25 }), (moves) => {
        let items: OutlineItem[] = agenda;
        for (const move of moves) {
          const result = applyMove(items, move);
          if (result.ok) items = result.items;
        }
        const groups = new Map<string | null, number[]>();
        for (const item of items) groups.set(item.parentId, [...(groups.get(item.parentId) ?? []), item.position]);
        for (const positions of groups.values()) expect(positions.sort((a, b) => a - b)).toEqual(positions.map((_, i) => i));
        const numbered = numberAgenda(items);
        expect(numbered).toHaveLength(agenda.length);
        expect(Math.max(...numbered.map((item) => item.level))).toBeLessThanOrEqual(2);
        expect(new Set(numbered.map((item) => item.number)).size).toBe(agenda.length);
      }),
    );
  });
});

describe('keyboard moves', () => {
  const after = (id: string, direction: Parameters<typeof keyboardMove>[2]) => {
    const move = keyboardMove(agenda, id, direction);
    return move ? numbers(moved(agenda, move)) : null;
  };

  it('up and down swap with a sibling; a first or last sub-item steps out of its parent', () => {
    expect(after('close', 'up')).toEqual(['1 open', '2 close', '3 review', '3.1 air', '3.2 nature']);
    expect(after('open', 'down')).toEqual(['1 review', '1.1 air', '1.2 nature', '2 open', '3 close']);
    expect(after('air', 'up')).toEqual(['1 open', '2 air', '3 review', '3.1 nature', '4 close']);
    expect(after('nature', 'down')).toEqual(['1 open', '2 review', '2.1 air', '3 nature', '4 close']);
    expect(after('open', 'up')).toBeNull();
    expect(after('close', 'down')).toBeNull();
  });

  it('indent makes the item the last sub-item of the one above; outdent puts it after its parent', () => {
    expect(after('close', 'indent')).toEqual(['1 open', '2 review', '2.1 air', '2.2 nature', '2.3 close']);
    expect(after('air', 'outdent')).toEqual(['1 open', '2 review', '2.1 nature', '3 air', '4 close']);
    expect(after('open', 'indent')).toBeNull();
    expect(after('review', 'indent')).toBeNull();
    expect(after('nature', 'indent')).toBeNull();
    expect(after('open', 'outdent')).toBeNull();
  });

  it('a drop takes the place of the item dropped on', () => {
    expect(numbers(moved(agenda, dropMove(agenda, 'open', 'close')!))).toEqual(['1 review', '1.1 air', '1.2 nature', '2 close', '3 open']);
    expect(numbers(moved(agenda, dropMove(agenda, 'close', 'open')!))).toEqual(['1 close', '2 open', '3 review', '3.1 air', '3.2 nature']);
    expect(numbers(moved(agenda, dropMove(agenda, 'close', 'air')!))).toEqual(['1 open', '2 review', '2.1 close', '2.2 air', '2.3 nature']);
    expect(dropMove(agenda, 'open', 'open')).toBeNull();
  });
});

describe('agenda lifecycle', () => {
  it('goes provisional -> annotated -> adopted, and adoption is final', () => {
    expect(canAgendaTransition('provisional', 'annotated')).toBe(true);
    expect(canAgendaTransition('annotated', 'adopted')).toBe(true);
    expect(canAgendaTransition('provisional', 'adopted')).toBe(false);
    expect(agendaTransitions.adopted).toEqual([]);
    for (const from of agendaStatuses) for (const to of agendaStatuses) {
      if (!canAgendaTransition(from, to)) expect(() => assertAgendaTransition(from, to)).toThrow(AppError);
    }
  });

  it('adoption is the conduct of the meeting; the other steps are the secretariat\u2019s', () => {
    expect(agendaTransitionPermission('adopted')).toBe('agenda:conduct');
    expect(agendaTransitionPermission('annotated')).toBe('agenda:manage');
  });

  it('an adopted agenda changes only with a reason', () => {
    expect(() => assertChangeReason('adopted', null)).toThrow(AppError);
    expect(() => assertChangeReason('adopted', 'Host request')).not.toThrow();
    expect(() => assertChangeReason('provisional', null)).not.toThrow();
  });
});

describe('item lifecycle', () => {
  it('pending -> in discussion -> concluded or deferred, taken up again if need be', () => {
    expect(canItemTransition('pending', 'in_discussion')).toBe(true);
    expect(canItemTransition('in_discussion', 'concluded')).toBe(true);
    expect(canItemTransition('in_discussion', 'deferred')).toBe(true);
    expect(canItemTransition('pending', 'concluded')).toBe(false);
    expect(canItemTransition('concluded', 'deferred')).toBe(false);
    for (const from of agendaItemStatuses) {
      expect(itemTransitions[from].length).toBeGreaterThan(0);
      expect(() => assertItemTransition(from, from)).toThrow(AppError);
    }
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words and drops the marks and any HTML', () => {
    expect(markdownToPlainText('## Heading\n\n**Bold** and [a link](https://x.example)\n- one\n<script>alert(1)</script>')).toEqual([
      'Heading',
      'Bold and a link',
      '- one',
      'alert(1)',
    ]);
  });
});
