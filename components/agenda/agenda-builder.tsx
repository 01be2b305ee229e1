'use client';

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { ActionFailure, ActionResult } from '@/lib/action';
import type { MovedAgenda } from '@/lib/agenda/move-agenda-item';
import { applyMove, dropMove, keyboardMove, numberAgenda, type AgendaMove, type KeyboardMove, type NumberedItem } from '@/lib/agenda/outline';
import type { addAgendaItemSchema, MoveAgendaItemInput, RemoveAgendaItemInput, updateAgendaItemSchema } from '@/lib/agenda/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { useAction } from '../forms/use-action';
import { Button } from '../ui/button';
import { Field, TextInput } from '../ui/field';
import { AddAgendaItemForm, EditAgendaItemForm } from './agenda-item-form';
import type { BuilderItem, ItemFormOptions } from './types';

type AgendaBuilderProps = {
  meetingId: string;
  version: number;
  needsReason: boolean;
  items: BuilderItem[];
  options: ItemFormOptions;
  moveAction: (input: MoveAgendaItemInput) => Promise<ActionResult<MovedAgenda>>;
  addAction: (input: z.input<typeof addAgendaItemSchema>) => Promise<ActionResult<unknown>>;
  updateAction: (input: z.input<typeof updateAgendaItemSchema>) => Promise<ActionResult<unknown>>;
  removeAction: (input: RemoveAgendaItemInput) => Promise<ActionResult<unknown>>;
};

const directions: KeyboardMove[] = ['up', 'down', 'indent', 'outdent'];

/**
 * The secretariat's agenda builder: items in order with their numbers, moved by dragging or by the
 * move and indent buttons. A move shows its new numbers at once and is then stored; a refusal (a
 * move from an order someone else has changed since) puts the order back and says why.
 */
