'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import type { addAgendaItemSchema } from '@/lib/agenda/schemas';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { useAction } from '../forms/use-action';
import { Button } from '../ui/button';

/** Puts an item an earlier meeting deferred on this agenda, as a new item that remembers where it came from. */
export function TakeUpDeferredButton({
  meetingId,
  item,
  action,
}: {
  meetingId: string;
  item: { id: string; title: string };
  action: (input: z.input<typeof addAgendaItemSchema>) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations('agenda');
  const router = useRouter();
  const { run, failure, isPending } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <>
      <Button
        variant="secondary"
        className="px-2 py-1"
        isPending={isPending}
        aria-label={t('takeUpLabel', { item: item.title })}
        onClick={() =>
          void run({
            meetingId,
            parentId: null,
            carriedFromItemId: item.id,
            title: item.title,
            kind: 'substantive',
            presenterKind: null,
            presenterPartyId: null,
            durationMinutes: null,
            sessionId: null,
            documentIds: [],
          })
        }
      >
        {t('takeUp')}
      </Button>
      <ActionFailureAlert failure={failure} />
    </>
  );
}
