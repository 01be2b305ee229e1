'use client';

import type { ActionFailure } from '@/lib/action';
import { ChangeList } from '../changes/change-list';
import { Alert } from '../ui/alert';
import { useFailureMessage } from './use-action';

/** A refusal: its sentence, and for an edit over a newer version, what changed meanwhile. */
export function ActionFailureAlert({ failure }: { failure: ActionFailure | undefined }) {
  const failureMessage = useFailureMessage();
  if (!failure) return null;
  return (
    <Alert tone="error">
      <p>{failureMessage(failure)}</p>
      {failure.changes && failure.changes.length > 0 && (
        <div className="mt-2">
          <ChangeList changes={failure.changes} />
        </div>
      )}
    </Alert>
  );
}