export function AgendaBuilder({ meetingId, version, needsReason, items, options, moveAction, addAction, updateAction, removeAction }: AgendaBuilderProps) {
  const t = useTranslations('agenda');
  const router = useRouter();
  const [outline, setOutline] = useState({ items, version });
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [moveFailure, setMoveFailure] = useState<ActionFailure>();
  const [announcement, setAnnouncement] = useState('');
  const { run: runMove, isPending } = useAction(moveAction);
  // The move button a keyboard or pointer pressed keeps the focus on its item, wherever the item goes.
  const [focusAfterMove, setFocusAfterMove] = useState<{ itemId: string; direction: KeyboardMove } | null>(null);

  // A newer agenda from the server (after a refresh) replaces what this screen holds.
  useEffect(() => {
    if (version >= outline.version) setOutline({ items, version });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, version]);

  const numbered = numberAgenda(outline.items);

  useEffect(() => {
    // Only where the move dropped the focus (React moved the row, or the button can no longer move it):
    // a reader who has gone on to another control keeps it.
    const activeElement = document.activeElement;
    if (!focusAfterMove || (activeElement && activeElement !== document.body)) return;
    const controls = [...document.querySelectorAll<HTMLButtonElement>(`[data-move-item="${focusAfterMove.itemId}"]`)];
    // The same button, or the item's first that still moves it (the last item's "down" no longer does).
    const target = controls.find((control) => control.dataset.move === focusAfterMove.direction && !control.disabled) ?? controls.find((control) => !control.disabled);
    target?.focus();
  }, [outline, focusAfterMove]);

  async function move(next: AgendaMove | null) {
    if (!next || isPending) return;
    const moved = applyMove(outline.items, next);
    if (!moved.ok) {
      setMoveFailure({ ok: false, formError: moved.reason });
      return;
    }
    const previous = outline;
    setMoveFailure(undefined);
    setOutline({ items: moved.items, version: outline.version });
    const title = outline.items.find((item) => item.id === next.itemId)?.title ?? '';
    setAnnouncement(t('movedTo', { title, number: numberAgenda(moved.items).find((item) => item.id === next.itemId)?.number ?? '' }));
    const result = await runMove({ meetingId, ...next, version: previous.version, reason: reason || null });
    if (!result.ok) {
      setOutline(previous);
      setMoveFailure(result);
      return;
    }
    const positions = new Map(result.data.outline.map((entry) => [entry.id, entry]));
    setOutline((current) => ({
      version: result.data.version,
      items: current.items.map((item) => ({ ...item, ...positions.get(item.id) })),
    }));
    router.refresh();
  }

  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const titleOf = (id: string | number) => {
    const item = numbered.find((entry) => entry.id === id);
    return item ? `${item.number}. ${item.title}` : '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.picked', { item: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('dnd.over', { item: titleOf(active.id), target: titleOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('dnd.dropped', { item: titleOf(active.id), target: titleOf(over.id) }) : undefined),
    onDragCancel: ({ active }) => t('dnd.cancelled', { item: titleOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) void move(dropMove(outline.items, String(active.id), String(over.id)));
  };

  return (
    <div className="space-y-4">
      {needsReason && (
        <Field id="agenda-change-reason" label={t('reason')} hint={t('reasonHint')}>
          <TextInput id="agenda-change-reason" aria-describedby="agenda-change-reason-hint" value={reason} onChange={(event) => setReason(event.target.value)} />
        </Field>
      )}
      <ActionFailureAlert failure={moveFailure} />
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {numbered.length === 0 ? (
        <p className="text-sm text-slate-600">{t('emptyBuilder')}</p>
      ) : (
        <DndContext
          id="agenda-builder"
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
        >
          <SortableContext items={numbered.map((item) => item.id)} strategy={verticalListSortingStrategy}>
            <ol className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label={t('builderList')}>
              {numbered.map((item) => (
                <BuilderRow
                  key={item.id}
                  item={item}
                  isEditing={editing === item.id}
                  onEdit={() => setEditing(editing === item.id ? null : item.id)}
                  onMove={(direction) => {
                    setFocusAfterMove({ itemId: item.id, direction });
                    void move(keyboardMove(outline.items, item.id, direction));
                  }}
                  canMove={(direction) => keyboardMove(outline.items, item.id, direction) !== null}
                  isSaving={isPending}
                  remove={<RemoveItemButton item={item} reason={reason} action={removeAction} />}
                >
                  {editing === item.id && (
                    <div className="mt-3 rounded-md bg-slate-50 p-4">
                      <EditAgendaItemForm
                        idPrefix={`edit-${item.id.slice(0, 8)}`}
                        item={outline.items.find((candidate) => candidate.id === item.id)!}
                        options={options}
                        needsReason={needsReason}
                        action={updateAction}
                        onDone={() => setEditing(null)}
                      />
                    </div>
                  )}
                </BuilderRow>
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <details className="rounded-md border border-slate-200 p-4">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t('addItem')}</summary>
        <div className="mt-4">
          <AddAgendaItemForm
            idPrefix="new-item"
            meetingId={meetingId}
            parents={numbered.filter((item) => item.level === 1).map((item) => ({ id: item.id, label: `${item.number}. ${item.title}` }))}
            options={options}
            needsReason={needsReason}
            action={addAction}
            onDone={() => undefined}
          />
        </div>
      </details>
      <p className="text-xs text-slate-600">{t('numbersNote')}</p>
    </div>
  );
}

type RowProps = {
  item: NumberedItem<BuilderItem>;
  isEditing: boolean;
  onEdit: () => void;
  onMove: (direction: KeyboardMove) => void;
  /** Whether the outline lets the item go that way at all (a move being stored does not change it). */
  canMove: (direction: KeyboardMove) => boolean;
  /** A move is being stored: no other can begin until it is. */
  isSaving: boolean;
  remove: ReactNode;
  children: ReactNode;
};

function BuilderRow({ item, isEditing, onEdit, onMove, canMove, isSaving, remove, children }: RowProps) {
  const t = useTranslations('agenda');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, disabled: isSaving });
  const label = `${item.number}. ${item.title}`;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`bg-white px-3 py-2 ${isDragging ? 'relative z-10 shadow-lg' : ''}`}
      data-testid="builder-item"
    >
      <div className="flex flex-wrap items-center gap-2" style={{ paddingLeft: `${(item.level - 1) * 2}rem` }}>
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="cursor-grab rounded px-1.5 py-1 text-slate-500 hover:bg-slate-100 aria-disabled:cursor-wait"
          aria-label={t('dragHandle', { item: label })}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden>⠿</span>
        </button>
        <span className="min-w-10 font-mono text-sm font-semibold text-slate-900" data-testid="item-number">
          {item.number}
        </span>
        <span className="flex-1 text-sm text-slate-900" data-testid="item-title">
          {item.title}
        </span>
        <span className="flex gap-1">
          {directions.map((direction) => (
            <Button
              key={direction}
              variant="ghost"
              className="px-2 py-1 aria-disabled:cursor-wait"
              aria-label={t(`moves.${direction}Label`, { item: label })}
              title={t(`moves.${direction}Label`, { item: label })}
              data-move-item={item.id}
              data-move={direction}
              disabled={!canMove(direction)}
              // While a move is stored the buttons refuse, but stay focusable: a disabled button drops the focus.
              aria-disabled={isSaving || undefined}
              onClick={() => {
                if (!isSaving) onMove(direction);
              }}
            >
              <span aria-hidden>{t(`moves.${direction}Symbol`)}</span>
            </Button>
          ))}
          <Button variant="ghost" className="px-2 py-1" aria-expanded={isEditing} aria-label={t('editLabel', { item: label })} onClick={onEdit}>
            {t('edit')}
          </Button>
          {remove}
        </span>
      </div>
      {children}
    </li>
  );
}

function RemoveItemButton({
  item,
  reason,
  action,
}: {
  item: NumberedItem<BuilderItem>;
  reason: string;
  action: (input: RemoveAgendaItemInput) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations('agenda');
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  if (item.status !== 'pending') return null;
  const label = `${item.number}. ${item.title}`;
  return (
    <span>
      <ActionDialog
        triggerLabel={t('remove')}
        triggerAriaLabel={t('removeLabel', { item: label })}
        triggerVariant="ghost"
        title={t('removeTitle', { item: label })}
        body={item.hasChildren ? t('removeBodyWithSubItems') : t('removeBody')}
        confirmLabel={t('remove')}
        onOpen={clearFailure}
        failure={failure}
        onConfirm={() => run({ itemId: item.id, reason: reason || null })}
      />
    </span>
  );
}
