'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { MeetingSession } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import type { RemoveSessionInput } from '@/lib/meetings/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { useAction } from '../forms/use-action';

type RemoveSessionButtonProps = {
  session: Pick<MeetingSession, 'id' | 'title'>;
  action: (input: RemoveSessionInput) => Promise<ActionResult<MeetingSession>>;
};

export function RemoveSessionButton({ session, action }: RemoveSessionButtonProps) {
  const t = useTranslations('meetings');
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <ActionDialog
      triggerLabel={t('removeSession')}
      triggerAriaLabel={t('removeSessionLabel', { title: session.title })}
      triggerVariant="ghost"
      title={t('removeSessionTitle', { title: session.title })}
      body={t('removeSessionBody')}
      confirmLabel={t('removeSession')}
      onOpen={clearFailure}
      failure={failure}
      onConfirm={() => run({ sessionId: session.id })}
    />
  );
}
