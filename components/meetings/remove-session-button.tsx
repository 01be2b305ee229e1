'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { MeetingSession } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import type { RemoveSessionInput } from '@/lib/meetings/schemas';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { useAction } from '../forms/use-action';
import { ConfirmDialog } from '../ui/confirm-dialog';

type RemoveSessionButtonProps = {
  session: Pick<MeetingSession, 'id' | 'title'>;
  action: (input: RemoveSessionInput) => Promise<ActionResult<MeetingSession>>;
};

export function RemoveSessionButton({ session, action }: RemoveSessionButtonProps) {
  const t = useTranslations('meetings');
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <ConfirmDialog
      triggerLabel={t('removeSession')}
      triggerAriaLabel={t('removeSessionLabel', { title: session.title })}
      triggerVariant="ghost"
      title={t('removeSessionTitle', { title: session.title })}
      body={t('removeSessionBody')}
      confirmLabel={t('removeSession')}
      onOpen={clearFailure}
      // A refusal keeps the dialog open, with the reason in it.
      onConfirm={async () => (await run({ sessionId: session.id })).ok}
    >
      <ActionFailureAlert failure={failure} />
    </ConfirmDialog>
  );
}
